import { asApiError } from '@/api/http/api-error';
import type { ApiClient } from '@/api/http/client';
import { findNode } from '@/api/storage/node-exists';
import { alreadyStored, retryMustAsk } from './upload-plan';
import { DestinationTakenError, isPausedForSignIn, replacesFile, type UploadQueue } from './upload-queue';

/**
 * After the same user has signed in again: the uploads the old token lost start again, each once its
 * destination is checked like any retry. One that would now replace a file that appeared meanwhile (or whose
 * check fails) stays failed, saying why rather than that it waits for a sign-in, and its Retry button asks.
 */
export async function retryRefusedUploads(queue: UploadQueue, api: ApiClient): Promise<void> {
  const refused = queue.getSnapshot().filter(isPausedForSignIn);
  for (const item of refused) {
    try {
      const node = await findNode(api, item.path);
      if (alreadyStored(item, node)) queue.confirmStored(item.id);
      else if (!retryMustAsk(item, node)) queue.retry(item.id, { replace: replacesFile(node) });
      else queue.failWith(item.id, new DestinationTakenError(item.path));
    } catch (error) {
      // the user's Retry checks again
      queue.failWith(item.id, asApiError(error, 'storage'));
    }
  }
}
