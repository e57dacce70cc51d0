import type { StorageEntry } from '@/api/storage/listing';

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
  // Most names are ASCII: skip Unicode normalisation for them, and the regular expressions too.
  let ascii = true;
  let digits = false;
  for (let at = 0; at < name.length; at += 1) {
    const code = name.charCodeAt(at);
    if (code < 0x20 || code > 0x7e) {
      ascii = false;
      break;
    }
    if (code >= 48 && code <= 57) digits = true;
  }
  if (!ascii) {
    const folded = name.normalize('NFD').replace(/\p{M}/gu, '');
    return folded.toLowerCase().replace(/\d+/g, digitRunKey);
  }
  const lower = name.toLowerCase();
  return digits ? lower.replace(/\d+/g, digitRunKey) : lower;
}

/**
 * A run of digits as a key that sorts by the number's value: its length without leading zeros, in two digits,
 * then the digits. Right at any length up to 99 digits (a Gaia source_id has 19, past a fixed 16-digit pad), and
 * short, so the sort's comparisons end sooner.
 */
function digitRunKey(run: string): string {
  let start = 0;
  while (start < run.length - 1 && run.charCodeAt(start) === 48) start += 1;
  const length = Math.min(run.length - start, 99);
  return `${length < 10 ? '0' : ''}${String(length)}${start === 0 ? run : run.slice(start)}`;
}

/** Folders first, then the chosen order, then by name. Runs once per folder or order change. */
export function sortEntries(
  entries: readonly StorageEntry[],
  sort: SortKey,
  direction: SortDirection,
): StorageEntry[] {
  if (sort === 'name' && direction === 'asc') return sortByName(entries);
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

/**
 * The default order (folders first, then by name) without a JavaScript comparator: each entry becomes one
 * string that sorts, code unit by code unit, as `sortEntries` would order it (group, name key, then name;
 * XML names hold no U+0000 to confuse the separators), so the engine's own string sort does the work; the
 * entry's index rides at the end.
 */
function sortByName(entries: readonly StorageEntry[]): StorageEntry[] {
  const keyed = entries.map(
    (entry, index) =>
      `${entry.kind === 'data' ? '1' : '0'}${nameSortKey(entry.name)}\u0000${entry.name}\u0000${index}`,
  );
  keyed.sort();
  const out: StorageEntry[] = [];
  for (const key of keyed) {
    const entry = entries[Number(key.slice(key.lastIndexOf('\u0000') + 1))];
    if (entry) out.push(entry);
  }
  return out;
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
): readonly StorageEntry[] {
  return new RowFilter(entries, keys).apply(filter, showHidden);
}

/**
 * The filter of one sorted listing, as row indexes into it. Typing usually narrows the filter (`obs-0` then
 * `obs-01`), and a row that contains the longer needle contains the shorter one too: then only the rows the
 * last filter kept are searched, not the whole folder. No match list is built when every row matches.
 */
export class RowFilter {
  private last: { needle: string; showHidden: boolean; rows: Int32Array | undefined } | undefined;

  constructor(
    private readonly entries: readonly StorageEntry[],
    private readonly keys: readonly string[],
  ) {}

  apply(filter: string, showHidden: boolean): readonly StorageEntry[] {
    const needle = filter.trim().toLowerCase();
    const { entries, keys } = this;
    let rows: Int32Array | undefined;
    if (needle !== '' || !showHidden) {
      const last = this.last;
      const within = last?.showHidden === showHidden && needle.includes(last.needle) ? last.rows : undefined;
      const matches = (index: number) => {
        const key = keys[index] ?? '';
        return (showHidden || key.charCodeAt(0) !== 46) /* "." */ && (needle === '' || key.includes(needle));
      };
      const found = new Int32Array(within ? within.length : keys.length);
      let count = 0;
      if (within) {
        for (const index of within) if (matches(index)) found[count++] = index;
      } else {
        for (let index = 0; index < keys.length; index += 1) if (matches(index)) found[count++] = index;
      }
      rows = count === keys.length ? undefined : found.subarray(0, count);
    }
    this.last = { needle, showHidden, rows };
    if (!rows) return entries;
    const out: StorageEntry[] = [];
    for (const index of rows) {
      const entry = entries[index];
      if (entry) out.push(entry);
    }
    return out;
  }
}
