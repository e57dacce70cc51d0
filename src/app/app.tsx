import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { appBasePath } from '../lib/base-path';
import { AppProviders, type AppServices } from './providers';
import { createRoutes } from './routes';

export function App(services: AppServices) {
  const [routes] = useState(() => createRoutes(services.config.features, services.i18n));
  return (
    <AppProviders {...services}>
      <BrowserRouter basename={appBasePath()}>{routes}</BrowserRouter>
    </AppProviders>
  );
}
