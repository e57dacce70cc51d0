import { createMD5 } from 'hash-wasm';

/**
 * Slices large enough that reading the file costs few round trips, small enough that hashing never holds
 * more than two of them (the one being hashed, the next being read) in memory.
 */
export const MD5_SLICE_BYTES = 16 * 1024 * 1024;

/**
 * How far into a file its hash may read. The upload of the same file moves it on: hashed at full speed beside
 * the upload, a gigabyte's hash took a core for seconds from the browser sending the bytes, and the upload
 * took 6–12 % longer on two cores; kept just ahead of the bytes sent, the same work is spread over the upload.
 */
export class ReadAllowance {
  #allowed = 0;
  #waiting: { end: number; resume: () => void }[] = [];

  /** Reads up to `bytes` into the file may go on (never moves back). */
  allow(bytes: number): void {
    if (bytes <= this.#allowed) return;
    this.#allowed = bytes;
    const due = this.#waiting.filter(({ end }) => end <= bytes);
    this.#waiting = this.#waiting.filter(({ end }) => end > bytes);
    for (const { resume } of due) resume();
  }

  /** Resolves once reads up to `end` are allowed; rejects when `signal` aborts first. */
  until(end: number, signal?: AbortSignal): Promise<void> {
    if (end <= this.#allowed) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const abort = () => {
        this.#waiting = this.#waiting.filter((entry) => entry.resume !== resume);
        reject(signal?.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError'));
      };
      const resume = () => {
        signal?.removeEventListener('abort', abort);
        resolve();
      };
      if (signal?.aborted) {
        abort();
        return;
      }
      signal?.addEventListener('abort', abort, { once: true });
      this.#waiting.push({ end, resume });
    });
  }
}

/**
 * The MD5 of a file (or any Blob), read slice by slice with hash-wasm's incremental hasher: the file is never
 * read whole. Used in a Web Worker by `hashFile`, and directly where there are no workers (tests). With an
 * `allowance`, no slice is read before the allowance reaches its end.
 */
export async function md5OfBlob(
  blob: Blob,
  onProgress?: (hashedBytes: number) => void,
  signal?: AbortSignal,
  allowance?: ReadAllowance,
): Promise<string> {
  const hasher = await createMD5();
  hasher.init();
  const read = (offset: number) => {
    if (offset >= blob.size) return undefined;
    const end = Math.min(blob.size, offset + MD5_SLICE_BYTES);
    const allowed = allowance ? allowance.until(end, signal) : Promise.resolve();
    const buffer = allowed.then(() => blob.slice(offset, end).arrayBuffer());
    // Left unread when aborted: its failure is nobody's to handle.
    buffer.catch(() => undefined);
    return buffer;
  };
  // The next slice is read while this one is hashed.
  let next = read(0);
  for (let offset = 0; next; offset += MD5_SLICE_BYTES) {
    signal?.throwIfAborted();
    const buffer = await next;
    next = read(offset + MD5_SLICE_BYTES);
    hasher.update(new Uint8Array(buffer));
    onProgress?.(Math.min(blob.size, offset + MD5_SLICE_BYTES));
  }
  return hasher.digest('hex');
}
