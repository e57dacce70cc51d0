import type { StorageEntry } from '../../api/storage/listing';

export type SortKey = 'name' | 'size' | 'date' | 'type';
export type SortDirection = 'asc' | 'desc';
const SORT_KEYS: readonly SortKey[] = ['name', 'size', 'date', 'type'];
const isSortKey = (value: string | null): value is SortKey => SORT_KEYS.some((key) => key === value);

/** What the URL's search parameters say about the listing: `sort`, `dir`, `q`, `hidden`. */
export interface ListingView {
  sort: SortKey;
  direction: SortDirection;
  filter: string;
  showHidden: boolean;
}

export function readListingView(search: URLSearchParams): ListingView {
  const sort = search.get('sort');
  return {
    sort: isSortKey(sort) ? sort : 'name',
    direction: search.get('dir') === 'desc' ? 'desc' : 'asc',
    filter: search.get('q') ?? '',
    showHidden: search.get('hidden') === '1',
  };
}

/** Writes a change into the search parameters, leaving defaults out so addresses stay short. */
export function writeListingView(search: URLSearchParams, change: Partial<ListingView>): URLSearchParams {
  const next = new URLSearchParams(search);
  const set = (key: string, value: string | undefined) => {
    if (value === undefined) next.delete(key);
    else next.set(key, value);
  };
  if (change.sort !== undefined) set('sort', change.sort === 'name' ? undefined : change.sort);
  if (change.direction !== undefined) set('dir', change.direction === 'asc' ? undefined : change.direction);
  if (change.filter !== undefined) set('q', change.filter === '' ? undefined : change.filter);
  if (change.showHidden !== undefined) set('hidden', change.showHidden ? '1' : undefined);
  return next;
}

/** What the type column shows and sorts by: folder, link, or the file's extension. */
export function typeOf(entry: Pick<StorageEntry, 'kind' | 'name'>): string {
  if (entry.kind !== 'data') return entry.kind === 'container' ? '' : '\u0001';
  const dot = entry.name.lastIndexOf('.');
  return dot > 0 ? entry.name.slice(dot + 1).toLowerCase() : '\uffff';
}

/**
 * Folders first, then the chosen order; names compare as people read them (`obs-2` before `obs-10`). Sorting
 * happens once per folder or order change — a filter keystroke only filters the sorted rows.
 */
export function sortEntries(
  entries: readonly StorageEntry[],
  sort: SortKey,
  direction: SortDirection,
  locale: string,
): StorageEntry[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'asc' ? 1 : -1;
  const byName = (a: StorageEntry, b: StorageEntry) => collator.compare(a.name, b.name);
  const compare: Record<SortKey, (a: StorageEntry, b: StorageEntry) => number> = {
    name: byName,
    size: (a, b) => (a.size ?? -1) - (b.size ?? -1),
    date: (a, b) => (a.date ?? 0) - (b.date ?? 0),
    type: (a, b) => (typeOf(a) < typeOf(b) ? -1 : typeOf(a) > typeOf(b) ? 1 : 0),
  };
  const folderFirst = (entry: StorageEntry) => (entry.kind === 'data' ? 1 : 0);
  return [...entries].sort(
    (a, b) => folderFirst(a) - folderFirst(b) || sign * compare[sort](a, b) || byName(a, b),
  );
}

export const isHidden = (entry: Pick<StorageEntry, 'name'>) => entry.name.startsWith('.');

/** Rows whose name contains the filter (any case); hidden files only when asked. */
export function filterEntries(
  entries: readonly StorageEntry[],
  filter: string,
  showHidden: boolean,
): StorageEntry[] {
  const needle = filter.trim().toLocaleLowerCase();
  if (needle === '' && showHidden) return [...entries];
  return entries.filter(
    (entry) =>
      (showHidden || !isHidden(entry)) && (needle === '' || entry.name.toLocaleLowerCase().includes(needle)),
  );
}
