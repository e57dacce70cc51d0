import { useEffect, useRef, useState, type RefObject } from 'react';
import type { StorageEntry } from '@/api/storage/listing';
import type { PackageFormat } from '@/api/storage/package';
import { isFocusLost } from '@/lib/focus';
import { dialogOpener, focusTargetAfterDialog } from './focus-return';
import type { FolderAction } from './folder-toolbar';

/**
 * A dialog and the entries it acts on, as they were when it opened: a move, delete or rename takes its entries out
 * of the listing before it reports, and a dialog that followed the live selection would be gone by then.
 */
export type OpenDialog =
  | { kind: Exclude<FolderAction, 'open' | 'download'>; entries: readonly StorageEntry[] }
  /** The package the confirm was asked about: confirming downloads these, whatever is selected since. */
  | { kind: 'largePackage'; entries: readonly StorageEntry[]; format: PackageFormat; bytes: number }
  /** The same question for one file this browser would hold whole in memory. */
  | { kind: 'largeFile'; entries: readonly [StorageEntry]; bytes: number };

/**
 * The folder's one open dialog. Dialogs are mounted only while open, so the modal's own focus return never runs:
 * when one closes, focus goes back to the control that opened it, or to the list (`list`) when that is gone.
 * `othersOpen` counts dialogs opened elsewhere (the upload's overwrite question) for the same return.
 */
export function useFolderDialogs(
  list: RefObject<HTMLElement | null>,
  othersOpen: boolean,
  /** What stands in place of the rows when there are none. */
  noList: RefObject<HTMLElement | null>,
) {
  const [dialog, setDialog] = useState<OpenDialog>();
  const trigger = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  const isOpen = dialog !== undefined || othersOpen;

  useEffect(() => {
    if (isOpen) {
      wasOpen.current = true;
      return;
    }
    if (!wasOpen.current) return;
    wasOpen.current = false;
    const opener = trigger.current;
    trigger.current = null;
    if (isFocusLost(document)) focusTargetAfterDialog(opener, list.current, noList.current)?.focus();
  }, [isOpen, list, noList]);

  return {
    dialog,
    open: (next: OpenDialog) => {
      trigger.current = dialogOpener(document.activeElement);
      setDialog(next);
    },
    close: () => {
      setDialog(undefined);
    },
    /** Focus goes to the list when the dialog closes: what it made is the list's active row, for the next key. */
    returnToList: () => {
      trigger.current = null;
    },
  };
}
