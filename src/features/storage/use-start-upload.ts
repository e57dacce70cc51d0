import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import type { StorageEntry } from '../../api/storage/listing';
import { storageKeys } from '../../api/storage/storage-keys';
import { useConfig } from '../../config/config-context';
import type { PickedFile } from './dropped-files';
import { createFolders, planUploads, type PlannedUpload } from './prepare-upload';
import type { UploadQueue } from './upload-queue';

interface PendingUpload {
  planned: PlannedUpload[];
  files: PickedFile[];
  folders: string[];
}

/**
 * From picked or dropped files to queued uploads: find what would be replaced and ask, create the folders,
 * then queue the files.
 */
export function useStartUpload(queue: UploadQueue, folder: string, entries: readonly StorageEntry[]) {
  const api = useApi();
  const queryClient = useQueryClient();
  const authority = useConfig().storage.vosAuthority;
  const [pending, setPending] = useState<PendingUpload>();
  const [preparing, setPreparing] = useState(false);
  const [error, setError] = useState<unknown>();

  async function enqueue(upload: PendingUpload, planned: readonly PlannedUpload[]) {
    setPending(undefined);
    setPreparing(true);
    try {
      await createFolders(api, authority, folder, upload.files, upload.folders);
      queue.add(planned.map(({ file, path }) => ({ file, path })));
      await queryClient.invalidateQueries({ queryKey: storageKeys.node(folder) });
    } catch (caught) {
      setError(caught);
    } finally {
      setPreparing(false);
    }
  }

  async function start(files: PickedFile[], folders: string[] = []) {
    if (files.length === 0 && folders.length === 0) return;
    setError(undefined);
    setPreparing(true);
    try {
      const planned = await planUploads(api, queryClient, authority, folder, entries, files);
      const upload = { planned, files, folders };
      if (planned.some((item) => item.exists)) setPending(upload);
      else await enqueue(upload, planned);
    } catch (caught) {
      setError(caught);
    } finally {
      setPreparing(false);
    }
  }

  return {
    start,
    preparing,
    error,
    conflicts: pending?.planned.filter((item) => item.exists) ?? [],
    replace: () => (pending ? enqueue(pending, pending.planned) : Promise.resolve()),
    skip: () =>
      pending
        ? enqueue(
            pending,
            pending.planned.filter((item) => !item.exists),
          )
        : Promise.resolve(),
    cancel: () => {
      setPending(undefined);
    },
  };
}
