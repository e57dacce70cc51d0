import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useApi } from '@/api/api-context';
import type { ApiClient } from '@/api/http/client';
import { useAuth } from '@/auth/auth-context';
import { onUserChange } from '@/auth/user-change';
import { retryRefusedUploads } from './retry-after-sign-in';
import { uploadActivityOf } from './upload-activity';
import { UploadQueue, uploadTotals, type UploadItem } from './upload-queue';

// One queue per API client (per signed-in app), outliving the storage page so that uploads carry on while
// the user looks at other areas of the portal.
const queues = new WeakMap<ApiClient, UploadQueue>();

/**
 * This tab's upload queue. Only the queue: a component that shows the uploads subscribes with
 * `useUploadItems`, so that progress re-renders the upload panel and not the whole folder.
 */
export function useUploadQueue(): UploadQueue {
  const api = useApi();
  const auth = useAuth();
  const queryClient = useQueryClient();
  let queue = queues.get(api);
  if (!queue) {
    const { store } = auth;
    const created = new UploadQueue({
      api,
      getToken: store.getToken,
      queryClient,
      onUnauthorized: store.expired,
      ...(auth.mode === 'cadc' && auth.confirmUser ? { beforeSend: auth.confirmUser } : {}),
    });
    // Signed in again as the same user after an expiry: the uploads the old token lost start again.
    let previous = store.getState();
    store.subscribe(() => {
      const next = store.getState();
      if (
        previous.status === 'expired' &&
        next.status === 'signedIn' &&
        previous.user.username === next.user.username
      )
        void retryRefusedUploads(created, api);
      previous = next;
    });
    // Another user, or nobody: this user's uploads stop and are forgotten.
    onUserChange(store, () => {
      created.reset();
    });
    // The navigation's sign of the uploads, on every page; an upload paused until the user signs in again is
    // still to finish (`totals.active`): counted, and the tab asks before it is closed (use-upload-leave-warning).
    const activity = uploadActivityOf(api);
    created.subscribe(() => {
      const totals = uploadTotals(created.getSnapshot());
      activity.set({ remaining: totals.active, failed: totals.failed });
    });
    activity.onStop(() => {
      created.cancelAll();
    });
    queue = created;
    queues.set(api, queue);
  }
  return queue;
}

/** The queue's uploads, re-rendering on every change (progress included). */
export function useUploadItems(queue: UploadQueue): readonly UploadItem[] {
  return useSyncExternalStore(queue.subscribe, queue.getSnapshot);
}
