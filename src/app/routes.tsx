import { Navigate, type RouteObject } from 'react-router';
import type { PortalConfig } from '../config/config-schema';
import { paths } from '../lib/paths';
import { areas, enabledAreas } from './areas';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from '../components/not-found-page';
import { PageLoader } from './page-loader';
import { RouteErrorPage } from './route-error-page';

/**
 * The route table. Each area is a lazy module, so a page's code loads when it is first visited; a feature
 * flag that is off removes its route along with its nav entry.
 */
export function createRoutes(features: PortalConfig['features']): RouteObject[] {
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
              lazy: async () => ({ Component: await area.load() }),
            })),
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}
