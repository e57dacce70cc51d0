import { createMD5 } from 'hash-wasm';

/** Slices small enough that hashing never holds more than a few megabytes of a file in memory. */
export const MD5_SLICE_BYTES = 4 * 1024 * 1024;

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
  for (let offset = 0; offset < blob.size; offset += MD5_SLICE_BYTES) {
    signal?.throwIfAborted();
    const slice = blob.slice(offset, Math.min(blob.size, offset + MD5_SLICE_BYTES));
    hasher.update(new Uint8Array(await slice.arrayBuffer()));
    onProgress?.(Math.min(blob.size, offset + MD5_SLICE_BYTES));
  }
  return hasher.digest('hex');
}
