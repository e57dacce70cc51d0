import type { i18n as I18n } from 'i18next';
import { Suspense, type ReactElement, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import type { PortalConfig } from '../config/config-schema';
import { loadAreaStrings } from '../i18n/i18n';
import { loadOnce } from '../lib/load-once';
import { paths } from '../lib/paths';
import { areas as allAreas, enabledAreas, type Area } from './areas';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from '../components/not-found-page';
import { lazyPage } from './lazy-page';
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
