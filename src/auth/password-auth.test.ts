import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../api/http/client';
import { failNext, revokeTokens, tokenFor } from '../test/fake-platform';
import { isApiError } from '../api/http/api-error';
import { testServices } from '../test/test-api';
import { AuthStore } from './auth-store';
import { COOKIE_USER_CHECK_MS, watchCookieUser } from './cookie-user-check';
import { createCadcAuth, createMockAuth, type SitePages } from './password-auth';
import type { DemoAccount } from './auth-controller';
import { readStoredToken, storeToken } from './token-storage';

interface Sent {
  url: string;
  authorization: string | null;
}

/**
 * A cadc-mode portal in a browser that holds the site's CADC_SSO cookie (or none): like a browser, the fetch
 * adds the cookie to every request to the portal's origin by itself.
 */
function portal(options: { cookieFor?: string; pages?: SitePages } = {}) {
  let cookie = options.cookieFor === undefined ? undefined : `CADC_SSO=${tokenFor(options.cookieFor)}`;
  /** Someone signs in on the site in another tab: the browser's cookie is theirs from now on. */
  const holdCookieOf = (username: string) => {
    cookie = `CADC_SSO=${tokenFor(username)}`;
  };
  /** Signed out on the site in another tab: the browser holds no cookie any more. */
  const dropCookie = () => {
    cookie = undefined;
  };
  const sent: Sent[] = [];
  const browserFetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const url = new Request(input).url;
    sent.push({ url, authorization: headers.get('Authorization') });
    if (cookie && new URL(url).origin === window.location.origin) headers.set('Cookie', cookie);
    return fetch(input, { ...init, headers });
  };
  const store = new AuthStore();
  const api = createApiClient({
    services: testServices(),
    getToken: store.getToken,
    isCookieSession: store.isCookieSession,
    onUnauthorized: store.expired,
    fetch: browserFetch,
  });
  const navigate = vi.fn<(url: string) => void>();
  const auth = createCadcAuth(store, api, options.pages, navigate);
  return { store, api, auth, sent, navigate, holdCookieOf, dropCookie };
}

const jane = { username: 'jdoe', displayName: 'Jane Doe', email: 'jane.doe@example.org' };

describe('a cadc sign-in by the site’s cookie', () => {
  it('starts signed in when whoami answers the cookie, and no call carries an Authorization header', async () => {
    const { store, api, auth, sent } = portal({ cookieFor: 'jdoe' });
    await auth.restore();
    expect(store.getState()).toEqual({ status: 'signedIn', user: jane });
    expect(store.isCookieSession()).toBe(true);
    expect(store.getToken()).toBeUndefined();
    expect(sessionStorage.getItem('science-portal.token')).toBeNull();
    await api.text('skaha', '/v1/session');
    expect(sent.map(({ url }) => new URL(url).pathname)).toEqual(['/ac/whoami', '/skaha/v1/session']);
    expect(sent.every(({ authorization }) => authorization === null)).toBe(true);
  });

  it('shows the sign-in form, with no error, when whoami refuses a browser without the cookie', async () => {
    const { store, auth, sent } = portal();
    await auth.restore();
    expect(store.getState()).toEqual({ status: 'signedOut' });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.authorization).toBeNull();
  });

  it('keeps a token this tab signed in with ahead of the cookie', async () => {
    storeToken(tokenFor('mchen'), 'mchen');
    const { store, auth } = portal({ cookieFor: 'jdoe' });
    await auth.restore();
    expect(store.getState()).toMatchObject({ status: 'signedIn', user: { username: 'mchen' } });
    expect(store.isCookieSession()).toBe(false);
  });

  it('marks the sign-in expired when the cookie stops being accepted mid-flow', async () => {
    const { store, api, auth } = portal({ cookieFor: 'jdoe' });
    await auth.restore();
    revokeTokens();
    await expect(api.text('storage', '/nodes/home/jdoe')).rejects.toMatchObject({ status: 401 });
    expect(store.getState()).toMatchObject({
      status: 'expired',
      user: jane,
      cause: { service: 'storage', status: 401 },
    });
  });

  it('marks the sign-in expired when the cookie is gone and skaha answers for no one (400)', async () => {
    const { store, api, auth, dropCookie } = portal({ cookieFor: 'jdoe' });
    await auth.restore();
    dropCookie();
    await expect(api.text('skaha', '/v1/session')).rejects.toMatchObject({
      status: 400,
      message: 'cannot get group memberships for anonymous',
    });
    expect(store.getState()).toMatchObject({
      status: 'expired',
      user: jane,
      cause: { service: 'skaha', status: 400 },
    });
  });

  it('signs out at the site’s sign-out page, returning to the portal', async () => {
    const { store, auth, navigate } = portal({
      cookieFor: 'jdoe',
      pages: { logoutUrl: '/access/logout', loginUrl: '/access/login' },
    });
    await auth.restore();
    expect(auth.canSignOut()).toBe(true);
    await auth.signOut();
    expect(store.getState()).toEqual({ status: 'signedOut' });
    const origin = window.location.origin;
    expect(navigate).toHaveBeenCalledWith(
      `${origin}/access/logout?target=${encodeURIComponent(`${origin}/`)}`,
    );
    expect(auth.siteSignInUrl?.(`${origin}/storage?path=%2Fhome`)).toBe(
      `${origin}/access/login?target=${encodeURIComponent(`${origin}/storage?path=%2Fhome`)}`,
    );
  });

  it('offers no sign-out for a cookie session without a site sign-out; a token session signs out here', async () => {
    const cookieSession = portal({ cookieFor: 'jdoe' });
    await cookieSession.auth.restore();
    expect(cookieSession.auth.canSignOut()).toBe(false);
    expect(cookieSession.auth.siteSignInUrl).toBeUndefined();

    storeToken(tokenFor('jdoe'), 'jdoe');
    const tokenSession = portal({ pages: { logoutUrl: '/access/logout' } });
    await tokenSession.auth.restore();
    expect(tokenSession.auth.canSignOut()).toBe(true);
    await tokenSession.auth.signOut();
    expect(tokenSession.store.getState()).toEqual({ status: 'signedOut' });
    expect(sessionStorage.getItem('science-portal.token')).toBeNull();
    expect(tokenSession.navigate).not.toHaveBeenCalled();
  });

  describe('when the tab is shown again', () => {
    const showTab = () => document.dispatchEvent(new Event('visibilitychange'));
    const paths = (sent: Sent[]) => sent.map(({ url }) => new URL(url).pathname);
    afterEach(() => {
      vi.useRealTimers();
    });

    it('asks whoami again at most once a minute, and shows whoever holds the cookie now', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const { store, api, auth, sent, holdCookieOf } = portal({ cookieFor: 'jdoe' });
      await auth.restore();
      const users: (string | undefined)[] = [];
      store.subscribe(() => {
        const state = store.getState();
        users.push(state.status === 'signedOut' ? undefined : state.user.username);
      });
      const { stop } = watchCookieUser(store, api, auth.forget, testServices().storage);
      holdCookieOf('mchen');
      showTab();
      expect(paths(sent)).toEqual(['/ac/whoami']);
      vi.advanceTimersByTime(COOKIE_USER_CHECK_MS);
      showTab();
      showTab();
      await vi.waitFor(() => {
        expect(store.getState()).toMatchObject({ status: 'signedIn', user: { username: 'mchen' } });
      });
      // The first user is forgotten (caches, uploads: user-change.ts) before the second shows.
      expect(users).toEqual([undefined, 'mchen']);
      expect(store.isCookieSession()).toBe(true);
      expect(paths(sent)).toEqual(['/ac/whoami', '/ac/whoami']);
      stop();
    });

    it('asks whoami at once when cavern refuses the user their own home, and ends a sign-in whose cookie is gone', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const { store, api, auth, sent, dropCookie } = portal({ cookieFor: 'jdoe' });
      await auth.restore();
      const storage = testServices().storage;
      const check = watchCookieUser(store, api, auth.forget, storage);
      // elsewhere than the home, or while the cookie still names the user: nothing changes
      await check.afterForbidden(`${storage}/nodes/projects/survey-team`);
      await check.afterForbidden(`${storage}/nodes/home/jdoe-other`);
      expect(paths(sent)).toEqual(['/ac/whoami']);
      await check.afterForbidden(`${storage}/nodes/home/jdoe?limit=0`);
      expect(paths(sent)).toEqual(['/ac/whoami', '/ac/whoami']);
      expect(store.getState()).toMatchObject({ status: 'signedIn', user: jane });

      dropCookie();
      // not a minute later, and no tab shown: the refusal itself is the reason to ask
      await check.afterForbidden(`${storage}/files/home/jdoe/notes.txt`);
      expect(store.getState()).toMatchObject({ status: 'expired', user: jane, cause: { service: 'ac' } });
      expect(paths(sent)).toEqual(['/ac/whoami', '/ac/whoami', '/ac/whoami']);
      check.stop();
    });

    it('before an upload, asks whoami again only once its last answer is a minute old, and forgets a user the cookie no longer names', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const { store, api, auth, sent, holdCookieOf, dropCookie } = portal({ cookieFor: 'jdoe' });
      await auth.restore();
      const check = watchCookieUser(store, api, auth.forget, testServices().storage);
      expect(await check.confirm()).toBe(true);
      expect(paths(sent)).toEqual(['/ac/whoami']);
      vi.advanceTimersByTime(COOKIE_USER_CHECK_MS);
      expect(await check.confirm()).toBe(true);
      expect(paths(sent)).toEqual(['/ac/whoami', '/ac/whoami']);
      expect(store.getState()).toMatchObject({ status: 'signedIn', user: jane });

      // another tab signed out of the site, and someone else in; this tab is hidden, its uploads queued
      holdCookieOf('mchen');
      await check.confirm();
      expect(paths(sent)).toHaveLength(2);
      vi.advanceTimersByTime(COOKIE_USER_CHECK_MS);
      await check.confirm();
      expect(store.getState()).toMatchObject({ status: 'signedIn', user: { username: 'mchen' } });
      expect(paths(sent)).toEqual(['/ac/whoami', '/ac/whoami', '/ac/whoami']);

      // signed out of the site, and no one in: the sign-in has ended, and nothing may be sent
      dropCookie();
      vi.advanceTimersByTime(COOKIE_USER_CHECK_MS);
      expect(await check.confirm()).toBe(false);
      expect(store.getState()).toMatchObject({ status: 'expired', user: { username: 'mchen' } });
      check.stop();
    });

    it('ends the sign-in when whoami refuses the cookie now, and asks nothing for a token session', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const cookieSession = portal({ cookieFor: 'jdoe' });
      await cookieSession.auth.restore();
      const { stop: stopCookie } = watchCookieUser(
        cookieSession.store,
        cookieSession.api,
        cookieSession.auth.forget,
        testServices().storage,
      );
      storeToken(tokenFor('mchen'), 'mchen');
      const tokenSession = portal({ cookieFor: 'jdoe' });
      await tokenSession.auth.restore();
      const { stop: stopToken } = watchCookieUser(
        tokenSession.store,
        tokenSession.api,
        tokenSession.auth.forget,
        testServices().storage,
      );
      revokeTokens();
      vi.advanceTimersByTime(COOKIE_USER_CHECK_MS);
      showTab();
      await vi.waitFor(() => {
        expect(cookieSession.store.getState()).toMatchObject({ status: 'expired', user: jane });
      });
      expect(paths(cookieSession.sent)).toEqual(['/ac/whoami', '/ac/whoami']);
      expect(paths(tokenSession.sent)).toEqual(['/ac/whoami']);
      stopCookie();
      stopToken();
    });
  });
});

describe('a tab that missed a sign-out', () => {
  afterEach(() => {
    vi.useRealTimers();
    // The time of the last sign-out is the browser's: the next test starts without one.
    localStorage.clear();
  });

  const tabStorage = () => Object.fromEntries(Object.entries(sessionStorage));
  const reopen = (saved: Record<string, string>) => {
    sessionStorage.clear();
    for (const [key, value] of Object.entries(saved)) sessionStorage.setItem(key, value);
  };

  it('does not come back signed in when it is reopened after a sign-out in another tab', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Jane signs in in a tab, then closes it: the browser keeps its sessionStorage to restore it.
    storeToken(tokenFor('jdoe'), 'jdoe');
    const closedTab = tabStorage();
    // Later she signs out in another tab.
    vi.advanceTimersByTime(60_000);
    sessionStorage.clear();
    storeToken(tokenFor('jdoe'), 'jdoe');
    const other = portal();
    await other.auth.restore();
    await other.auth.signOut();
    // Only times and whose sign-in was last are kept, in localStorage: no token.
    expect(localStorage.getItem('science-portal.signed-out-at')).toBe(String(Date.now()));
    expect(Object.values(localStorage).join(' ')).not.toContain(tokenFor('jdoe'));

    // The next person reopens the closed tab (Ctrl+Shift+T, or the browser's session restore).
    vi.advanceTimersByTime(60_000);
    reopen(closedTab);
    const reopened = portal();
    await reopened.auth.restore();
    expect(reopened.store.getState()).toEqual({ status: 'signedOut' });
    expect(reopened.sent.every(({ authorization }) => authorization === null)).toBe(true);
    expect(sessionStorage.getItem('science-portal.token')).toBeNull();
  });

  it('does not come back as its user when it is reopened after someone else signed in, nor sign them out', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Jane signs in in a tab and closes it without signing out.
    storeToken(tokenFor('jdoe'), 'jdoe');
    const closedTab = tabStorage();
    vi.advanceTimersByTime(60_000);
    // Mei signs in in a new tab.
    sessionStorage.clear();
    const mei = portal();
    await mei.auth.signIn('mchen', 'demo-mchen');
    expect(Object.values(localStorage).join(' ')).not.toContain(mei.store.getToken());
    // The closed tab is reopened: Jane's sign-in is not used, so no tab announces her.
    vi.advanceTimersByTime(60_000);
    reopen(closedTab);
    const reopened = portal();
    await reopened.auth.restore();
    expect(reopened.store.getState()).toEqual({ status: 'signedOut' });
    expect(reopened.sent.every(({ authorization }) => authorization === null)).toBe(true);
    expect(sessionStorage.getItem('science-portal.token')).toBeNull();
  });

  it('does not come back as its user after someone else signed in by the site’s cookie', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    storeToken(tokenFor('jdoe'), 'jdoe');
    const closedTab = tabStorage();
    vi.advanceTimersByTime(60_000);
    sessionStorage.clear();
    await portal({ cookieFor: 'mchen' }).auth.restore();
    vi.advanceTimersByTime(60_000);
    reopen(closedTab);
    const reopened = portal({ cookieFor: 'mchen' });
    await reopened.auth.restore();
    expect(reopened.store.getState()).toMatchObject({ status: 'signedIn', user: { username: 'mchen' } });
    expect(reopened.store.isCookieSession()).toBe(true);
    expect(reopened.sent.every(({ authorization }) => authorization === null)).toBe(true);
  });

  it('keeps its sign-in when the same user signed in again elsewhere', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const token = tokenFor('jdoe');
    storeToken(token, 'jdoe');
    const closedTab = tabStorage();
    vi.advanceTimersByTime(60_000);
    sessionStorage.clear();
    await portal().auth.signIn('jdoe', 'demo-jdoe');
    reopen(closedTab);
    expect(readStoredToken()).toBe(token);
  });

  it('keeps a sign-in made after the last sign-out, and a tab told of a sign-in elsewhere voids nothing', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    storeToken(tokenFor('jdoe'), 'jdoe');
    const janes = portal();
    await janes.auth.restore();
    await janes.auth.signOut();
    vi.advanceTimersByTime(1_000);
    const meisToken = tokenFor('mchen');
    storeToken(meisToken, 'mchen');
    const meisTab = tabStorage();
    // Mei's sign-in is heard in a tab of Jane's, which forgets its own sign-in: that is not a sign-out.
    const stale = portal();
    stale.store.signedIn(jane, tokenFor('jdoe'));
    vi.advanceTimersByTime(1_000);
    await stale.auth.forget();
    reopen(meisTab);
    expect(readStoredToken()).toBe(meisToken);
    const mei = portal();
    await mei.auth.restore();
    expect(mei.store.getState()).toMatchObject({ status: 'signedIn', user: { username: 'mchen' } });
  });
});

describe('a demo tab its user left', () => {
  const accounts = ['jdoe', 'trainee1'].map((username): DemoAccount => ({
    username,
    password: `demo-${username}`,
    displayName: username,
    role: 'member',
  }));
  /** A start of the demo in this tab (a reload keeps its sessionStorage), at an address asking for `startAs`. */
  async function start(startAs?: string, seen: string[] = []) {
    const store = new AuthStore();
    store.subscribe(() => {
      const state = store.getState();
      if (state.status === 'signedIn') seen.push(state.user.username);
    });
    const api = createApiClient({
      services: testServices(),
      getToken: store.getToken,
      onUnauthorized: store.expired,
    });
    const auth = createMockAuth(store, api, accounts, startAs);
    await auth.restore();
    return auth;
  }
  const userOf = (auth: { store: AuthStore }) => {
    const state = auth.store.getState();
    return state.status === 'signedOut' ? undefined : state.user.username;
  };
  afterEach(() => {
    localStorage.clear();
  });

  it('opens at the user picker, saying why, when the opening sign-in fails', async () => {
    failNext('ac', { status: 500 });
    const tab = await start();
    const state = tab.store.getState();
    expect(state.status).toBe('signedOut');
    expect(state.status === 'signedOut' && isApiError(state.error) && state.error.status).toBe(500);
  });

  it('stays signed out at its next start, whether it signed out or heard of a sign-out, until a sign-in there', async () => {
    const tab = await start();
    expect(userOf(tab)).toBe('jdoe');
    const token = tab.store.getToken();
    await tab.signOut();
    expect(userOf(await start())).toBeUndefined();
    // what the tab keeps says only that it was left: no token, no name
    const kept = Object.values(sessionStorage);
    expect(kept).not.toContain(token);
    expect(kept.join(' ')).not.toContain('jdoe');

    const next = await start();
    await next.signInAs('trainee1');
    expect(userOf(await start())).toBe('trainee1');
    // another tab signed out (auth-broadcast.ts), and this one forgot its sign-in
    await next.forget();
    expect(userOf(await start())).toBeUndefined();

    // a new tab of the demo opens as the first user
    sessionStorage.clear();
    expect(userOf(await start())).toBe('jdoe');
  });

  it('reopens as its own user when their sign-in expired, not as the first demo user', async () => {
    sessionStorage.clear();
    const seen: string[] = [];
    expect(userOf(await start('trainee1'))).toBe('trainee1');
    // the fake platform forgets every token: a reload of a tab whose address no longer names the user
    revokeTokens();
    const reloaded = await start(undefined, seen);
    expect(userOf(reloaded)).toBe('trainee1');
    expect(seen).toEqual(['trainee1']);
  });

  it('opens a new tab at a link’s demo user as that user, with no sign-in as anyone else first', async () => {
    // every sign-in is told to the browser's other tabs: the first user's would sign out trainee1's others
    const seen: string[] = [];
    sessionStorage.clear();
    const tab = await start('trainee1', seen);
    expect(userOf(tab)).toBe('trainee1');
    expect(seen).toEqual(['trainee1']);
    // a tab its user left signed out opens as the link's user too: the link is who is asked for
    await tab.signOut();
    expect(userOf(await start())).toBeUndefined();
    expect(userOf(await start('trainee1'))).toBe('trainee1');
    // a name no demo user has is no one: the tab stays as it was left
    await tab.signOut();
    expect(userOf(await start('nobody'))).toBeUndefined();
  });
});
