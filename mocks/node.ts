import { http } from 'msw';
import { setupServer } from 'msw/node';
import { createHandlers, defaultServices } from './handlers/index';
import type { FakeServices } from './handlers/index';
import { createFakePlatformControl } from './platform/control';
import type { FailNextResponse } from './platform/faults';
import type { Platform } from './platform/platform';

const control = createFakePlatformControl();

/** The fake platform for Vitest, serving the default service paths on any origin. */
export const fakePlatformServer = setupServer(
  ...createHandlers(() => control.getPlatform(), defaultServices),
);

export const getPlatform = (): Platform => control.getPlatform();

/** A freshly seeded platform (scenario `default` unless given), e.g. in `afterEach`. */
export function resetFakePlatform(scenario?: string): Platform {
  return control.reset(scenario);
}

/** The service's next response(s) get this status and text body instead. */
export function failNext(service: keyof FakeServices, response: FailNextResponse): void {
  control.failNext(service, response);
}

/** Every token issued so far now answers 401, as when a sign-in expires. */
export function revokeTokens(): void {
  control.revokeTokens();
}

export function advanceClock(ms: number): void {
  control.advanceClock(ms);
}

/** A valid Bearer token for a demo user, to sign in without going through the login form. */
/**
 * Puts a node straight into the fake cavern, as a session writing under /arc would (names cavern's own calls
 * would refuse included): a private folder, or a 5-byte text file, of `creator`.
 */
export function addStorageNode(path: string, kind: 'container' | 'data', creator = 'jdoe'): void {
  getPlatform().storage.nodes[path] = {
    kind,
    creator,
    date: Date.now(),
    isPublic: false,
    groupRead: [],
    groupWrite: [],
    inheritPermissions: false,
    ...(kind === 'data' ? { length: 5, contentType: 'text/plain', text: 'bytes' } : {}),
  };
}

export function tokenFor(username: string): string {
  return control.tokenFor(username);
}

/**
 * Holds back every request whose URL path ends with `pathEnd` until `release()`, then the fake platform
 * answers it as usual: what a page shows while one answer is slow. The test's handlers reset after it.
 */
export function holdRequests(pathEnd: string): { release: () => void; held: () => number } {
  let release: () => void = () => undefined;
  const gate = new Promise<undefined>((resolve) => {
    release = () => {
      resolve(undefined);
    };
  });
  let held = 0;
  fakePlatformServer.use(
    http.all('*', async ({ request }) => {
      if (!new URL(request.url).pathname.endsWith(pathEnd)) return;
      held += 1;
      await gate;
      // nothing returned: the fake platform answers as usual
    }),
  );
  return { release, held: () => held };
}

/**
 * The name of every launch (`POST {skaha}/v1/session`) the fake platform is sent from now on, in order,
 * whether or not it is answered; the test's handlers reset after it.
 */
export function watchLaunches(): string[] {
  const seen: string[] = [];
  fakePlatformServer.use(
    http.post(`*${defaultServices.skaha}/v1/session`, async ({ request }) => {
      seen.push(new URLSearchParams(await request.clone().text()).get('name') ?? '');
      // nothing returned: the fake platform answers as usual
    }),
  );
  return seen;
}

/**
 * The PromQL of every instant query the fake Prometheus is sent from now on, in order, to check which
 * series a page reads; the test's handlers reset after it.
 */
export function watchUsageQueries(): string[] {
  const seen: string[] = [];
  fakePlatformServer.use(
    http.post(`*${defaultServices.usage}/api/v1/query`, async ({ request }) => {
      seen.push(new URLSearchParams(await request.clone().text()).get('query') ?? '');
      // nothing returned: the fake Prometheus answers as usual
    }),
  );
  return seen;
}
