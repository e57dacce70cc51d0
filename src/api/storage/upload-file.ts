import { ApiError } from '../http/api-error';
import type { ApiClient } from '../http/client';
import { errorMessageFromBody } from '../http/error-message';
import { requestedWithHeader } from '../http/requested-with';
import { abortReason } from './hash-file';
import { encodePath } from './vos-uri';

export interface PutFileRequest {
  /** `{storage}/files/<path>`, from `api.url`. */
  url: string;
  token: string | undefined;
  file: Blob;
  contentType: string;
  onProgress: (sentBytes: number) => void;
  signal: AbortSignal;
  /** No progress for this long while sending: a timeout. */
  stallMs?: number;
  /** No answer this long once the whole file has gone out: a timeout. */
  answerMs?: number;
}

/** A minute without a byte going out is a connection that has stopped, not a slow one. */
export const UPLOAD_STALL_MS = 60_000;

/**
 * Once the last byte is out, the service still writes and checksums the file before it answers, which on a
 * busy file system may take minutes for a large file: not a stall.
 */
export const UPLOAD_ANSWER_MS = 10 * 60_000;

const span = (ms: number) =>
  ms < 120_000 ? `${String(Math.round(ms / 1000))} s` : `${String(Math.round(ms / 60_000))} min`;

/**
 * `PUT {storage}/files/<path>` through XMLHttpRequest: fetch reports no upload progress. `xhr.send(file)`
 * streams the file from disk, so a large file is never read into memory. Rejects with an ApiError as the
 * HTTP client does, or with the signal's reason when cancelled.
 */
export function putFile(request: PutFileRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', request.url);
    if (request.token) xhr.setRequestHeader('Authorization', `Bearer ${request.token}`);
    xhr.setRequestHeader('Content-Type', request.contentType);
    for (const [name, value] of Object.entries(requestedWithHeader(request.url)))
      xhr.setRequestHeader(name, value);
    const stallMs = request.stallMs ?? UPLOAD_STALL_MS;
    const answerMs = request.answerMs ?? UPLOAD_ANSWER_MS;
    let stalled: ReturnType<typeof setTimeout> | undefined;
    // Without this an upload whose connection silently stops would wait for ever, neither done nor failed.
    const watch = (ms: number, message: string) => {
      clearTimeout(stalled);
      stalled = setTimeout(() => {
        done();
        xhr.abort();
        reject(new ApiError({ service: 'storage', kind: 'timeout', status: 0, message }));
      }, ms);
    };
    const watchSending = () => {
      watch(stallMs, `the upload made no progress for ${span(stallMs)}`);
    };
    xhr.upload.addEventListener('progress', (event) => {
      watchSending();
      request.onProgress(event.loaded);
    });
    // the whole file is out: the service's answer may take longer than a stall would
    xhr.upload.addEventListener('load', () => {
      if (settled) return;
      watch(
        answerMs,
        `the whole file was sent, but the storage service did not answer within ${span(answerMs)}`,
      );
    });
    const abort = () => {
      xhr.abort();
    };
    request.signal.addEventListener('abort', abort, { once: true });
    let settled = false;
    const done = () => {
      settled = true;
      clearTimeout(stalled);
      request.signal.removeEventListener('abort', abort);
    };
    xhr.addEventListener('load', () => {
      done();
      if (xhr.status >= 200 && xhr.status < 300) {
        request.onProgress(request.file.size);
        resolve();
        return;
      }
      reject(
        new ApiError({
          service: 'storage',
          kind: 'http',
          status: xhr.status,
          message: errorMessageFromBody(
            xhr.responseText,
            xhr.getResponseHeader('Content-Type'),
            xhr.statusText,
          ),
          body: xhr.responseText,
        }),
      );
    });
    xhr.addEventListener('error', () => {
      done();
      reject(
        new ApiError({
          service: 'storage',
          kind: 'network',
          status: 0,
          message: 'the upload was interrupted',
        }),
      );
    });
    xhr.addEventListener('abort', () => {
      // A stall has already rejected with its own error.
      if (settled) return;
      done();
      reject(abortReason(request.signal));
    });
    xhr.send(request.file);
    watchSending();
  });
}

export interface UploadRequest {
  /** Where the file goes, from the service root. */
  path: string;
  file: Blob;
  /** The signed-in token (none for a cookie session): XHR does not go through the HTTP client. */
  token: string | undefined;
  onProgress: (sentBytes: number) => void;
  signal: AbortSignal;
}

/** Uploads one file to cavern's `/files` endpoint, typed as the browser reports it. */
export function uploadFile(
  api: ApiClient,
  request: UploadRequest,
  put: typeof putFile = putFile,
): Promise<void> {
  return put({
    url: api.url('storage', `/files${encodePath(request.path)}`),
    token: request.token,
    file: request.file,
    contentType: request.file.type || 'application/octet-stream',
    onProgress: request.onProgress,
    signal: request.signal,
  });
}
