import type { StorageEntry } from '@/api/storage/listing';
import type { Selection } from './selection';

/** The child of `folder` on the way down to `below` (`/home/jdoe` to `/home/jdoe/data/raw`: `/home/jdoe/data`). */
export function childOnTheWay(folder: string, below: string): string | undefined {
  const inside = `${folder.replace(/\/$/, '')}/`;
  if (!below.startsWith(inside)) return undefined;
  const [next] = below.slice(inside.length).split('/');
  return next ? `${inside}${next}` : undefined;
}

/** The row at `path` alone selected and active, or undefined while it is not among the rows shown. */
export function markRow(visible: readonly StorageEntry[], path: string): Selection | undefined {
  const index = visible.findIndex((entry) => entry.path === path);
  return index >= 0 ? { selected: new Set([path]), active: index, anchor: index } : undefined;
}
