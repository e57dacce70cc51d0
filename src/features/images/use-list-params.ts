import { useSearchParams } from 'react-router';
import { withFilter } from '@/lib/use-text-filter';
import { readPageParam } from './route-params';

/**
 * A list's page and filters live in the URL, so a view can be shared, bookmarked and survives a sign-in
 * redirect. Typing in a filter replaces the history entry and goes back to page 1; turning a page adds one.
 */
export function useListParams() {
  const [searchParams, setSearchParams] = useSearchParams();

  function setFilter(name: string, value: string) {
    setSearchParams((previous) => withFilter(previous, name, value), { replace: true });
  }

  function setPage(page: number) {
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      if (page > 1) next.set('page', String(page));
      else next.delete('page');
      return next;
    });
  }

  return {
    page: readPageParam(searchParams.get('page')),
    filter: (name: string) => searchParams.get(name) ?? '',
    setFilter,
    setPage,
  };
}
