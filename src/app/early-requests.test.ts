import { afterEach, describe, expect, it, vi } from 'vitest';
import { skahaKeys } from '../api/skaha/skaha-keys';
import { storeToken } from '../auth/token-storage';
import { parseConfig, type ConfigResult } from '../config/load-config';
import { revokeTokens, tokenFor } from '../test/fake-platform';
import { testServices } from '../test/test-api';
import { createServices } from './create-services';
import { startEarly } from './early-requests';

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

/** The network: every request as it starts (path and credentials), answered by the fake platform. */
function network() {
  const calls: string[] = [];
  const realFetch = globalThis.fetch;
  const fetch: typeof globalThis.fetch = (input, init) => {
    const request = new Request(input, init);
    calls.push(`${new URL(request.url).pathname} ${request.headers.get('Authorization') ?? 'no token'}`);
    return realFetch(input, init);
  };
  return { calls, fetch };
}

function config(raw: Record<string, unknown>): Promise<ConfigResult> {
  const parsed = parseConfig(raw);
  if (!parsed.ok) throw new Error('invalid test config');
  return Promise.resolve({ ok: true, config: { ...parsed.config, services: testServices() } });
}

const cadc = () => config({ auth: { mode: 'cadc' } });

/** The headers the app's client sends with a JSON GET on the portal's origin, signed in with `bearer`. */
const headers = (bearer: string) => ({
  Accept: 'application/json',
  Authorization: `Bearer ${bearer}`,
  'X-Requested-With': 'XMLHttpRequest',
});

/** The app's start (create-services.ts) on `early`'s answers, as main.tsx makes it. */
async function appStart(early: ReturnType<typeof startEarly>, startPath: string) {
  const result = await early.config;
  if (!result.ok) throw new Error('invalid test config');
  const services = await createServices(result.config, { fetch: early.fetch, startPath });
  early.finish();
  return services;
}

describe('startEarly', () => {
  it('asks for whoami and the session list before the app runs, and the app asks for neither again', async () => {
    const token = tokenFor('jdoe');
    storeToken(token, 'jdoe');
    const { calls, fetch } = network();
    const early = startEarly({ config: cadc(), token, pathname: '/sessions', fetch });
    await vi.waitFor(() => {
      expect(calls).toEqual([`/ac/whoami Bearer ${token}`, `/skaha/v1/session Bearer ${token}`]);
    });

    const { auth, queryClient } = await appStart(early, '/sessions');
    expect(auth.store.getState()).toMatchObject({ status: 'signedIn', user: { username: 'jdoe' } });
    expect(queryClient.getQueryData<unknown[]>(skahaKeys.sessionList())?.length).toBeGreaterThan(0);
    expect(calls).toHaveLength(2);
  });

  it('asks only whoami, with no token, for a start that may be the site’s cookie', async () => {
    const { calls, fetch } = network();
    const onSignedOut = vi.fn();
    const early = startEarly({ config: cadc(), token: undefined, pathname: '/sessions', onSignedOut, fetch });
    const { auth } = await appStart(early, '/sessions');
    expect(auth.store.getState()).toEqual({ status: 'signedOut' });
    expect(calls).toEqual(['/ac/whoami no token']);
    // the cookie refused: the sign-in screen will show, and its code may come now
    expect(onSignedOut).toHaveBeenCalledTimes(1);
  });

  it('does not prepare the sign-in screen for a start the site’s cookie signs in', async () => {
    const { fetch } = network();
    // the browser adds the site's CADC_SSO cookie to every call to the portal's origin by itself
    const withCookie: typeof globalThis.fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('Cookie', `CADC_SSO=${tokenFor('jdoe')}`);
      return fetch(input, { ...init, headers });
    };
    const onSignedOut = vi.fn();
    const cookie = startEarly({
      config: cadc(),
      token: undefined,
      pathname: '/',
      onSignedOut,
      fetch: withCookie,
    });
    const { auth } = await appStart(cookie, '/');
    expect(auth.store.getState()).toMatchObject({ status: 'signedIn', user: { username: 'jdoe' } });
    expect(onSignedOut).not.toHaveBeenCalled();
  });

  it('asks for nothing when config.json could not be read, or on the fake platform', async () => {
    const token = tokenFor('jdoe');
    const { calls, fetch } = network();
    const results = [
      Promise.resolve<ConfigResult>({ ok: false, reason: 'missing', detail: 'HTTP 404' }),
      config({ auth: { mode: 'mock' }, mocks: true }),
      config({ auth: { mode: 'cadc' }, mocks: true }),
    ];
    for (const result of results) {
      const early = startEarly({ config: result, token, pathname: '/sessions', fetch });
      // the start's own reading of the config was registered first, so it has run by now
      await early.config;
    }
    expect(calls).toEqual([]);
    // the same start with a CADC config does ask
    const asking = startEarly({ config: cadc(), token, pathname: '/sessions', fetch });
    await vi.waitFor(() => {
      expect(calls).toHaveLength(2);
    });
    asking.finish();
  });

  it('asks for no session list away from the dashboard', async () => {
    const token = tokenFor('jdoe');
    storeToken(token, 'jdoe');
    const { calls, fetch } = network();
    const early = startEarly({ config: cadc(), token, pathname: '/storage/home/jdoe', fetch });
    const { auth } = await appStart(early, '/storage/home/jdoe');
    expect(auth.store.getState()).toMatchObject({ status: 'signedIn' });
    expect(calls).toEqual([`/ac/whoami Bearer ${token}`]);
  });

  it('hands the app a refused token’s 401, which signs the tab out and drops the list', async () => {
    const token = tokenFor('jdoe');
    storeToken(token, 'jdoe');
    revokeTokens();
    const { calls, fetch } = network();
    const onSignedOut = vi.fn();
    const early = startEarly({ config: cadc(), token, pathname: '/', onSignedOut, fetch });
    const { auth, queryClient } = await appStart(early, '/');
    expect(auth.store.getState()).toEqual({ status: 'signedOut' });
    expect(queryClient.getQueryCache().findAll({ queryKey: skahaKeys.sessionLists() })).toEqual([]);
    // a refused token leaves the site's cookie to try: the start cannot tell yet
    expect(onSignedOut).not.toHaveBeenCalled();
    // the cookie is tried once the token has failed: the app's own request, the start did not guess it
    expect(calls).toEqual([
      `/ac/whoami Bearer ${token}`,
      `/skaha/v1/session Bearer ${token}`,
      '/ac/whoami no token',
    ]);
  });

  it.each([
    ['the demo', { mocks: true, auth: { mode: 'mock' } }],
    ['OIDC', { auth: { mode: 'oidc', oidc: { authority: 'https://id.example.org', clientId: 'portal' } } }],
  ])('asks for nothing in %s', async (_name, raw) => {
    const { calls, fetch } = network();
    const early = startEarly({ config: config(raw), token: tokenFor('jdoe'), pathname: '/', fetch });
    await early.config;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toEqual([]);
  });

  it('answers each early request once, only to the same request, and nothing after finish()', async () => {
    const token = tokenFor('jdoe');
    const { calls, fetch } = network();
    const early = startEarly({ config: cadc(), token, pathname: '/', fetch });
    await vi.waitFor(() => {
      expect(calls).toHaveLength(2);
    });
    const whoami = `${testServices().ac}/whoami`;

    // another user's token is another request
    await early.fetch(whoami, { headers: headers(tokenFor('mchen')) });
    expect(calls).toHaveLength(3);
    // the same request: the start's answer, with no request of its own
    const answer = await early.fetch(whoami, { headers: headers(token) });
    expect(await answer.text()).toContain('"$":"jdoe"');
    expect(calls).toHaveLength(3);
    // taken once: the next goes to the network
    await early.fetch(whoami, { headers: headers(token) });
    expect(calls).toHaveLength(4);

    early.finish();
    await early.fetch(`${testServices().skaha}/v1/session`, { headers: headers(token) });
    expect(calls).toHaveLength(5);
  });

  it('gives the app its own abort (a timeout, a cancelled query) as its fetch would', async () => {
    const token = tokenFor('jdoe');
    const { calls, fetch } = network();
    const early = startEarly({ config: cadc(), token, pathname: '/', fetch });
    await vi.waitFor(() => {
      expect(calls).toHaveLength(2);
    });
    const controller = new AbortController();
    controller.abort();
    await expect(
      early.fetch(`${testServices().skaha}/v1/session`, {
        headers: headers(token),
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
