import { useEffect, useLayoutEffect, type RefObject } from 'react';
import { isFocusLost } from '@/lib/focus';

/** Kept by the storage page across its folders: the page, and whether the folder left behind held focus. */
export interface FolderArrivalRefs {
  pageRef: RefObject<HTMLElement | null>;
  hadFocusRef: RefObject<boolean>;
}

/**
 * Going into a folder, Back or a breadcrumb replaces the folder view and the element that had focus with it,
 * which leaves focus on the page body. When the page held focus as the folder left, the new folder takes it once
 * shown: its list, which announces the folder's name, or `fallbackRef` when it has no rows.
 */
export function useArrivalFocus(
  { pageRef, hadFocusRef }: FolderArrivalRefs,
  isShown: boolean,
  listRef: RefObject<HTMLElement | null>,
  fallbackRef: RefObject<HTMLElement | null>,
) {
  // A layout effect's cleanup runs before the folder's elements leave the page, while focus is still inside.
  useLayoutEffect(
    () => () => {
      if (pageRef.current?.contains(document.activeElement)) hadFocusRef.current = true;
    },
    [pageRef, hadFocusRef],
  );
  useEffect(() => {
    if (!isShown || !hadFocusRef.current) return;
    hadFocusRef.current = false;
    if (isFocusLost(document)) (listRef.current ?? fallbackRef.current)?.focus();
  }, [isShown, hadFocusRef, listRef, fallbackRef]);
}
