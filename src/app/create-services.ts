import { createApiClient } from '../api/http/client';
import { createQueryClient } from '../api/query-client';
import type { DemoAccount } from '../auth/auth-controller';
import { AuthStore } from '../auth/auth-store';
import { createAuth } from '../auth/create-auth';
import type { PortalConfig } from '../config/config-schema';
import { createI18n } from '../i18n/i18n';
import type { Language } from '../i18n/translation';
import type { AppServices } from './providers';

interface ServiceOptions {
  demoAccounts?: readonly DemoAccount[];
  language?: Language;
}

/** Wires config → token store → HTTP client → sign-in mode; the same wiring in the app and in tests. */
export async function createServices(config: PortalConfig, options: ServiceOptions = {}): Promise<AppServices> {
  const store = new AuthStore();
  const api = createApiClient({
    services: config.services,
    getToken: store.getToken,
    onUnauthorized: store.expired,
  });
  const auth = await createAuth(config, store, api, options.demoAccounts);
  await auth.restore();
  return { config, api, auth, queryClient: createQueryClient(), i18n: createI18n(options.language) };
}
