import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/api-context';
import { STREAMED_DOWNLOAD_BYTES, downloadFile } from '@/api/storage/download';
import type { StorageEntry } from '@/api/storage/listing';
import type { PackageFormat } from '@/api/storage/package';
import { useAuth } from '@/auth/auth-context';
import { onUserChange } from '@/auth/user-change';
import { useConfig } from '@/config/config-context';
import { nameInSentence } from '@/lib/names';
import { needsLargePackageConfirm, packageBytes } from './folder-actions';
import { packageFileName } from './package-name';
import { hasSaveFilePicker } from './save-download';
import type { OpenDialog } from './use-folder-dialogs';
import { useKnowsNoPackages, usePackageDownloads } from './use-package-downloads';

/**
 * Downloads from the folder: one file, or the selection as a package. Also the folder's status line (`status`, the
 * last action's words) and the last action's failure (`actionError`), which other actions set too.
 */
export function useFolderDownloads(
  folder: string,
  selected: readonly StorageEntry[],
  openDialog: (dialog: OpenDialog) => void,
) {
  const { t } = useTranslation();
  const api = useApi();
  const authStore = useAuth().store;
  const authority = useConfig().storage.vosAuthority;
  const packages = usePackageDownloads();
  const noPackages = useKnowsNoPackages(packages);
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<unknown>();

  /**
   * A file small enough to hold in memory is read and saved at once; a larger one goes to the downloads panel,
   * with its progress, streamed to a file the user picks where the browser can.
   */
  function downloadOne(file: StorageEntry) {
    if ((file.size ?? Infinity) > STREAMED_DOWNLOAD_BYTES) {
      const bytes = file.size ?? 0;
      if (needsLargePackageConfirm(bytes, hasSaveFilePicker(window))) {
        openDialog({ kind: 'largeFile', entries: [file], bytes });
        return;
      }
      // Straight from the click: a save dialog may only open from a user's gesture.
      void packages.startFile(file);
      return;
    }
    // Stopped when the user changes meanwhile: a file asked for by one user is never saved for the next.
    const controller = new AbortController();
    const stop = onUserChange(authStore, () => {
      controller.abort();
    });
    setStatus(t('storage.download.starting', { name: nameInSentence(file.name) }));
    downloadFile(api, authority, file, controller.signal)
      .then(
        () => {
          // the line says what happened last, not a start long over
          setStatus(t('storage.download.handed', { name: nameInSentence(file.name) }));
        },
        (error: unknown) => {
          setStatus('');
          if (!controller.signal.aborted) setActionError(error);
        },
      )
      .finally(stop);
  }

  function downloadPackage(format: PackageFormat) {
    setActionError(undefined);
    // the downloads panel follows a package: the line keeps no older download's words
    setStatus('');
    const bytes = packageBytes(selected);
    // One by one, each file is held in memory alone, and one too large for that waits for its own Save.
    if (!noPackages && needsLargePackageConfirm(bytes, hasSaveFilePicker(window))) {
      openDialog({ kind: 'largePackage', entries: selected, format, bytes });
      return;
    }
    // Straight from the click: a save dialog may only open from a user's gesture.
    startPackage(selected, format);
  }

  function startPackage(entries: readonly StorageEntry[], format: PackageFormat) {
    void packages.start(entries, format, packageFileName(entries, folder, format, t));
  }

  return {
    packages,
    noPackages,
    status,
    setStatus,
    actionError,
    setActionError,
    downloadOne,
    downloadPackage,
    startPackage,
  };
}
