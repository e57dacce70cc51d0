import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthStore } from './auth-store';
import { createOidcAuth, oidcReturnUrl, SILENT_RENEWAL_GRACE_MS } from './oidc-auth';

/** What the portal reads of oidc-client-ts's User. */
interface FakeUser {
  profile: { sub: string; preferred_username?: string; name?: string; email?: string };
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  state?: unknown;
  expired?: boolean;
}

/** What the provider answers in a test, and what the portal asked of it, in order. */
interface Provider {
  calls: string[];
  callbackUser: FakeUser | undefined;
  storedUser: FakeUser | null;
  silentUser: FakeUser | null;
  /** The provider refuses a silent sign-in (a revoked refresh token). */
  isSilentRefused: boolean;
  /** A silent sign-in still on its way: its answer, when the test lets it land. */
  pendingSilent: Promise<FakeUser> | undefined;
  revocationEndpoint: string | undefined;
  userLoaded: ((user: FakeUser) => void)[];
  /** The sign-in state when the page left for the provider's sign-out. */
  statusAtSignOut: string | undefined;
  statusOf: () => string;
}

// oidc-client-ts stands in for the identity provider here (e2e/oidc drives a real one).
const provider = vi.hoisted((): Provider => ({
  calls: [],
  callbackUser: undefined,
  storedUser: null,
  silentUser: null,
  isSilentRefused: false,
  pendingSilent: undefined,
  revocationEndpoint: undefined,
  userLoaded: [],
  statusAtSignOut: undefined,
  statusOf: () => 'unknown',
}));

vi.mock('oidc-client-ts', () => ({
  // Where the library would keep its state: nothing is kept in these tests.
  WebStorageStateStore: class {
    readonly store = 'none';
  },
  UserManager: class {
    events = {
      addUserLoaded: (listener: (user: FakeUser) => void) => {
        provider.userLoaded.push(listener);
      },
      addAccessTokenExpired: () => undefined,
    };
    metadataService = { getRevocationEndpoint: () => Promise.resolve(provider.revocationEndpoint) };
    signinRedirectCallback() {
      provider.calls.push('signinRedirectCallback');
      return provider.callbackUser
        ? Promise.resolve(provider.callbackUser)
        : Promise.reject(new Error('bad state'));
    }
    getUser() {
      return Promise.resolve(provider.storedUser);
    }
    signinSilent() {
      provider.calls.push('signinSilent');
      if (provider.pendingSilent) return provider.pendingSilent;
      return provider.isSilentRefused
        ? Promise.reject(new Error('invalid_grant'))
        : Promise.resolve(provider.silentUser);
    }
    revokeTokens(types: string[]) {
      provider.calls.push(`revokeTokens ${types.join(' ')}`);
      return Promise.resolve();
    }
    signoutRedirect() {
      provider.calls.push('signoutRedirect');
      provider.statusAtSignOut = provider.statusOf();
      return Promise.resolve();
    }
    removeUser() {
      provider.calls.push('removeUser');
      return Promise.resolve();
    }
  },
}));

const SETTINGS = { authority: 'https://id.example.org', clientId: 'portal', scope: 'openid' };
const jdoe = (extra: Partial<FakeUser> = {}): FakeUser => ({
  profile: { sub: 'a1b2', preferred_username: 'jdoe', name: 'Jane Doe' },
  access_token: 'access-1',
  id_token: 'id-1',
  ...extra,
});

async function signInWith() {
  const store = new AuthStore();
  provider.statusOf = () => store.getState().status;
  const auth = await createOidcAuth(store, SETTINGS);
  return { store, auth };
}

describe('OIDC sign-in', () => {
  beforeEach(() => {
    provider.calls = [];
    provider.callbackUser = undefined;
    provider.storedUser = null;
    provider.silentUser = null;
    provider.isSilentRefused = false;
    provider.pendingSilent = undefined;
    provider.revocationEndpoint = 'https://id.example.org/revoke';
    provider.userLoaded = [];
    provider.statusAtSignOut = undefined;
  });
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    vi.useRealTimers();
    sessionStorage.clear();
    localStorage.clear();
  });

  it('comes back from the provider to the page the user left, signed in', async () => {
    window.history.replaceState(null, '', '/auth/callback?code=c&state=s');
    provider.callbackUser = jdoe({ state: '/storage/home/jdoe?sort=size' });
    const { store, auth } = await signInWith();
    await auth.restore();
    expect(store.getState()).toEqual({
      status: 'signedIn',
      user: { username: 'jdoe', displayName: 'Jane Doe', email: undefined },
    });
    expect(store.getToken()).toBe('access-1');
    expect(window.location.pathname + window.location.search).toBe('/storage/home/jdoe?sort=size');
  });

  it.each([
    ['another site', '//evil.example/steal'],
    ['a full address', 'https://evil.example/'],
    ['not a path', 'storage'],
  ])('opens the portal, still signed in, when the returned state names %s', async (_what, state) => {
    // The state comes back through the provider: a crafted one must neither leave the portal nor lose the sign-in.
    window.history.replaceState(null, '', '/auth/callback?code=c&state=s');
    provider.callbackUser = jdoe({ state });
    const { store, auth } = await signInWith();
    await auth.restore();
    expect(store.getState().status).toBe('signedIn');
    expect(window.location.href).toBe(`${window.location.origin}/`);
  });

  it('returns under the app’s base path where it is served from one, and never outside the app', () => {
    const base = new URL('/science-portal/', 'https://www.canfar.net');
    expect(oidcReturnUrl('/storage/home/jdoe?sort=size#top', base)).toBe(
      '/science-portal/storage/home/jdoe?sort=size#top',
    );
    expect(oidcReturnUrl('/', base)).toBe('/science-portal/');
    for (const crafted of [
      '//evil.example/x',
      '/\t/evil.example/x',
      '/\\evil.example',
      'https://evil.example/',
      7,
    ])
      expect(oidcReturnUrl(crafted, base)).toBe('/science-portal/');
  });

  it('stays signed out with a stored sign-in that has expired', async () => {
    provider.storedUser = jdoe({ expired: true });
    const { store, auth } = await signInWith();
    await auth.restore();
    expect(store.getState()).toEqual({ status: 'signedOut' });
    provider.storedUser = jdoe({ expired: false });
    await auth.restore();
    expect(store.getState().status).toBe('signedIn');
  });

  it('renews a stored sign-in whose access token has expired with its refresh token, at the same address', async () => {
    window.history.replaceState(null, '', '/storage/home/jdoe?sort=size');
    provider.storedUser = jdoe({ expired: true, refresh_token: 'refresh-1' });
    provider.isSilentRefused = true;
    const { store, auth } = await signInWith();
    await auth.restore();
    // A refused refresh token is an ordinary signed-out start, with no error to show.
    expect(store.getState()).toEqual({ status: 'signedOut' });
    provider.isSilentRefused = false;
    provider.silentUser = jdoe({ access_token: 'access-2', refresh_token: 'refresh-2' });
    await auth.restore();
    expect(provider.calls).toEqual(['signinSilent', 'signinSilent']);
    expect(store.getState()).toMatchObject({ status: 'signedIn', user: { username: 'jdoe' } });
    expect(store.getToken()).toBe('access-2');
    expect(window.location.pathname + window.location.search).toBe('/storage/home/jdoe?sort=size');
  });

  it('does not renew silently again when the sign-in is refused within a minute of a renewal', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { store, auth } = await signInWith();
    store.signedIn({ username: 'jdoe', displayName: 'Jane Doe' }, 'access-1', 'id-1');
    provider.silentUser = jdoe({ access_token: 'access-2' });
    store.expired();
    expect(await auth.renewSilently()).toBe(true);
    // A service refuses the fresh token too: asking the provider again would loop.
    vi.advanceTimersByTime(SILENT_RENEWAL_GRACE_MS - 1_000);
    store.expired();
    expect(await auth.renewSilently()).toBe(false);
    expect(provider.calls).toEqual(['signinSilent']);
    expect(store.getState().status).toBe('expired');
    vi.advanceTimersByTime(2_000);
    expect(await auth.renewSilently()).toBe(true);
    expect(provider.calls).toEqual(['signinSilent', 'signinSilent']);
    expect(store.getState().status).toBe('signedIn');
  });

  it('counts the library’s own renewal before expiry as a renewal: a refusal right after asks the user', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { store, auth } = await signInWith();
    store.signedIn({ username: 'jdoe', displayName: 'Jane Doe' }, 'access-1', 'id-1');
    // automaticSilentRenew, a minute before the token runs out
    for (const listener of provider.userLoaded) listener(jdoe({ access_token: 'access-2' }));
    expect(store.getToken()).toBe('access-2');
    vi.advanceTimersByTime(10_000);
    store.expired();
    expect(await auth.renewSilently()).toBe(false);
    expect(provider.calls).toEqual([]);
    vi.advanceTimersByTime(SILENT_RENEWAL_GRACE_MS);
    provider.silentUser = jdoe({ access_token: 'access-3' });
    expect(await auth.renewSilently()).toBe(true);
    expect(provider.calls).toEqual(['signinSilent']);
  });

  it('signs in when the provider hands over a user, and only renews the token when already signed in', async () => {
    const { store } = await signInWith();
    for (const listener of provider.userLoaded) listener(jdoe());
    expect(store.getState()).toMatchObject({ status: 'signedIn', user: { username: 'jdoe' } });
    for (const listener of provider.userLoaded)
      listener(jdoe({ access_token: 'access-2', profile: { sub: 'x' } }));
    expect(store.getState()).toMatchObject({ status: 'signedIn', user: { username: 'jdoe' } });
    expect(store.getToken()).toBe('access-2');
  });

  it('signs no one back in with a renewal that lands after the user was forgotten, and keeps none of its tokens', async () => {
    const { store, auth } = await signInWith();
    store.signedIn({ username: 'jdoe', displayName: 'Jane Doe' }, 'access-1', 'id-1');
    let land: (user: FakeUser) => void = () => undefined;
    provider.pendingSilent = new Promise<FakeUser>((resolve) => {
      land = resolve;
    });
    // another tab signed out: this one forgets its user while a renewal is on its way
    const asked = auth.renewSilently();
    await auth.forget();
    land(jdoe({ access_token: 'access-2' }));
    expect(await asked).toBe(false);
    // the library's own timer lands too: what it stored is removed
    for (const listener of provider.userLoaded) listener(jdoe({ access_token: 'access-3' }));
    expect(store.getState().status).toBe('signedOut');
    expect(store.getToken()).toBeUndefined();
    expect(provider.calls).toEqual(['signinSilent', 'removeUser', 'removeUser']);
  });

  it('says a silent renewal failed when the provider gives no user', async () => {
    const { store, auth } = await signInWith();
    expect(await auth.renewSilently()).toBe(false);
    provider.silentUser = jdoe({ access_token: 'access-3' });
    expect(await auth.renewSilently()).toBe(true);
    expect(store.getToken()).toBe('access-3');
  });

  it('revokes the refresh token, then signs out here before leaving for the provider', async () => {
    const { store, auth } = await signInWith();
    store.signedIn({ username: 'jdoe', displayName: 'Jane Doe' }, 'access-1', 'id-1');
    await auth.signOut();
    // the stored user is forgotten before leaving: no ID token goes into the provider's address
    expect(provider.calls).toEqual(['revokeTokens refresh_token', 'removeUser', 'signoutRedirect']);
    // The other tabs and this one are signed out even if the provider's page never loads.
    expect(provider.statusAtSignOut).toBe('signedOut');
    expect(store.getToken()).toBeUndefined();
  });
  it('discards, at start, a stored sign-in made before a sign-out in another tab, refresh token and all', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Jane signs in in a tab, then closes it: the browser keeps its sessionStorage to restore it.
    window.history.replaceState(null, '', '/auth/callback?code=c&state=s');
    provider.callbackUser = jdoe({ state: '/sessions' });
    await (await signInWith()).auth.restore();
    const closedTab = Object.keys(sessionStorage).map(
      (key) => [key, sessionStorage.getItem(key) ?? ''] as const,
    );
    // Later she signs out in another tab.
    vi.advanceTimersByTime(60_000);
    const other = await signInWith();
    other.store.signedIn({ username: 'jdoe', displayName: 'Jane Doe' }, 'access-1', 'id-1');
    await other.auth.signOut();
    expect(Object.keys(localStorage)).toEqual(['science-portal.signed-out-at']);
    expect(JSON.stringify(Object.entries(localStorage))).not.toMatch(/access-1|id-1|jdoe/);

    // The next person reopens the closed tab: its stored user, access and refresh tokens, comes back.
    vi.advanceTimersByTime(60_000);
    sessionStorage.clear();
    for (const [key, value] of closedTab) sessionStorage.setItem(key, value);
    provider.calls = [];
    for (const expired of [false, true]) {
      provider.storedUser = jdoe({ expired, refresh_token: 'refresh-1' });
      provider.silentUser = jdoe({ access_token: 'access-2' });
      const reopened = await signInWith();
      await reopened.auth.restore();
      expect(reopened.store.getState()).toEqual({ status: 'signedOut' });
      expect(reopened.store.getToken()).toBeUndefined();
    }
    expect(provider.calls).toEqual(['removeUser', 'removeUser']);
  });

  it('keeps a stored sign-in made after the last sign-out', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const janes = await signInWith();
    janes.store.signedIn({ username: 'jdoe', displayName: 'Jane Doe' }, 'access-1', 'id-1');
    await janes.auth.signOut();
    vi.advanceTimersByTime(1_000);
    window.history.replaceState(null, '', '/auth/callback?code=c&state=s');
    provider.callbackUser = jdoe({ state: '/sessions' });
    await (await signInWith()).auth.restore();
    window.history.replaceState(null, '', '/sessions');
    provider.calls = [];
    provider.storedUser = jdoe();
    const reloaded = await signInWith();
    await reloaded.auth.restore();
    expect(reloaded.store.getState()).toMatchObject({ status: 'signedIn', user: { username: 'jdoe' } });
    expect(provider.calls).toEqual([]);
  });
});
