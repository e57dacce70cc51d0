/// <reference lib="webworker" />
import { md5OfBlob, ReadAllowance } from './md5';
import { isHashAllowance, isHashRequest } from './hash-messages';

const allowance = new ReadAllowance();

/**
 * Hashes one file off the main thread, so the page and the uploads stay responsive. A paced request reads no
 * further into the file than the allowances that follow it (`hashFile`'s `allow`).
 */
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const { data } = event;
  if (isHashAllowance(data)) {
    allowance.allow(data.allowBytes);
    return;
  }
  if (!isHashRequest(data)) return;
  md5OfBlob(data.file, undefined, undefined, data.paced ? allowance : undefined).then(
    (md5) => {
      self.postMessage({ md5 });
    },
    (error: unknown) => {
      self.postMessage({ error: error instanceof Error ? error.message : String(error) });
    },
  );
});
