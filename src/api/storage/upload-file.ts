import { ApiError } from '../http/api-error';
import { errorMessageFromBody } from '../http/error-message';
import { abortReason } from './hash-file';

export interface PutFileRequest {
  /** `{storage}/files/<path>`, from `api.url`. */
  url: string;
  token: string | undefined;
  file: Blob;
  contentType: string;
  onProgress: (sentBytes: number) => void;
  signal: AbortSignal;
}

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
    xhr.upload.addEventListener('progress', (event) => {
      request.onProgress(event.loaded);
    });
    const abort = () => {
      xhr.abort();
    };
    request.signal.addEventListener('abort', abort, { once: true });
    const done = () => {
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
      done();
      reject(abortReason(request.signal));
    });
    xhr.send(request.file);
  });
}
