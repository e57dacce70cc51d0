import type { i18n as I18n } from 'i18next';
import { Suspense, useEffect, useState, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import type { PortalConfig } from '../config/config-schema';
import { loadAreaStrings } from '../i18n/i18n';
import { loadOnce, type LoadOnce } from '../lib/load-once';
import { paths } from '../lib/paths';
import { areas as allAreas, enabledAreas, type Area } from './areas';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from '../components/not-found-page';
import { PageLoader } from './page-loader';
import { RouteErrorPage } from './route-error-page';

/** The route table, and a way to load a page before the first render. */
export interface RouteTable {
  routes: ReactElement;
  /**
   * Loads the page of the area with this route pattern (its code and strings), so a first render shows it at
   * once rather than the page loader, then the page in a second pass. Does nothing for an area that is off.
   */
  preload: (pattern: string) => Promise<void>;
}

/**
 * The route table. Each area is a lazy module, so a page's code and strings load when it is first visited; a
 * feature flag that is off removes its route along with its nav entry. Called once per app: the lazy pages it
 * makes keep their loaded modules for the app's lifetime.
 */
export function createRoutes(
  features: PortalConfig['features'],
  i18n: I18n,
  areas: readonly Area[] = allAreas,
): ReactElement {
  return createRouteTable(features, i18n, areas).routes;
}

export function createRouteTable(
  features: PortalConfig['features'],
  i18n: I18n,
  areas: readonly Area[] = allAreas,
): RouteTable {
  const pages = enabledAreas(areas, features).map((area) => {
    const page = loadOnce(async () => {
      const [Component] = await Promise.all([area.load(), loadAreaStrings(i18n, area.strings)]);
      return Component;
    });
    return { pattern: area.pattern, page, Page: lazyPage(page) };
  });
  const preload = async (pattern: string) => {
    await pages.find((candidate) => candidate.pattern === pattern)?.page.load();
  };
  const routes = (
    // Errors in the layout itself: no shell to keep, the error page alone.
    <RouteBoundary>
      <Routes>
        <Route element={<AppLayout />}>
          <Route element={<PageBoundary />}>
            <Route index element={<Navigate to={paths.sessions()} replace />} />
            {pages.map(({ pattern, Page }) => (
              <Route key={pattern} path={pattern} element={<Page />} />
            ))}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </RouteBoundary>
  );
  return { routes, preload };
}

/** A page that fails (or whose chunk fails to load) shows the error page inside the shell; the shell stays. */
function PageBoundary() {
  return (
    <RouteBoundary>
      {/* For anything inside a page that suspends without a boundary of its own. */}
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
    </RouteBoundary>
  );
}

/**
 * "Try again" renders the children afresh; going anywhere else (or back) clears the error too. Either way a page
 * whose chunk failed mounts again, and so loads again.
 */
function RouteBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <ErrorBoundary FallbackComponent={RouteErrorPage} resetKeys={[location.key]}>
      {children}
    </ErrorBoundary>
  );
}

/**
 * A page whose code loads when it first mounts, with the page loader meanwhile. Not React.lazy: a page that
 * suspends shows its Suspense fallback, and React then holds the page back until 300 ms after the fallback
 * appeared, which every full load of the portal would wait. A failed load goes to the page's error boundary and
 * is not remembered, so the page loads afresh when the boundary mounts it again — not before, so a failure is
 * shown once rather than fetched again in a loop.
 */
function lazyPage(page: LoadOnce<ComponentType>): ComponentType {
  // `page`: one load shared by the mounts of a page (StrictMode mounts twice) and preload, forgotten when it fails.
  return function AreaPage() {
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
          if (isCurrent) setFailure(error instanceof Error ? error : new Error(String(error)));
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
