import type { StorageEntry } from '@/api/storage/listing';
import { GMS_GROUP_PREFIX } from '@/api/storage/vospace-names';

/** Group names as people know them; a URI outside CADC's group service stays whole. */
export const groupName = (uri: string) =>
  uri.startsWith(GMS_GROUP_PREFIX) ? uri.slice(GMS_GROUP_PREFIX.length) : uri;

interface SharingForm {
  isPublic: boolean;
  groupRead: readonly string[];
  groupWrite: readonly string[];
  inherit: boolean;
  recursive: boolean;
}

/** Whether the form differs from what the item has: a group added or removed, a switch turned. */
export function sharingChanged(entry: StorageEntry, form: SharingForm): boolean {
  const sameGroups = (names: readonly string[], uris: readonly string[]) => {
    const before = new Set(uris.map(groupName));
    return names.length === before.size && names.every((name) => before.has(groupName(name)));
  };
  return (
    form.isPublic !== entry.isPublic ||
    !sameGroups(form.groupRead, entry.groupRead) ||
    !sameGroups(form.groupWrite, entry.groupWrite) ||
    (entry.kind === 'container' && (form.inherit !== (entry.inheritPermissions ?? false) || form.recursive))
  );
}
