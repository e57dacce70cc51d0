import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionListQueryOptions } from '../api/skaha/session-queries';
import { skahaKeys } from '../api/skaha/skaha-keys';
import { storeToken } from '../auth/token-storage';
import { parseConfig } from '../config/load-config';
import { revokeTokens, tokenFor } from '../test/fake-platform';
import { createTestApi, testServices } from '../test/test-api';
import { createServices } from './create-services';
import { opensDashboard } from './start-path';

afterEach(() => {
  vi.restoreAllMocks();
});

/** What a cadc start sends, in order: each call as it starts, and whoami's answer as it arrives. */
function recordCalls() {
  const realFetch = globalThis.fetch;
  const events: string[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    events.push(`${path} ${request.headers.get('Authorization') ?? 'no token'}`);
    const response = await realFetch(input, init);
    if (path === '/ac/whoami') events.push(`whoami answered ${response.status}`);
    return response;
  });
  return events;
}

async function cadcStart() {
  const parsed = parseConfig({ auth: { mode: 'cadc' } });
  if (!parsed.ok) throw new Error('invalid test config');
  return createServices({ ...parsed.config, services: testServices() });
}

describe('a start at the dashboard', () => {
  it('asks for the session list with the tab’s token before whoami answers, and keeps the answer', async () => {
    const token = tokenFor('jdoe');
    storeToken(token, 'jdoe');
    const events = recordCalls();
    const { auth, queryClient } = await cadcStart();
    expect(auth.store.getState()).toMatchObject({ status: 'signedIn', user: { username: 'jdoe' } });
    // whoami's redirect to the user (/ac/users/jdoe) is followed inside fetch, so a browser's fetch shows no
    // call of its own for it; msw/node follows it with a fetch of its own, which this spy also sees
    const calls = events.filter((event) => !event.startsWith('/ac/users/'));
    expect(calls.slice(0, 3)).toEqual([
      `/skaha/v1/session Bearer ${token}`,
      `/ac/whoami Bearer ${token}`,
      'whoami answered 200',
    ]);
    // without a token of its own: only the list asked for at the start can answer
    const list = await queryClient.query({
      ...sessionListQueryOptions(createTestApi(undefined)),
      staleTime: Infinity,
    });
    expect(list.length).toBeGreaterThan(0);
    // the dashboard reads the list asked for at the start: no second request
    expect(events.filter((event) => event.startsWith('/skaha/v1/session'))).toHaveLength(1);
  });

  it('drops the list asked with a token whoami refuses, and shows the sign-in form', async () => {
    const token = tokenFor('jdoe');
    storeToken(token, 'jdoe');
    revokeTokens();
    const events = recordCalls();
    const { auth, queryClient } = await cadcStart();
    expect(auth.store.getState()).toEqual({ status: 'signedOut' });
    expect(events).toContain(`/skaha/v1/session Bearer ${token}`);
    expect(queryClient.getQueryCache().findAll({ queryKey: skahaKeys.sessionLists() })).toEqual([]);
  });
});

describe('opensDashboard', () => {
  it('is the home page and /sessions, under the base path', () => {
    expect(opensDashboard('/', '/')).toBe(true);
    expect(opensDashboard('/sessions', '/')).toBe(true);
    expect(opensDashboard('/sessions/', '/')).toBe(true);
    expect(opensDashboard('/portal', '/portal/')).toBe(true);
    expect(opensDashboard('/portal/sessions', '/portal/')).toBe(true);
    expect(opensDashboard('/sessions/launch', '/')).toBe(false);
    expect(opensDashboard('/storage', '/')).toBe(false);
    expect(opensDashboard('/other/sessions', '/portal/')).toBe(false);
  });
});
