import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { StorageEntry } from '@/api/storage/listing';
import { useConfig } from '@/config/config-context';
import { paths } from '@/lib/paths';
import { openTarget } from './folder-actions';
import type { FolderAction } from './folder-toolbar';
import { emptySelection, type Selection } from './selection';
import type { OpenDialog } from './use-folder-dialogs';
import type { useFolderDownloads } from './use-folder-downloads';

interface RowActionsOptions {
  visible: readonly StorageEntry[];
  selected: readonly StorageEntry[];
  setSelection: (selection: Selection) => void;
  /** Whether hidden files are shown: a folder opened keeps showing them. */
  showHidden: boolean;
  /** Whether the folder takes changes: Delete from the grid, as from the toolbar, asks only then. */
  canChange: boolean;
  openDialog: (dialog: OpenDialog) => void;
  downloads: Pick<ReturnType<typeof useFolderDownloads>, 'setStatus' | 'setActionError' | 'downloadOne'>;
}

/** Opening a row (Enter, a double click), the toolbar's actions on the selection, and the grid's Delete key. */
export function useRowActions({
  visible,
  selected,
  setSelection,
  showHidden,
  canChange,
  openDialog,
  downloads,
}: RowActionsOptions) {
  const { t } = useTranslation();
  const authority = useConfig().storage.vosAuthority;
  const navigate = useNavigate();

  function open(entry: StorageEntry) {
    const target = openTarget(entry, authority);
    if (target.kind === 'preview') {
      // as a click on it: a Shift range afterwards starts from it
      const index = visible.indexOf(entry);
      setSelection({ selected: new Set([entry.path]), active: index, anchor: index });
      openDialog({ kind: 'preview', entries: [entry] });
    } else if (target.kind === 'external') {
      downloads.setStatus(t('storage.externalLink', { target: target.target }));
    } else {
      setSelection(emptySelection);
      void navigate(paths.storage(target.path) + (showHidden ? '?hidden=1' : ''));
    }
  }

  function handleAction(action: FolderAction) {
    downloads.setActionError(undefined);
    if (action === 'open') {
      if (selected[0]) open(selected[0]);
    } else if (action === 'download') {
      const [file] = selected;
      if (file) downloads.downloadOne(file);
    } else openDialog({ kind: action, entries: selected });
  }

  function deleteKey() {
    // as the toolbar's Delete: nothing goes from a folder cavern will not let the user write in
    if (canChange) openDialog({ kind: 'delete', entries: selected });
  }

  return { open, handleAction, deleteKey };
}
