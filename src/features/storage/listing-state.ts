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
 * The key a name sorts by, as people read names: case and accents ignored, digit runs compared as numbers
 * (`obs-2` before `obs-10`). Computed once per entry, then compared as plain strings: a locale collator's
 * compare is too slow for a 100,000-entry folder on every sort.
 */
export function nameSortKey(name: string): string {
  // Most names are ASCII: skip Unicode normalisation for them.
  const folded = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
  return folded.toLowerCase().replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(16, '0'));
}

/** Folders first, then the chosen order, then by name. Runs once per folder or order change. */
export function sortEntries(
  entries: readonly StorageEntry[],
  sort: SortKey,
  direction: SortDirection,
): StorageEntry[] {
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = entries.map((entry) => ({
    entry,
    name: nameSortKey(entry.name),
    folder: entry.kind === 'data' ? 1 : 0,
    value: sort === 'size' ? (entry.size ?? -1) : sort === 'date' ? (entry.date ?? 0) : 0,
    type: sort === 'type' ? typeOf(entry) : '',
  }));
  const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  keyed.sort((a, b) => {
    if (a.folder !== b.folder) return a.folder - b.folder;
    const order =
      sort === 'name'
        ? byString(a.name, b.name)
        : sort === 'type'
          ? byString(a.type, b.type)
          : a.value - b.value;
    return sign * order || byString(a.name, b.name) || byString(a.entry.name, b.entry.name);
  });
  return keyed.map((item) => item.entry);
}

export const isHidden = (entry: Pick<StorageEntry, 'name'>) => entry.name.startsWith('.');

/** Lower-cased names, computed once per listing so that a filter keystroke only compares strings. */
export function searchKeys(entries: readonly StorageEntry[]): string[] {
  return entries.map((entry) => entry.name.toLowerCase());
}

/** Rows whose name contains the filter (any case); hidden files only when asked. */
export function filterEntries(
  entries: readonly StorageEntry[],
  filter: string,
  showHidden: boolean,
  keys: readonly string[] = searchKeys(entries),
): StorageEntry[] {
  const needle = filter.trim().toLowerCase();
  if (needle === '' && showHidden) return [...entries];
  const out: StorageEntry[] = [];
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    const key = keys[index] ?? '';
    if (entry && (showHidden || !key.startsWith('.')) && (needle === '' || key.includes(needle)))
      out.push(entry);
  }
  return out;
}
