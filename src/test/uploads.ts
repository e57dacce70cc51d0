import { ApiError } from '@/api/http/api-error';
import type { putFile } from '@/api/storage/upload-file';
import type { UploadItem, UploadQueue } from '@/features/storage/upload-queue';

/**
 * The upload transport for tests: jsdom's XHR does not send a File's bytes, and its File is not the Blob Node's
 * fetch knows, so the bytes go by fetch to the fake platform; a refusal is the ApiError the XHR would make.
 */
export const fetchPut: typeof putFile = async ({ url, token, file, contentType, onProgress, signal }) => {
  const response = await fetch(url, {
    method: 'PUT',
    body: new Uint8Array(await file.arrayBuffer()),
    headers: { Authorization: `Bearer ${token ?? ''}`, 'Content-Type': contentType },
    signal,
  });
  if (!response.ok) {
    throw new ApiError({
      service: 'storage',
      kind: 'http',
      status: response.status,
      message: (await response.text()).trim(),
    });
  }
  onProgress(file.size);
};

/** Resolves with the queue's items once none is queued, uploading or verifying. */
export function settled(queue: UploadQueue): Promise<readonly UploadItem[]> {
  return new Promise((resolve) => {
    const check = () => {
      const items = queue.getSnapshot();
      if (items.every((item) => !['queued', 'uploading', 'verifying'].includes(item.status))) {
        unsubscribe();
        resolve(items);
      }
    };
    const unsubscribe = queue.subscribe(check);
    check();
  });
}

/** A small text file, as a user picks one. */
export const textFile = (text: string, name: string) => new File([text], name, { type: 'text/plain' });

/** The hidden input behind the Upload button (the first file input; the second picks folders). */
export function fileInput(): HTMLInputElement {
  const input = document.querySelector('input[type=file]');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  return input;
}

/** Whether the browser would ask before closing or reloading the tab now. */
export function wouldAsk(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}
