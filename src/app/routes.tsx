import type { i18n as I18n } from 'i18next';
import {
  lazy,
  Suspense,
  type ComponentType,
  type LazyExoticComponent,
  type ReactElement,
  type ReactNode,
} from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import type { PortalConfig } from '../config/config-schema';
import { loadAreaStrings } from '../i18n/i18n';
import { paths } from '../lib/paths';
import { areas as allAreas, enabledAreas, type Area } from './areas';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from '../components/not-found-page';
import { PageLoader } from './page-loader';
import { RouteErrorPage } from './route-error-page';

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
  const pages = enabledAreas(areas, features).map((area) => ({
    pattern: area.pattern,
    ...lazyPage(async () => {
      const [Component] = await Promise.all([area.load(), loadAreaStrings(i18n, area.strings)]);
      return Component;
    }),
  }));
  const retryFailedPages = () => {
    for (const page of pages) page.retryIfFailed();
  };
  return (
    // Errors in the layout itself: no shell to keep, the error page alone.
    <RouteBoundary onReset={retryFailedPages}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route element={<PageBoundary onReset={retryFailedPages} />}>
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
}

/** A page that fails (or whose chunk fails to load) shows the error page inside the shell; the shell stays. */
function PageBoundary({ onReset }: { onReset: () => void }) {
  return (
    <RouteBoundary onReset={onReset}>
      {/* Also what the first load shows while the first area's chunk arrives. */}
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
    </RouteBoundary>
  );
}

/** "Try again" renders the children again; going anywhere else (or back) clears the error too. */
function RouteBoundary({ children, onReset }: { children: ReactNode; onReset: () => void }) {
  const location = useLocation();
  return (
    <ErrorBoundary FallbackComponent={RouteErrorPage} resetKeys={[location.key]} onReset={onReset}>
      {children}
    </ErrorBoundary>
  );
}

/**
 * A page loaded when it first renders. React.lazy remembers a failed load for good, so a page whose chunk could
 * not be fetched (offline, a deploy replaced it) starts a fresh load when its error is cleared ("Try again", or
 * going elsewhere) — not before, so a failure is shown once rather than fetched again in a loop.
 */
function lazyPage(load: () => Promise<ComponentType>) {
  let hasFailed = false;
  const startLoad = () =>
    lazy(async () => {
      try {
        return { default: await load() };
      } catch (error: unknown) {
        hasFailed = true;
        throw error;
      }
    });
  let Current: LazyExoticComponent<ComponentType> = startLoad();
  const AreaPage = () => <Current />;
  return {
    Page: AreaPage,
    retryIfFailed: () => {
      if (!hasFailed) return;
      hasFailed = false;
      Current = startLoad();
    },
  };
}
