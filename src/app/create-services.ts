import { createApiClient } from '../api/http/client';
import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '../api/query-client';
import type { DemoAccount } from '../auth/auth-controller';
import { AuthStore } from '../auth/auth-store';
import { createAuth } from '../auth/create-auth';
import type { PortalConfig } from '../config/config-schema';
import { prepareI18n } from '../i18n/i18n';
import type { Language } from '../i18n/translation';
import type { AppServices } from './providers';

interface ServiceOptions {
  demoAccounts?: readonly DemoAccount[];
  language?: Language;
}

/** Wires config → token store → HTTP client → sign-in mode; the same wiring in the app and in tests. */
export async function createServices(
  config: PortalConfig,
  options: ServiceOptions = {},
): Promise<AppServices> {
  const store = new AuthStore();
  const queryClient = createQueryClient();
  forgetDataOfPreviousUser(store, queryClient);
  const api = createApiClient({
    services: config.services,
    getToken: store.getToken,
    onUnauthorized: store.expired,
  });
  const auth = await createAuth(config, store, api, options.demoAccounts);
  await auth.restore();
  return { config, api, auth, queryClient, i18n: await prepareI18n(options.language) };
}

/**
 * Nothing of one user's data may show for the next: on sign-out or a change of user the cache is emptied before
 * React renders the new state (this listener is registered before any component subscribes).
 */
function forgetDataOfPreviousUser(store: AuthStore, queryClient: QueryClient) {
  let lastUser: string | undefined;
  store.subscribe(() => {
    const state = store.getState();
    const user = state.status === 'signedOut' ? undefined : state.user.username;
    if (user !== lastUser && lastUser !== undefined) queryClient.clear();
    lastUser = user;
  });
}
