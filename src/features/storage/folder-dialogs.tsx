import type { StorageEntry } from '@/api/storage/listing';
import type { PackageFormat } from '@/api/storage/package';
import { DeleteDialog } from './delete-dialog';
import { LargePackageDialog } from './large-package-dialog';
import { MoveDialog } from './move-dialog';
import { NameDialog } from './name-dialog';
import { PermissionsDialog } from './permissions-dialog';
import { PreviewDialog } from './preview-dialog';
import type { OpenDialog } from './use-folder-dialogs';

interface FolderDialogsProps {
  dialog: OpenDialog | undefined;
  folder: string;
  /** The folder's entries, whose names a new folder or a rename may not take. */
  siblings: readonly StorageEntry[];
  onClose: () => void;
  onDone: (status: string, made?: string) => void;
  onDownloadPackage: (entries: readonly StorageEntry[], format: PackageFormat) => void;
  onDownloadFile: (entry: StorageEntry) => void;
}

/** The open dialog of a folder, acting on the entries it opened with. */
export function FolderDialogs({
  dialog,
  folder,
  siblings,
  onClose,
  onDone,
  onDownloadPackage,
  onDownloadFile,
}: FolderDialogsProps) {
  if (!dialog) return null;
  const one = dialog.entries.length === 1 ? dialog.entries[0] : undefined;
  switch (dialog.kind) {
    case 'newFolder':
      return (
        <NameDialog
          mode={{ kind: 'newFolder', folder }}
          siblings={siblings}
          onClose={onClose}
          onDone={onDone}
        />
      );
    case 'rename':
      return one ? (
        <NameDialog
          mode={{ kind: 'rename', entry: one }}
          siblings={siblings}
          onClose={onClose}
          onDone={onDone}
        />
      ) : null;
    case 'move':
      return dialog.entries.length > 0 ? (
        <MoveDialog entries={dialog.entries} folder={folder} onClose={onClose} onDone={onDone} />
      ) : null;
    case 'delete':
      return dialog.entries.length > 0 ? (
        <DeleteDialog entries={dialog.entries} onClose={onClose} onDone={onDone} />
      ) : null;
    case 'permissions':
      return one ? <PermissionsDialog entry={one} onClose={onClose} onDone={onDone} /> : null;
    case 'preview':
      return one ? <PreviewDialog entry={one} onClose={onClose} /> : null;
    case 'largePackage':
      return (
        <LargePackageDialog
          bytes={dialog.bytes}
          onClose={onClose}
          onConfirm={() => {
            onClose();
            onDownloadPackage(dialog.entries, dialog.format);
          }}
        />
      );
    case 'largeFile':
      return (
        <LargePackageDialog
          bytes={dialog.bytes}
          file
          onClose={onClose}
          onConfirm={() => {
            onClose();
            onDownloadFile(dialog.entries[0]);
          }}
        />
      );
  }
}
