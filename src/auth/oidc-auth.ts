import type { User, UserManager } from 'oidc-client-ts';
import type { PortalConfig } from '../config/config-schema';
import { appBasePath } from '../lib/base-path';
import type { OidcAuth } from './auth-controller';
import type { AuthStore, AuthUser } from './auth-store';
import {
  forgetSignedInAs,
  isStoredSignInVoid,
  markSignedIn,
  oidcStateStorage,
  recordSignOut,
} from './token-storage';

export const OIDC_CALLBACK_PATH = 'auth/callback';

/**
 * A sign-in that a service refuses again this soon after a silent renewal is refused for a reason a fresh
 * token does not cure (a proxy that does not take it): renewing again would loop, a renewal and a refetch of
 * every query each round, so the user is asked instead.
 */
export const SILENT_RENEWAL_GRACE_MS = 60_000;

type OidcSettings = NonNullable<PortalConfig['auth']['oidc']>;

function toUser(user: User): AuthUser {
  const profile = user.profile;
  const username = profile.preferred_username ?? profile.sub;
  return { username, displayName: profile.name ?? username, email: profile.email };
}

/**
 * Where a sign-in comes back to: `state`, the route the user left (the router's, `/storage/home/jdoe?…`,
 * without the app's base path), under `base`. Anything that would resolve outside the app (a crafted state,
 * `//host`, a tab the URL parser drops) comes back to the app's home instead.
 */
export function oidcReturnUrl(state: unknown, base: URL): string {
  if (typeof state !== 'string' || !state.startsWith('/') || /^\/[/\\]|[\t\n\r]/.test(state))
    return base.pathname;
  const url = new URL(state.slice(1), base);
  return url.origin === base.origin && url.pathname.startsWith(base.pathname)
    ? `${url.pathname}${url.search}${url.hash}`
    : base.pathname;
}

/** Authorization code + PKCE with a public client (oidc-client-ts always uses S256 for `code`). */
export async function createOidcAuth(store: AuthStore, settings: OidcSettings): Promise<OidcAuth> {
  // Loaded only in OIDC deployments (create-auth imports this module lazily too).
  const { UserManager: Manager, WebStorageStateStore } = await import('oidc-client-ts');
  const base = new URL(appBasePath(), window.location.origin);
  const callbackUrl = new URL(OIDC_CALLBACK_PATH, base);
  const manager: UserManager = new Manager({
    authority: settings.authority,
    client_id: settings.clientId,
    scope: settings.scope,
    response_type: 'code',
    redirect_uri: callbackUrl.href,
    post_logout_redirect_uri: base.href,
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: oidcStateStorage() }),
    stateStore: new WebStorageStateStore({ store: oidcStateStorage() }),
  });

  /** When a token was last renewed, by the library's own timer or by `renewSilently`. */
  let renewedAt: number | undefined;
  /**
   * Signed out or forgotten in this page: a renewal already on its way (the library's timer, a silent renewal)
   * that lands afterwards must not sign the user back in. Only a new page (the provider's redirect) signs in.
   */
  let ended = false;

  manager.events.addUserLoaded((user) => {
    if (ended) {
      // the library has stored what it loaded: its tokens go too
      void manager.removeUser();
      return;
    }
    if (store.getState().status === 'signedOut') {
      store.signedIn(toUser(user), user.access_token, user.id_token);
      return;
    }
    // a renewal, automatic (shortly before expiry) or asked for: a refusal soon after is not cured by another
    renewedAt = Date.now();
    store.renewed(user.access_token, user.id_token);
  });
  manager.events.addAccessTokenExpired(() => {
    store.expired();
  });

  async function restore(): Promise<void> {
    if (window.location.pathname === callbackUrl.pathname) {
      try {
        const user = await manager.signinRedirectCallback();
        markSignedIn(toUser(user).username);
        store.signedIn(toUser(user), user.access_token, user.id_token);
        window.history.replaceState(null, '', oidcReturnUrl(user.state, base));
      } catch (error: unknown) {
        window.history.replaceState(null, '', base.pathname);
        store.signedOut(error);
      }
      return;
    }
    const user = await manager.getUser();
    // Stored before someone signed out in this browser (a closed tab reopened, a tab that missed the sign-out):
    // neither its access token nor its refresh token may be used.
    if (user && isStoredSignInVoid()) {
      await manager.removeUser();
      return;
    }
    if (user && !user.expired) {
      store.signedIn(toUser(user), user.access_token, user.id_token);
      return;
    }
    // A tab reloaded after its access token ran out: the refresh token still renews it, at the same address.
    if (user?.refresh_token) {
      try {
        const renewed = await manager.signinSilent();
        if (renewed) store.signedIn(toUser(renewed), renewed.access_token, renewed.id_token);
      } catch {
        // Refused (revoked, or the provider's session ended): an ordinary signed-out start.
      }
    }
  }

  async function renewSilently(): Promise<boolean> {
    if (renewedAt !== undefined && Date.now() - renewedAt < SILENT_RENEWAL_GRACE_MS) return false;
    try {
      const user = await manager.signinSilent();
      if (!user || ended) return false;
      renewedAt = Date.now();
      store.renewed(user.access_token, user.id_token);
      return true;
    } catch {
      return false;
    }
  }

  return {
    mode: 'oidc',
    store,
    restore,
    renewSilently,
    signIn: (returnTo) => manager.signinRedirect({ state: returnTo }),
    signOut: () => {
      ended = true;
      return signOutAtProvider(manager, store);
    },
    forget: async () => {
      ended = true;
      await manager.removeUser();
      forgetSignedInAs();
      store.signedOut();
    },
  };
}

/**
 * Signing out ends the provider's session too: otherwise "Sign in" would come straight back signed in, as the
 * same person, without asking. The refresh token is revoked first where the provider can (it outlives the
 * session at some providers); revocation needs the stored user, so it comes before anything is forgotten, and
 * while still signed in (oidc-client-ts reloads the user after revoking, which would otherwise sign back in).
 */
async function signOutAtProvider(manager: UserManager, store: AuthStore): Promise<void> {
  try {
    if (await manager.metadataService.getRevocationEndpoint()) await manager.revokeTokens(['refresh_token']);
  } catch {
    // An unreachable revocation endpoint must not keep the user signed in here.
  }
  // Signed out here (and in the other tabs, a closed one that is reopened included) before the page leaves.
  recordSignOut();
  store.signedOut();
  // Forgotten before leaving, so the provider's address carries client_id, not the ID token as
  // id_token_hint: that address stays in the browser's history, and Harbor takes the ID token as a
  // credential until it expires. Without the hint the provider asks the user to confirm.
  await manager.removeUser();
  try {
    // To the configured post_logout_redirect_uri.
    await manager.signoutRedirect();
  } catch {
    // No end-session endpoint (or the provider is unreachable): nothing is left in this tab all the same.
  }
}
