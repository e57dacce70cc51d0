/// <reference lib="webworker" />
import { md5OfBlob, ReadAllowance } from './md5';
import { isHashAllowance } from './hash-messages';

const allowance = new ReadAllowance();

/**
 * Hashes one file off the main thread, so the page and the uploads stay responsive, reading no further into it
 * than the allowances that follow it (`hashFile`'s `allow`).
 */
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const { data } = event;
  if (isHashAllowance(data)) {
    allowance.allow(data.allowBytes);
    return;
  }
  if (!(data instanceof Blob)) return;
  md5OfBlob(data, undefined, undefined, allowance).then(
    (md5) => {
      self.postMessage({ md5 });
    },
    (error: unknown) => {
      self.postMessage({ error: error instanceof Error ? error.message : String(error) });
    },
  );
});
