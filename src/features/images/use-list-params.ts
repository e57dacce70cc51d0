import { useLatestSearchParams, withFilter } from '@/lib/use-text-filter';
import { usePageSize } from './use-page-size';
import { readPageParam, readPageSizeParam } from './route-params';

/**
 * A list's page and filters live in the URL, so a view can be shared, bookmarked and survives a sign-in
 * redirect. Typing in a filter replaces the history entry and goes back to page 1; turning a page adds one.
 * Past the first page the URL carries the page size too: page 5 of 10 rows is not page 5 of 25, and a shared
 * link must show the rows it was shared with. Without one, the viewer's own size applies.
 */
export function useListParams() {
  const [searchParams, setSearchParams] = useLatestSearchParams();
  const [preferredSize, setPreferredSize] = usePageSize();
  const page = readPageParam(searchParams.get('page'));
  const sizeInUrl = page > 1 ? readPageSizeParam(searchParams.get('size')) : undefined;
  const pageSize = sizeInUrl ?? preferredSize;

  function setFilter(name: string, value: string) {
    setSearchParams((previous) => withSize(withFilter(previous, name, value)), { replace: true });
  }

  /** The size travels with any page after the first; page 1 starts at the same row whatever the size. */
  function withSize(params: URLSearchParams): URLSearchParams {
    const next = new URLSearchParams(params);
    if (next.has('page')) next.set('size', String(pageSize));
    else next.delete('size');
    return next;
  }

  function setPage(target: number) {
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      if (target > 1) next.set('page', String(target));
      else next.delete('page');
      return withSize(next);
    });
  }

  /** A new size is the viewer's preference from now on, and starts again at page 1. */
  function setPageSize(size: number) {
    setPreferredSize(size);
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      next.delete('page');
      next.delete('size');
      return next;
    });
  }

  return {
    page,
    pageSize,
    filter: (name: string) => searchParams.get(name) ?? '',
    setFilter,
    setPage,
    setPageSize,
  };
}
