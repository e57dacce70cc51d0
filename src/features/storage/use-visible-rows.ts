import { useMemo } from 'react';
import type { StorageEntry } from '@/api/storage/listing';
import { RowFilter, searchKeys, sortEntries, type ListingView } from './listing-state';

/** The listing's rows as the view shows them: sorted, filtered, hidden files left out unless asked for. */
export function useVisibleRows(
  entries: readonly StorageEntry[] | undefined,
  view: ListingView,
  filter: string,
): readonly StorageEntry[] {
  const sorted = useMemo(
    () => (entries ? sortEntries(entries, view.sort, view.direction) : []),
    [entries, view.sort, view.direction],
  );
  const rowFilter = useMemo(() => new RowFilter(sorted, searchKeys(sorted)), [sorted]);
  return useMemo(() => rowFilter.apply(filter, view.showHidden), [rowFilter, filter, view.showHidden]);
}
