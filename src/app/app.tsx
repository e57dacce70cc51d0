import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { AppProviders, type AppServices } from './providers';
import { createRoutes } from './routes';

export function App(services: AppServices) {
  const [routes] = useState(() => createRoutes(services.config.features, services.i18n));
  return (
    <AppProviders {...services}>
      <BrowserRouter basename={import.meta.env.BASE_URL}>{routes}</BrowserRouter>
    </AppProviders>
  );
}
