import { login, whoami } from '../api/ac/ac-api';
import type { WhoAmI } from '../api/ac/whoami-schema';
import { isApiError } from '../api/http/api-error';
import type { ApiClient } from '../api/http/client';
import type { CadcAuth, DemoAccount, MockAuth } from './auth-controller';
import type { AuthStore, AuthUser } from './auth-store';
import { clearStoredToken, readStoredToken, storeToken } from './token-storage';

function toUser(who: WhoAmI): AuthUser {
  const fullName = [who.firstName, who.lastName].filter(Boolean).join(' ');
  return { username: who.username, displayName: fullName || who.username, email: who.email };
}

/** CADC sign-in (and the demo sign-in, which uses the same ac calls against the fake platform). */
function createPasswordSession(store: AuthStore, api: ApiClient) {
  async function signIn(username: string, password: string): Promise<void> {
    const token = await login(api, username, password);
    const who = await whoami(api, token);
    storeToken(token);
    store.signedIn(toUser(who), token);
  }

  async function restore(): Promise<void> {
    const token = readStoredToken();
    if (!token) return;
    try {
      store.signedIn(toUser(await whoami(api, token)), token);
    } catch (error: unknown) {
      clearStoredToken();
      // An expired token is an ordinary signed-out start; anything else is worth saying.
      store.signedOut(isApiError(error) && error.status === 401 ? undefined : error);
    }
  }

  function signOut(): Promise<void> {
    clearStoredToken();
    store.signedOut();
    return Promise.resolve();
  }

  // Nothing is held outside this tab, so forgetting the sign-in is signing out.
  return { signIn, restore, signOut, forget: signOut };
}

export function createCadcAuth(store: AuthStore, api: ApiClient): CadcAuth {
  return { mode: 'cadc', store, ...createPasswordSession(store, api) };
}

export function createMockAuth(store: AuthStore, api: ApiClient, accounts: readonly DemoAccount[]): MockAuth {
  const session = createPasswordSession(store, api);
  async function signInAs(username: string): Promise<void> {
    const account = accounts.find((candidate) => candidate.username === username);
    if (!account) throw new Error(`no demo user ${username}`);
    await session.signIn(account.username, account.password);
  }
  async function restore(): Promise<void> {
    await session.restore();
    // A demo opens signed in, as the first seeded user.
    const first = accounts[0];
    if (store.getState().status === 'signedOut' && first) await signInAs(first.username);
  }
  return {
    mode: 'mock',
    store,
    accounts,
    signInAs,
    restore,
    signOut: session.signOut,
    forget: session.forget,
  };
}
