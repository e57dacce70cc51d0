import type { AuthState, AuthStore, AuthUser } from './auth-store';

export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  role: 'member' | 'pi' | 'trainee';
}

/**
 * Work to start beside a restore's check of the tab's token, with that token, so it need not wait a round trip
 * for the answer; returns what undoes it when the check fails.
 */
export type BesideCheck = (token: string) => () => void;

interface BaseAuth {
  store: AuthStore;
  /**
   * Reads a previous sign-in (token in this tab, OIDC callback) before the first render. `beside` starts with
   * the check of the tab's token (cadc and demo sign-in). Not with a check of the site's cookie: a browser
   * without one would send a second refused call at every signed-out start. OIDC reads its user without a call.
   */
  restore: (beside?: BesideCheck) => Promise<void>;
  /** Signs out: forgets the token and, in OIDC mode, ends the provider's session. */
  signOut: () => Promise<void>;
  /** Forgets this tab's sign-in only, without leaving the page (another tab signed out, or in as someone else). */
  forget: () => Promise<void>;
}

export interface CadcAuth extends BaseAuth {
  mode: 'cadc';
  signIn: (username: string, password: string) => Promise<void>;
  /** The site's sign-in page, returning to `returnTo` (absolute), when `auth.cadc.loginUrl` is configured. */
  siteSignInUrl?: (returnTo: string) => string;
  /**
   * False for a cookie session without a configured site sign-out: the cookie would outlive a sign-out here,
   * so the portal must not offer one.
   */
  canSignOut: () => boolean;
  /** A cookie session's check that the site's cookie still names this user (`CookieUserCheck.confirm`). */
  confirmUser?: () => Promise<boolean>;
}

export interface MockAuth extends BaseAuth {
  mode: 'mock';
  accounts: readonly DemoAccount[];
  signInAs: (username: string) => Promise<void>;
}

export interface OidcAuth extends BaseAuth {
  mode: 'oidc';
  /** Leaves for the identity provider; comes back to `returnTo`. */
  signIn: (returnTo: string) => Promise<void>;
  /** Tries to renew without leaving the page; false when the provider needs the user. */
  renewSilently: () => Promise<boolean>;
}

export type AuthController = CadcAuth | MockAuth | OidcAuth;
export type { AuthState, AuthUser };
