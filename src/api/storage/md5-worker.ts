/// <reference lib="webworker" />
import { md5OfBlob } from './md5';

/** Hashes one file per message off the main thread, so the page and the uploads stay responsive. */
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const { data } = event;
  if (!(data instanceof Blob)) return;
  md5OfBlob(data).then(
    (md5) => {
      self.postMessage({ md5 });
    },
    (error: unknown) => {
      self.postMessage({ error: error instanceof Error ? error.message : String(error) });
    },
  );
});
