import { useSyncExternalStore } from 'react';
import type { StorageEntry } from '@/api/storage/listing';
import { ChecksumMismatchError, type UploadItem, type UploadQueue } from './upload-queue';

/** Each path whose latest upload in this tab failed its checksum, with the MD5 cavern stored for it. */
export function checksumMismatches(items: readonly UploadItem[]): Map<string, string | undefined> {
  const latest = new Map<string, UploadItem>();
  for (const item of items) {
    const known = latest.get(item.path);
    if (!known || item.id > known.id) latest.set(item.path, item);
  }
  const mismatches = new Map<string, string | undefined>();
  for (const [path, item] of latest) {
    if (item.status === 'failed' && item.error instanceof ChecksumMismatchError)
      mismatches.set(path, item.error.stored);
  }
  return mismatches;
}

/** A row to mark: the file is still the one whose checksum did not match (not replaced since). */
export const hasChecksumMismatch = (
  entry: StorageEntry,
  mismatches: ReadonlyMap<string, string | undefined>,
) => entry.kind === 'data' && mismatches.has(entry.path) && mismatches.get(entry.path) === entry.md5;

const snapshots = new WeakMap<
  UploadQueue,
  { items: readonly UploadItem[]; key: string; mismatches: ReadonlyMap<string, string | undefined> }
>();

/** The same Map for as long as the mismatches are the same, whatever else (progress) changes. */
function mismatchSnapshot(queue: UploadQueue): ReadonlyMap<string, string | undefined> {
  const items = queue.getSnapshot();
  const cached = snapshots.get(queue);
  if (cached?.items === items) return cached.mismatches;
  const mismatches = checksumMismatches(items);
  const key = JSON.stringify([...mismatches]);
  if (cached?.key === key) {
    cached.items = items;
    return cached.mismatches;
  }
  snapshots.set(queue, { items, key, mismatches });
  return mismatches;
}

/** The queue's checksum mismatches; upload progress does not re-render the caller. */
export function useChecksumMismatches(queue: UploadQueue): ReadonlyMap<string, string | undefined> {
  return useSyncExternalStore(queue.subscribe, () => mismatchSnapshot(queue));
}
