import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders, type AppServices } from './providers';
import { createRoutes } from './routes';

export function App(services: AppServices) {
  const [router] = useState(() =>
    createBrowserRouter(createRoutes(services.config.features, services.i18n), {
      basename: import.meta.env.BASE_URL,
    }),
  );
  return (
    <AppProviders {...services}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
