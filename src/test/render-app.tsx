import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { demoAccounts } from '../../mocks/platform/users';
import { resetFakePlatform, tokenFor } from '../../mocks/node';
import { createServices } from '../app/create-services';
import { storeToken } from '../auth/token-storage';
import { AppProviders } from '../app/providers';
import { createRoutes } from '../app/routes';
import { parseConfig } from '../config/load-config';
import type { Language } from '../i18n/translation';
import './fake-platform';
import { testServices } from './test-api';

export interface RenderAppOptions {
  /** The URL the app opens at. */
  route?: string;
  /** config.json as a deployer would write it; services are made absolute for Node's fetch. */
  config?: Record<string, unknown>;
  /** Signed in as this demo user (through a stored token and whoami), or signed out with null. */
  signedInAs?: string | null;
  language?: Language;
  scenario?: string;
}

/** The whole app, through the real providers and routes, against the fake platform. */
export async function renderApp(options: RenderAppOptions = {}) {
  const { route = '/', config: rawConfig = {}, signedInAs = 'jdoe', language = 'en', scenario } = options;
  if (scenario) resetFakePlatform(scenario);
  const parsed = parseConfig(rawConfig);
  if (!parsed.ok) throw new Error(`test config is invalid: ${JSON.stringify(parsed)}`);
  const config = { ...parsed.config, services: testServices() };
  if (signedInAs) storeToken(tokenFor(signedInAs));

  // Chunks the app loads lazily (sign-in, the Mantine stylesheets beyond the first page's): importing them here
  // keeps a test's first findBy… about what it checks rather than a cold compile on a busy machine.
  await Promise.all([
    import('../features/sign-in/sign-in-screen'),
    import('../features/sign-in/reauth-modal'),
    import('../components/styles/mantine-rest'),
  ]);
  const appServices = await createServices(config, { demoAccounts: demoAccounts(), language });
  appServices.queryClient.setDefaultOptions({
    queries: { retry: false, staleTime: 0 },
    mutations: { retry: false },
  });
  const router = createMemoryRouter(createRoutes(config.features, appServices.i18n), {
    initialEntries: [route],
  });
  const user = userEvent.setup();
  const result = render(
    <AppProviders {...appServices} mantineEnv="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, user, router, services: appServices };
}
