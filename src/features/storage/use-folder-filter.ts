import { useDeferredValue, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { useLatestSearchParams } from '@/lib/use-text-filter';
import { ownViewWriteState, shownFilter, type FilterDraft } from './filter-draft';
import { readListingView, writeListingView, type ListingView } from './listing-state';

/** How long typing pauses before the filter is written into the address. */
const FILTER_ADDRESS_DELAY_MS = 200;

/**
 * The listing's view (sort, filter, hidden files) as the address says, and the filter input. The input follows
 * typing at once, the 100,000-row filter right after without blocking typing (`filter`), and the address once
 * typing pauses (filter-draft.ts).
 */
export function useFolderFilter() {
  // writes start from the address last written: a sort chosen while the filter's write is still being shown keeps it
  const [searchParams, setSearchParams] = useLatestSearchParams();
  const location = useLocation();
  const view = readListingView(searchParams);
  const [draft, setDraft] = useState<FilterDraft>();
  const typed = shownFilter(draft, { filter: view.filter, key: location.key, state: location.state });

  useEffect(() => {
    if (typed === view.filter) return undefined;
    const timer = setTimeout(() => {
      setSearchParams((previous) => writeListingView(previous, { filter: typed }), {
        replace: true,
        state: ownViewWriteState,
      });
    }, FILTER_ADDRESS_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [typed, view.filter, setSearchParams]);

  const updateView = (change: Partial<Omit<ListingView, 'filter'>>) => {
    setSearchParams((previous) => writeListingView(previous, change), {
      replace: true,
      state: ownViewWriteState,
    });
  };

  return {
    view,
    typed,
    setTyped: (value: string) => {
      setDraft({ value, locationKey: location.key });
    },
    filter: useDeferredValue(typed),
    updateView,
  };
}
