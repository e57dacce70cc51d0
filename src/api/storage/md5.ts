import { createMD5 } from 'hash-wasm';

/**
 * Slices large enough that reading the file costs few round trips, small enough that hashing never holds
 * more than two of them (the one being hashed, the next being read) in memory.
 */
export const MD5_SLICE_BYTES = 16 * 1024 * 1024;

/**
 * The MD5 of a file (or any Blob), read slice by slice with hash-wasm's incremental hasher: the file is never
 * read whole. Used in a Web Worker by `hashInWorker`, and directly where there are no workers (tests).
 */
export async function md5OfBlob(
  blob: Blob,
  onProgress?: (hashedBytes: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  const hasher = await createMD5();
  hasher.init();
  const read = (offset: number) => {
    if (offset >= blob.size) return undefined;
    const buffer = blob.slice(offset, Math.min(blob.size, offset + MD5_SLICE_BYTES)).arrayBuffer();
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
