import type { ApiClient } from '../api/http/client';
import type { PortalConfig } from '../config/config-schema';
import type { AuthController, DemoAccount } from './auth-controller';
import type { AuthStore } from './auth-store';
import { createCadcAuth, createMockAuth } from './password-auth';

/** The configured sign-in mode behind the one AuthController interface. */
export async function createAuth(
  config: PortalConfig,
  store: AuthStore,
  api: ApiClient,
  demoAccounts: readonly DemoAccount[] = [],
  /** The demo user the address asks for (password-auth.ts, `createMockAuth`). */
  demoStartUser?: string,
): Promise<AuthController> {
  switch (config.auth.mode) {
    case 'cadc':
      return createCadcAuth(store, api, config.auth.cadc);
    case 'mock':
      return createMockAuth(store, api, demoAccounts, demoStartUser);
    case 'oidc': {
      if (!config.auth.oidc) throw new Error('auth.oidc is required when auth.mode is "oidc"');
      // Only OIDC deployments load the OIDC code (and, from it, oidc-client-ts).
      const { createOidcAuth } = await import('./oidc-auth');
      return createOidcAuth(store, config.auth.oidc);
    }
  }
}
