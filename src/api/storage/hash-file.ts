import { md5OfBlob } from './md5';

const isResult = (value: unknown): value is { md5?: unknown; error?: unknown } =>
  typeof value === 'object' && value !== null;

/**
 * The MD5 of a file, computed in a Web Worker (one per file, ended when done or aborted) while the upload
 * streams the same file; on the main thread where the runtime has no workers.
 */
/** The signal's reason as an Error (an abort's reason is a DOMException unless the caller chose another). */
export function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new DOMException('aborted', 'AbortError');
}

export function hashFile(file: Blob, signal?: AbortSignal): Promise<string> {
  if (typeof Worker !== 'function') return md5OfBlob(file, undefined, signal);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./md5-worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(abortReason(signal));
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      const { data } = event;
      if (isResult(data) && typeof data.md5 === 'string') resolve(data.md5);
      else
        reject(new Error(isResult(data) && typeof data.error === 'string' ? data.error : 'hashing failed'));
    });
    worker.addEventListener('error', (event) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(event.message || 'hashing failed'));
    });
    worker.postMessage(file);
  });
}
