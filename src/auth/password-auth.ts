import { login, whoami } from '../api/ac/ac-api';
import type { WhoAmI } from '../api/ac/whoami-schema';
import { isApiError } from '../api/http/api-error';
import type { ApiClient } from '../api/http/client';
import type { BesideCheck, CadcAuth, DemoAccount, MockAuth } from './auth-controller';
import type { AuthStore, AuthUser } from './auth-store';
import { portalHomeUrl, sitePageUrl } from './site-pages';
import {
  clearStoredToken,
  markLeftSignedOut,
  readStoredToken,
  recordSignIn,
  recordSignOut,
  storeToken,
  storedSignInUser,
  wasLeftSignedOut,
} from './token-storage';

/** `auth.cadc` in config.json: the site's sign-in and sign-out pages. */
export interface SitePages {
  loginUrl?: string | undefined;
  logoutUrl?: string | undefined;
}

/** Leaves the portal for another page (the site's sign-out); tests pass their own. */
export type Navigate = (url: string) => void;

const leave: Navigate = (url) => {
  window.location.assign(url);
};

/** The user whoami names. */
export function toUser(who: WhoAmI): AuthUser {
  const fullName = [who.firstName, who.lastName].filter(Boolean).join(' ');
  return { username: who.username, displayName: fullName || who.username, email: who.email };
}

const isUnauthorized = (error: unknown) => isApiError(error) && error.status === 401;

/**
 * CADC sign-in (and the demo sign-in, which uses the same ac calls against the fake platform). With
 * `useCookie` (cadc mode), a start without a token of this tab asks whoami with none: through the same-origin
 * proxy the browser sends the site's CADC_SSO cookie itself, and a 200 is a cookie session.
 */
function createPasswordSession(store: AuthStore, api: ApiClient, useCookie = false) {
  async function signIn(username: string, password: string): Promise<void> {
    const token = await login(api, username, password);
    const who = await whoami(api, token);
    storeToken(token, who.username);
    store.signedIn(toUser(who), token);
  }

  /** whoami with the tab's `token`, with `beside` started alongside and undone when it fails. */
  async function check(token: string, beside: BesideCheck | undefined): Promise<WhoAmI> {
    const undo = beside?.(token);
    try {
      return await whoami(api, token);
    } catch (error: unknown) {
      undo?.();
      throw error;
    }
  }

  async function restore(beside?: BesideCheck): Promise<void> {
    // A token this tab signed in with comes first: the user chose it over the site's cookie. None when someone
    // signed out in this browser after it was stored (a closed tab reopened, one that missed the sign-out).
    const token = readStoredToken();
    if (token) {
      try {
        store.signedIn(toUser(await check(token, beside)), token);
        return;
      } catch (error: unknown) {
        clearStoredToken();
        // An expired token is an ordinary signed-out start (or a cookie one); anything else is worth saying.
        if (!isUnauthorized(error)) {
          store.signedOut(error);
          return;
        }
      }
    }
    if (!useCookie) return;
    try {
      const who = await whoami(api, null);
      recordSignIn(who.username);
      store.signedInWithCookie(toUser(who));
    } catch (error: unknown) {
      // 401: no cookie, or an expired one; the sign-in form shows.
      store.signedOut(isUnauthorized(error) ? undefined : error);
    }
  }

  /** Forgets this tab's sign-in: nothing is held outside the tab. */
  function forget(): Promise<void> {
    clearStoredToken();
    store.signedOut();
    return Promise.resolve();
  }

  /**
   * Signing out also voids, from now on, every copy of a sign-in stored in this browser's tabs, a closed tab
   * that is reopened included. Not `forget`: a tab told of another's sign-in must not void that one.
   */
  function signOut(): Promise<void> {
    recordSignOut();
    return forget();
  }

  return { signIn, restore, signOut, forget };
}

export function createCadcAuth(
  store: AuthStore,
  api: ApiClient,
  pages: SitePages = {},
  navigate: Navigate = leave,
): CadcAuth {
  const session = createPasswordSession(store, api, true);
  const { loginUrl, logoutUrl } = pages;

  function signOut(): Promise<void> {
    const wasCookie = store.isCookieSession();
    // Signed out here, and in the other tabs, before the page leaves.
    void session.signOut();
    // Only the site can clear its HttpOnly cookie: without this the next start would be signed in again.
    if (wasCookie && logoutUrl) navigate(sitePageUrl(logoutUrl, portalHomeUrl()));
    return Promise.resolve();
  }

  return {
    mode: 'cadc',
    store,
    signIn: session.signIn,
    restore: session.restore,
    signOut,
    forget: session.forget,
    canSignOut: () => !store.isCookieSession() || logoutUrl !== undefined,
    ...(loginUrl === undefined
      ? {}
      : { siteSignInUrl: (returnTo: string) => sitePageUrl(loginUrl, returnTo) }),
  };
}

/**
 * The demo's sign-in. `startAs`: the demo user the tab's address asks for (a workshop link's `demo-user`), whom
 * a signed-out tab opens as, rather than as the first user and then again as them: each sign-in is told to the
 * browser's other tabs, and the first would sign out that user's other tabs.
 */
export function createMockAuth(
  store: AuthStore,
  api: ApiClient,
  accounts: readonly DemoAccount[],
  startAs?: string,
): MockAuth {
  const session = createPasswordSession(store, api);
  async function signInAs(username: string): Promise<void> {
    const account = accounts.find((candidate) => candidate.username === username);
    if (!account) throw new Error(`no demo user ${username}`);
    await session.signIn(account.username, account.password);
  }
  async function restore(beside?: BesideCheck): Promise<void> {
    // read first: a token the fake platform no longer accepts is removed, with its user, as the start tries it
    const tabUser = storedSignInUser();
    await session.restore(beside);
    // A demo opens signed in, as the user its address asks for, else as the tab's own user whose sign-in has
    // expired (a reload must not turn a trainee into someone else, on that person's pages), else the first
    // seeded user; not a tab its user left signed out, where the next person (at a lab's computer) picks who
    // they are, unless a link does.
    const find = (username: string | undefined) => accounts.find((account) => account.username === username);
    const opening = find(startAs) ?? find(tabUser) ?? (wasLeftSignedOut() ? undefined : accounts[0]);
    if (store.getState().status !== 'signedOut' || !opening) return;
    try {
      await signInAs(opening.username);
    } catch (error: unknown) {
      // The user picker says why, in the page's language, and a pick tries again: not a start that failed.
      store.signedOut(error);
    }
  }
  /** The tab's user leaves (here, or in another tab: `forget`); the tab stays signed out until a sign-in. */
  const leaving = (leave: () => Promise<void>) => () => {
    markLeftSignedOut();
    return leave();
  };
  return {
    mode: 'mock',
    store,
    accounts,
    signInAs,
    restore,
    signOut: leaving(session.signOut),
    forget: leaving(session.forget),
  };
}
