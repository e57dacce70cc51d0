import { isRecord, type HashAllowance } from './hash-messages';
import { md5OfBlob, ReadAllowance } from './md5';

/** The signal's reason as an Error (an abort's reason is a DOMException unless the caller chose another). */
export function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new DOMException('aborted', 'AbortError');
}

/** A file's MD5 on its way, and how far into the file it may read. */
export interface FileHash {
  md5: Promise<string>;
  /** Lets the hash read up to `bytes` into the file; `Infinity` lets it finish. */
  allow: (bytes: number) => void;
}

/**
 * The MD5 of a file, computed in a Web Worker (one per file, ended when done or aborted) while the upload
 * streams the same file; on the main thread where the runtime has no workers. It reads only as far into the
 * file as `allow` has let it (see `ReadAllowance`).
 */
export function hashFile(file: Blob, signal?: AbortSignal): FileHash {
  if (typeof Worker !== 'function') {
    const allowance = new ReadAllowance();
    return {
      md5: md5OfBlob(file, undefined, signal, allowance),
      allow: (bytes) => {
        allowance.allow(bytes);
      },
    };
  }
  const worker = new Worker(new URL('./md5-worker.ts', import.meta.url), { type: 'module' });
  let allowed = 0;
  let ended = false;
  const md5 = new Promise<string>((resolve, reject) => {
    const end = () => {
      ended = true;
      worker.terminate();
    };
    const stop = () => {
      end();
      reject(abortReason(signal));
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      signal?.removeEventListener('abort', stop);
      end();
      const { data } = event;
      if (isRecord(data) && typeof data.md5 === 'string') resolve(data.md5);
      else
        reject(new Error(isRecord(data) && typeof data.error === 'string' ? data.error : 'hashing failed'));
    });
    worker.addEventListener('error', (event) => {
      signal?.removeEventListener('abort', stop);
      end();
      reject(new Error(event.message || 'hashing failed'));
    });
    worker.postMessage(file);
  });
  return {
    md5,
    allow: (bytes) => {
      // each progress event would otherwise be a message; only a new allowance is sent
      if (ended || bytes <= allowed) return;
      allowed = bytes;
      const allowance: HashAllowance = { allowBytes: bytes };
      worker.postMessage(allowance);
    },
  };
}
