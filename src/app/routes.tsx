import type { i18n as I18n } from 'i18next';
import { Navigate, type RouteObject } from 'react-router';
import type { PortalConfig } from '../config/config-schema';
import { loadAreaStrings } from '../i18n/i18n';
import { paths } from '../lib/paths';
import { areas, enabledAreas } from './areas';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from '../components/not-found-page';
import { PageLoader } from './page-loader';
import { RouteErrorPage } from './route-error-page';

/**
 * The route table. Each area is a lazy module, so a page's code and strings load when it is first visited; a
 * feature flag that is off removes its route along with its nav entry.
 */
export function createRoutes(features: PortalConfig['features'], i18n: I18n): RouteObject[] {
  return [
    {
      element: <AppLayout />,
      errorElement: <RouteErrorPage />,
      // Shown while the first route's lazy module loads.
      hydrateFallbackElement: <PageLoader />,
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [
            { index: true, element: <Navigate to={paths.sessions()} replace /> },
            ...enabledAreas(areas, features).map((area): RouteObject => ({
              path: area.pattern,
              lazy: async () => {
                const [Component] = await Promise.all([area.load(), loadAreaStrings(i18n, area.strings)]);
                return { Component };
              },
            })),
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}
