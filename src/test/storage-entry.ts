import type { StorageEntry } from '@/api/storage/listing';

/** A listing row for tests: a plain file in jdoe's home unless `change` says otherwise. */
export function storageEntry(change: Partial<StorageEntry> = {}): StorageEntry {
  const path = change.path ?? `/home/jdoe/${change.name ?? 'x'}`;
  return {
    name: path.slice(path.lastIndexOf('/') + 1),
    path,
    kind: 'data',
    size: undefined,
    date: undefined,
    contentType: undefined,
    md5: undefined,
    target: undefined,
    isPublic: false,
    groupRead: [],
    groupWrite: [],
    inheritPermissions: undefined,
    ...change,
  };
}
