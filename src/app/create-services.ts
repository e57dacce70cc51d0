import { createApiClient } from '../api/http/client';
import { createQueryClient } from '../api/query-client';
import type { DemoAccount } from '../auth/auth-controller';
import { connectAuthBroadcast, type AuthChannel } from '../auth/auth-broadcast';
import { AuthStore } from '../auth/auth-store';
import { watchCookieUser, type CookieUserCheck } from '../auth/cookie-user-check';
import { createAuth } from '../auth/create-auth';
import { onUserArrival, onUserChange } from '../auth/user-change';
import { forgetOthersRememberedLaunches, forgetRememberedLaunches } from '../lib/preferences';
import type { PortalConfig } from '../config/config-schema';
import { detectLanguage } from '../i18n/detect-language';
import { prefetchAreaStrings, prepareI18n } from '../i18n/i18n';
import type { Language } from '../i18n/translation';
import { prefetchDashboard } from './dashboard-prefetch';
import { opensDashboard } from './start-path';
import type { DemoPlatform } from './demo/demo-platform';
import type { AppServices } from './providers';

interface ServiceOptions {
  demoAccounts?: readonly DemoAccount[];
  /** The demo user the address asks for (`?demo-user=`), whom a signed-out tab opens as. */
  demoStartUser?: string | undefined;
  /** The demo's fake platform, in demo mode only. */
  demo?: DemoPlatform | undefined;
  language?: Language;
  /** Where this tab hears of other tabs' sign-ins and sign-outs (the app opens one; tests may pass their own). */
  authChannel?: AuthChannel | undefined;
  /**
   * The address the app opens, which decides what is asked for beside the sign-in check (the dashboard's
   * session list): the page's own by default; `null` asks for nothing early (tests that render a route of
   * their own in a memory router).
   */
  startPath?: string | null;
  /** The HTTP client's fetch (the start's early answers, app/early-requests.ts); the browser's by default. */
  fetch?: typeof fetch;
}

/** Wires config → token store → HTTP client → sign-in mode; the same wiring in the app and in tests. */
export async function createServices(
  config: PortalConfig,
  options: ServiceOptions = {},
): Promise<AppServices> {
  const store = new AuthStore();
  const queryClient = createQueryClient();
  // Set once the sign-in mode is known (cadc only): the client tells it of a cookie call refused with 403.
  let cookieUser: CookieUserCheck | undefined;
  // Ended, and made anew, whenever the user this tab works for changes (api.forCurrentUser).
  let userWork = new AbortController();
  const api = createApiClient({
    services: config.services,
    getToken: store.getToken,
    isCookieSession: store.isCookieSession,
    isSignInExpired: () => store.getState().status === 'expired',
    userWork: () => userWork.signal,
    onUnauthorized: store.expired,
    onCookieForbidden: (_error, url) => {
      void cookieUser?.afterForbidden(url);
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  // Registered before any component subscribes, so the cache is empty before React renders the new user.
  onUserChange(store, (previousUser) => {
    userWork.abort();
    userWork = new AbortController();
    queryClient.clear();
    forgetRememberedLaunches(previousUser);
  });
  // A user who left by closing the tab was never seen leaving: whoever comes next does not find their launches.
  onUserArrival(store, forgetOthersRememberedLaunches);
  let auth = await createAuth(config, store, api, options.demoAccounts, options.demoStartUser);
  if (options.authChannel) connectAuthBroadcast(store, options.authChannel, auth.forget);
  if (auth.mode === 'cadc') {
    const check = watchCookieUser(store, api, auth.forget, config.services.storage);
    cookieUser = check;
    auth = { ...auth, confirmUser: check.confirm };
  }
  const startPath = options.startPath === undefined ? window.location.pathname : options.startPath;
  const atDashboard = startPath !== null && opensDashboard(startPath);
  const language = options.language ?? detectLanguage();
  // The strings beside the sign-in check, not after it: a language other than English is a chunk to fetch.
  if (atDashboard) prefetchAreaStrings(language, 'sessions');
  const [i18n] = await Promise.all([
    prepareI18n(language),
    auth.restore(atDashboard ? prefetchDashboard(queryClient, api) : undefined),
  ]);
  return { config, api, auth, queryClient, i18n, demo: options.demo };
}
