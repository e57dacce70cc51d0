import type { StorageEntry } from '@/api/storage/listing';
import { pathFromVosUri } from '@/api/storage/vos-uri';

/** Above this, a package read into memory (no save dialog to stream into) is asked for first. */
export const IN_MEMORY_WARNING_BYTES = 2 * 1024 ** 3;

/** What opening a row does: preview a file, go into a folder (or where a link leads), or say where it leads. */
export type OpenTarget =
  { kind: 'preview' } | { kind: 'folder'; path: string } | { kind: 'external'; target: string };

export function openTarget(entry: StorageEntry, authority: string): OpenTarget {
  if (entry.kind === 'data') return { kind: 'preview' };
  if (entry.kind !== 'link' || !entry.target) return { kind: 'folder', path: entry.path };
  const path = pathFromVosUri(entry.target, authority);
  return path === undefined ? { kind: 'external', target: entry.target } : { kind: 'folder', path };
}

/** The bytes a package of these entries holds, as far as the listing knows (a folder's size where reported). */
export const packageBytes = (entries: readonly StorageEntry[]) =>
  entries.reduce((total, entry) => total + (entry.size ?? 0), 0);

/** Whether to ask before a package this browser would hold whole in memory. */
export const needsLargePackageConfirm = (bytes: number, canStreamToDisk: boolean) =>
  !canStreamToDisk && bytes > IN_MEMORY_WARNING_BYTES;
