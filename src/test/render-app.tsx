import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useLayoutEffect } from 'react';
import { MemoryRouter, useLocation, useNavigate, type Location, type NavigateFunction } from 'react-router';
import { demoAccounts } from '../../mocks/platform/users';
import { resetFakePlatform, tokenFor } from '../../mocks/node';
import type { Area } from '../app/areas';
import { createServices } from '../app/create-services';
import { storeToken } from '../auth/token-storage';
import { AppProviders } from '../app/providers';
import { createRouteTable } from '../app/routes';
import { parseConfig } from '../config/load-config';
import type { Language } from '../i18n/translation';
import './fake-platform';
import { testServices } from './test-api';

/** The wait for a test's first page: it loads its route's code, which a busy machine takes seconds to do. */
export const FIRST_LOAD = { timeout: 8_000 };

export interface RenderAppOptions {
  /** The URL the app opens at. */
  route?: string;
  /** config.json as a deployer would write it; services are made absolute for Node's fetch. */
  config?: Record<string, unknown>;
  /** Signed in as this demo user (through a stored token and whoami), or signed out with null. */
  signedInAs?: string | null;
  language?: Language;
  scenario?: string;
  /** The area table the routes are built from; the real one unless a test needs a page it controls. */
  areas?: readonly Area[];
  /** Under StrictMode, as `npm start` runs the app: every component mounts, unmounts and mounts again. */
  strictMode?: boolean;
  /** The route pattern of an area whose page is loaded before the first render, as main.tsx does for the dashboard. */
  preload?: string;
}

/** What tests read and drive the router through: the current location, and navigation as a user would. */
export interface TestRouter {
  state: { location: Location };
  /**
   * An address, or a step back (-1) or forward (1) in the history, as the browser's buttons go; `state` is the
   * history state an app's own navigation would write with the address.
   */
  navigate: (to: string | number, state?: unknown) => Promise<void>;
}

/** The whole app, through the real providers and routes, against the fake platform. */
export async function renderApp(options: RenderAppOptions = {}) {
  const {
    route = '/',
    config: rawConfig = {},
    signedInAs = 'jdoe',
    language = 'en',
    scenario,
    areas,
    strictMode = false,
    preload,
  } = options;
  if (scenario) resetFakePlatform(scenario);
  const parsed = parseConfig(rawConfig);
  if (!parsed.ok) throw new Error(`test config is invalid: ${JSON.stringify(parsed)}`);
  const config = { ...parsed.config, services: testServices() };
  if (signedInAs) storeToken(tokenFor(signedInAs), signedInAs);

  // Chunks the app loads lazily (sign-in, the Mantine stylesheets beyond the first page's): importing them here
  // keeps a test's first findBy… about what it checks rather than a cold compile on a busy machine.
  await Promise.all([
    import('../features/sign-in/sign-in-screen'),
    import('../features/sign-in/reauth-modal'),
    import('../components/styles/mantine-rest'),
  ]);
  // The route is the memory router's, not the page's: nothing is asked for before the app renders it.
  const appServices = await createServices(config, {
    demoAccounts: demoAccounts(),
    language,
    startPath: null,
  });
  appServices.queryClient.setDefaultOptions({
    queries: { retry: false, staleTime: 0 },
    mutations: { retry: false },
  });
  const table = createRouteTable(config.features, appServices.i18n, areas);
  if (preload !== undefined) await table.preload(preload);
  const probe = createRouterProbe();
  const user = userEvent.setup();
  const app = (
    <AppProviders {...appServices} mantineEnv="test">
      <MemoryRouter initialEntries={[route]}>
        <probe.Probe />
        {table.routes}
      </MemoryRouter>
    </AppProviders>
  );
  const result = render(strictMode ? <StrictMode>{app}</StrictMode> : app);
  const { router } = probe;
  return { ...result, user, router, services: appServices };
}

/** A component inside the router that keeps `router` up to date with the location and lends it navigate(). */
function createRouterProbe() {
  let navigateTo: NavigateFunction | undefined;
  const router: TestRouter = {
    // Replaced by the probe's first render, which happens within render().
    state: { location: { pathname: '/', search: '', hash: '', state: null, key: 'default' } },
    navigate: async (to, state) => {
      if (!navigateTo) throw new Error('the app is not rendered');
      const go = navigateTo;
      await act(async () => {
        await (typeof to === 'number' ? go(to) : go(to, { state }));
      });
    },
  };
  function Probe() {
    const location = useLocation();
    const navigate = useNavigate();
    useLayoutEffect(() => {
      router.state = { location };
      navigateTo = navigate;
    }, [location, navigate]);
    return null;
  }
  return { router, Probe };
}
