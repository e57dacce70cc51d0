import { useEffect, useState, type ComponentType } from 'react';
import { CodeLoadError, type LoadOnce } from '../lib/load-once';
import { PageLoader } from './page-loader';

/**
 * A page whose code loads when it first mounts, with the page loader meanwhile. Not React.lazy: a page that
 * suspends shows its Suspense fallback, and React then holds the page back until 300 ms after the fallback
 * appeared, which every full load of the portal would wait. A failed load goes to the page's error boundary and
 * is not remembered, so the page loads afresh when the boundary mounts it again — not before, so a failure is
 * shown once rather than fetched again in a loop.
 */
export function lazyPage(page: LoadOnce<ComponentType>): ComponentType {
  // `page`: one load shared by the mounts of a page (StrictMode mounts twice) and preload, forgotten when it fails.
  return function LazyPage() {
    const [Page, setPage] = useState(page.peek);
    const [failure, setFailure] = useState<Error | undefined>();
    // Started while rendering, as React.lazy does, so the fetch need not wait for the shell to commit; the
    // effect only listens. Idempotent: one load is shared until it fails.
    if (Page === undefined && failure === undefined) page.prefetch();
    useEffect(() => {
      if (Page !== undefined) return undefined;
      let isCurrent = true;
      page.load().then(
        (component) => {
          if (isCurrent) setPage(() => component);
        },
        (error: unknown) => {
          if (isCurrent) setFailure(new CodeLoadError(error));
        },
      );
      return () => {
        isCurrent = false;
      };
    }, [Page]);
    if (failure !== undefined) throw failure;
    return Page === undefined ? <PageLoader /> : <Page />;
  };
}
