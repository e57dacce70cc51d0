import { useState } from 'react';
import type { StorageEntry } from '@/api/storage/listing';
import { useChecksumMismatches } from './checksum-marks';
import { pickedFile } from './dropped-files';
import { useStartUpload } from './use-start-upload';
import { useUploadQueue } from './use-upload-queue';

/**
 * Uploads into the folder, from the toolbar's file chooser or a drop, and whether the last drop was refused
 * (where the folder takes none): said until closed, or until a drop is taken. `listed` is the listing when it
 * says what an upload would replace.
 */
export function useFolderUpload(folder: string, listed: readonly StorageEntry[] | undefined) {
  const queue = useUploadQueue();
  const upload = useStartUpload(queue, folder, listed);
  const mismatches = useChecksumMismatches(queue);
  const [isDropRefused, setIsDropRefused] = useState(false);
  return {
    queue,
    upload,
    mismatches,
    isDropRefused,
    pick: (files: File[]) => void upload.start(files.map(pickedFile)),
    drop: (files: File[], folders: string[]) => {
      setIsDropRefused(false);
      void upload.start(files.map(pickedFile), folders);
    },
    refuseDrop: () => {
      setIsDropRefused(true);
    },
    closeDropRefusal: () => {
      setIsDropRefused(false);
    },
  };
}
