import type { ReactElement } from 'react';
import { BrowserRouter } from 'react-router';
import { appBasePath } from '../lib/base-path';
import { AppProviders, type AppServices } from './providers';

/** `routes`: the route table (createRouteTable), made once per app before its first render. */
export function App({ routes, ...services }: AppServices & { routes: ReactElement }) {
  return (
    <AppProviders {...services}>
      <BrowserRouter basename={appBasePath()}>{routes}</BrowserRouter>
    </AppProviders>
  );
}
