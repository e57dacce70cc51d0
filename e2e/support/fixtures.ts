import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import {
  test as base,
  expect,
  type APIRequestContext,
  type ConsoleMessage,
  type Page,
} from '@playwright/test';

/** Per-project options, set in playwright.config.ts. */
export interface PortalFixtureOptions {
  /** The fake platform's HTTP server; unset where the fake platform runs in the browser only (mock project). */
  fakePlatformUrl: string | undefined;
  /** The demo build's origin, whose fake platform runs in the page (MSW); unset where the tests use none. */
  demoUrl: string | undefined;
  oidcProviderUrl: string | undefined;
}

export type ServiceName = 'skaha' | 'storage' | 'ac' | 'harbor' | 'usage';

/** The fake platform's test-only control endpoints (mocks/server-control.ts). */
export interface FakePlatform {
  reset: (scenario?: string) => Promise<void>;
  revokeTokens: () => Promise<void>;
  failNext: (
    service: ServiceName,
    options?: { status?: number; times?: number; body?: string },
  ) => Promise<void>;
  advanceClock: (ms: number) => Promise<void>;
}

/**
 * Browser console errors and uncaught exceptions fail the test. A test that provokes an error on purpose
 * (a refused password is a 401 that Chromium logs) says so with `allow`, giving the reason.
 */
export interface ConsoleGuard {
  allow: (pattern: RegExp, reason: string) => void;
  /** Everything reported so far, allowed or not. */
  readonly messages: readonly string[];
}

interface PortalFixtures {
  fakePlatform: FakePlatform;
  consoleGuard: ConsoleGuard;
}

/**
 * A cadc-mode portal asks `{ac}/whoami` with the site's cookie at every start; without one the answer is a
 * 401, which Chromium logs like any refused fetch. That is how a signed-out start looks, not an error.
 */
const STARTUP_PROBE = /status of 401 .*\/ac\/whoami\b/;

/**
 * Before a write that could replace or misplace something (a rename, an upload's retry), the portal reads the
 * node at the target path (`?limit=0`): cavern's 404 there means the name is free, which Chromium logs too.
 */
const EXISTENCE_CHECK = /status of 404 .*\/arc\/nodes\/[^ ]*\?limit=0/;

/** The services' paths on the portal's origin (config-schema.ts defaults), which the in-page fake platform answers. */
const SERVICE_PATH = /^\/(skaha|arc|ac|harbor|prometheus)\//;

interface Allowance {
  pattern: RegExp;
  reason: string;
}

export const test = base.extend<PortalFixtures & PortalFixtureOptions>({
  fakePlatformUrl: [undefined, { option: true }],
  demoUrl: [undefined, { option: true }],
  oidcProviderUrl: [undefined, { option: true }],

  consoleGuard: [
    async ({ context, demoUrl }, use, testInfo) => {
      const messages: string[] = [];
      const allowances: Allowance[] = [];
      // On the demo's origin, a service request that reached the web server rather than the service worker was
      // sent by a page already leaving (MSW lets go of a page at beforeunload, and a poll may fire before the
      // page is gone): the server's 404 for it is the demo's, not the portal's. Only there: on a deployment's
      // origin the same 404 is the service's answer (the docs project uses both).
      const passedWorker = new Set<string>();
      if (demoUrl !== undefined) {
        const demoOrigin = new URL(demoUrl).origin;
        context.on('response', (response) => {
          if (response.status() === 404 && !response.fromServiceWorker()) {
            const url = new URL(response.url());
            if (url.origin === demoOrigin && SERVICE_PATH.test(url.pathname))
              passedWorker.add(`(${response.url()}:0)`);
          }
        });
      }
      const where = (message: ConsoleMessage) => {
        const { url, lineNumber } = message.location();
        return url ? ` (${url}:${lineNumber})` : '';
      };
      // On the context, so pages the test opens (and the identity provider's pages) are watched too.
      context.on('console', (message) => {
        if (message.type() === 'error') messages.push(`console.error: ${message.text()}${where(message)}`);
      });
      context.on('weberror', (webError) => {
        const error = webError.error();
        messages.push(`pageerror: ${error.stack ?? error.message}`);
      });

      await use({
        allow: (pattern, reason) => {
          allowances.push({ pattern, reason });
        },
        get messages() {
          return messages;
        },
      });

      const allowed = messages.filter((text) => allowances.some(({ pattern }) => pattern.test(text)));
      if (allowed.length > 0) {
        const reasons = allowances.map(({ pattern, reason }) => `${String(pattern)}: ${reason}`).join('\n');
        await testInfo.attach('allowed-console-errors', {
          body: `${allowed.join('\n')}\n\nallowed because:\n${reasons}`,
          contentType: 'text/plain',
        });
      }
      const leaving = (text: string) =>
        text.startsWith('console.error: Failed to load resource') &&
        [...passedWorker].some((where) => text.endsWith(where));
      const unexpected = messages.filter(
        (text) =>
          !allowed.includes(text) &&
          !STARTUP_PROBE.test(text) &&
          !EXISTENCE_CHECK.test(text) &&
          !leaving(text),
      );
      expect(unexpected, `browser errors during the test:\n${unexpected.join('\n')}`).toEqual([]);
    },
    { auto: true },
  ],

  fakePlatform: [
    async ({ fakePlatformUrl, playwright }, use) => {
      if (!fakePlatformUrl) {
        await use(unavailableFakePlatform);
        return;
      }
      const request = await playwright.request.newContext({ baseURL: fakePlatformUrl });
      const platform = fakePlatformClient(request);
      // Every test starts from the seeded platform, whatever the previous one did to it.
      await platform.reset();
      await use(platform);
      await request.dispose();
    },
    { auto: true },
  ],
});

export { expect };

function fakePlatformClient(request: APIRequestContext): FakePlatform {
  async function post(path: string, params: Record<string, string | number | undefined> = {}) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, String(value));
    const search = query.size > 0 ? `?${query.toString()}` : '';
    const response = await request.post(`/__fake/${path}${search}`);
    expect(response.ok(), `POST /__fake/${path}${search}: ${await response.text()}`).toBe(true);
  }
  return {
    reset: (scenario = 'default') => post('reset', { scenario }),
    revokeTokens: () => post('revoke-tokens'),
    failNext: (service, options = {}) => post('fail-next', { service, ...options }),
    advanceClock: (ms) => post('advance-clock', { ms }),
  };
}

const unavailable = (): Promise<void> =>
  Promise.reject(
    new Error('this project has no fake platform server (the mock project runs it in the browser)'),
  );

const unavailableFakePlatform: FakePlatform = {
  reset: unavailable,
  revokeTokens: unavailable,
  failNext: unavailable,
  advanceClock: unavailable,
};

const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Waits for running CSS transitions and animations to end (not the endless ones: a loader's spin, a skeleton's
 * pulse). axe reads colours as they are painted, so a dialog caught fading in fails on contrast that no one sees
 * once it is open (seen as a flaky "3.95:1" on the session delete dialog's button).
 */
async function settleMotion(page: Page): Promise<void> {
  // a transition starts on the frame after its element appears
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity,
      ),
  );
}

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe on the page as it is now (WCAG 2.1 A and AA) and fails with a readable list of violations.
 *
 * axe is put into a document once and run there with `axe.run`. AxeBuilder's `analyze()` puts its half-megabyte
 * source into the page again on every call and gathers the results in a blank page it opens for the purpose:
 * about 1.7 s a scan on two cores where the run itself takes 0.2 s, and the suites scan a few hundred times.
 * AxeBuilder stays for a page with frames, whose documents only it reaches.
 */
export async function expectNoA11yViolations(page: Page, state?: string): Promise<void> {
  await settleMotion(page);
  let violations: Violation[];
  if (page.frames().length > 1) {
    ({ violations } = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze());
  } else {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
    violations = await page.evaluate(async (tags) => {
      const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      });
      // Only what the report below reads: the whole result (every pass too) is large to bring back.
      return results.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
        id,
        impact,
        help,
        helpUrl,
        nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
      }));
    }, A11Y_TAGS);
  }
  const report = violations
    .map((violation) => {
      const nodes = violation.nodes
        .map(
          (node) =>
            `    - ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
        )
        .join('\n');
      return `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
  const where = state === undefined ? page.url() : `${page.url()} (${state})`;
  expect(violations.length, `accessibility violations on ${where}:\n\n${report}`).toBe(0);
}

/**
 * Runs the scan in the light scheme, then in the dark one, switching the way a reader's system setting does:
 * with the portal's scheme on "auto" (its default), Mantine follows `prefers-color-scheme` while the page stays
 * open, charts included. So one journey checks both schemes at each state it scans, rather than the whole
 * journey running again in a fresh context for the other scheme (a context and the app's start cost about 2 s
 * of CPU; the suite shares two cores). The page is left in the scheme it was in.
 */
export async function expectNoA11yViolationsLightAndDark(page: Page): Promise<void> {
  const chosen = await page.evaluate(() => window.localStorage.getItem('mantine-color-scheme-value'));
  if (chosen !== null && chosen !== 'auto')
    throw new Error(
      `the page's colour scheme is set to "${chosen}": scanning both schemes needs "auto", which follows the system's`,
    );
  const wasDark = await page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches);
  const html = page.locator('html');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(html).toHaveAttribute('data-mantine-color-scheme', scheme);
    await expectNoA11yViolations(page, scheme);
  }
  const was = wasDark ? 'dark' : 'light';
  await page.emulateMedia({ colorScheme: was });
  await expect(html).toHaveAttribute('data-mantine-color-scheme', was);
}

export type ColorScheme = 'light' | 'dark';

/**
 * Mantine keeps the chosen scheme in localStorage; the media emulation covers "auto". Call before
 * `page.goto`: the init script runs on every navigation, ahead of the app.
 */
export async function setColorScheme(page: Page, scheme: ColorScheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.addInitScript((value) => {
    window.localStorage.setItem('mantine-color-scheme-value', value);
  }, scheme);
}

export type Language = 'en' | 'fr';

/** The portal's language preference (lib/preferences.ts). Call before `page.goto`. */
export async function setLanguage(page: Page, language: Language): Promise<void> {
  await page.addInitScript((value) => {
    window.localStorage.setItem('science-portal.language', value);
  }, language);
}

/** Both storages of the portal's origin, to check where a token ended up. */
export async function readStorage(
  page: Page,
): Promise<{ local: Record<string, string>; session: Record<string, string> }> {
  return page.evaluate(() => {
    const dump = (storage: Storage) => {
      const entries: Record<string, string> = {};
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index);
        if (key !== null) entries[key] = storage.getItem(key) ?? '';
      }
      return entries;
    };
    return { local: dump(window.localStorage), session: dump(window.sessionStorage) };
  });
}
