import { useEffect, useSyncExternalStore } from 'react';
import { useApi } from '@/api/api-context';
import { uploadActivityOf } from '@/features/storage/upload-activity';

/**
 * Asks before the tab is closed or reloaded while uploads are still to finish, those paused until the user signs
 * in again included (they would be lost), whichever page is shown (the browser shows its own wording). Read
 * from the uploads' two numbers, as the navigation's badge is, so the queue's code still loads with the
 * Storage page only.
 */
export function useUploadLeaveWarning() {
  const activity = uploadActivityOf(useApi());
  // A boolean snapshot: the layout re-renders when uploads start and when they end, not for each file.
  const isUploading = useSyncExternalStore(activity.subscribe, () => activity.getSnapshot().remaining > 0);
  useEffect(() => {
    if (!isUploading) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      // Read when the page is left, not at the last render: a sign-out the user confirmed stops the uploads
      // and may leave at once (to the site's or provider's sign-out page), before React re-renders.
      if (activity.getSnapshot().remaining > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [activity, isUploading]);
}
