import type { Page } from '@playwright/test';
import {
  demoUser,
  expectSeededSessions,
  sessionsHeading,
  signInHeading,
  submitPassword,
} from '../support/portal';
import { expect as baseExpect, test } from './support/fixtures';

// A start on a slow link (src/start-early.ts): config.json, the sign-in check and the dashboard's sessions are
// asked for while the app's code is still arriving, once each, and the app uses those answers; signed out, the
// sign-in screen's code comes then too.

const expect = baseExpect.configure({ timeout: 20_000 });

/** A far user's link (bench/figures/load.ts's): the app's code then takes about a second to arrive. */
async function slowLink(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 200_000,
    uploadThroughput: 93_750,
  });
}

/** Every call to the platform's services the page makes, by path. */
function serviceCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/^\/(ac|skaha|cavern|harbor|prometheus)\//.test(pathname) || pathname === '/config.json')
      calls.push(pathname);
  });
  return calls;
}

/**
 * When each file or call of the last load started and ended, on the page's clock. The path keeps its query:
 * the platform meters' `/skaha/v1/session?view=stats` is not the session list.
 */
function timings(page: Page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming)
      .map((entry) => {
        const url = new URL(entry.name);
        return { path: url.pathname + url.search, start: entry.startTime, end: entry.responseEnd };
      }),
  );
}

test('a signed-in reload asks for config, whoami and the sessions once each, before the app’s code has arrived', async ({
  page,
}) => {
  await page.goto('/sessions');
  await submitPassword(page, demoUser.username, demoUser.password);
  await expectSeededSessions(page);

  await slowLink(page);
  const calls = serviceCalls(page);
  await page.reload();
  await expectSeededSessions(page);

  expect(calls.filter((path) => path === '/config.json')).toHaveLength(1);
  expect(calls.filter((path) => path === '/ac/whoami')).toHaveLength(1);
  const entries = await timings(page);
  const code = entries.find((entry) => /^\/assets\/index-[\w-]+\.js$/.test(entry.path));
  const whoami = entries.find((entry) => entry.path === '/ac/whoami');
  const [sessions, ...later] = entries.filter((entry) => entry.path === '/skaha/v1/session');
  if (!code || !whoami || !sessions) throw new Error('the load’s timings lack the entry, whoami or the list');
  // asked for while the entry was arriving, not a round trip after it had run
  expect(whoami.start).toBeLessThan(code.end);
  expect(sessions.start).toBeLessThan(code.end);
  // A later list is the dashboard's poll (every 3 s while a session is pending), not the app asking again at
  // its start, which would follow the entry within a second.
  for (const poll of later) expect(poll.start - sessions.end).toBeGreaterThan(2_500);
});

test('a signed-in reload of another page asks whoami early, and the page lists its own data', async ({
  page,
}) => {
  await page.goto('/sessions');
  await submitPassword(page, demoUser.username, demoUser.password);
  await expect(sessionsHeading(page)).toBeVisible();

  await slowLink(page);
  const calls = serviceCalls(page);
  await page.goto('/storage/home/jdoe');
  await expect(page.getByRole('grid').getByRole('row').nth(1)).toBeVisible();

  expect(calls.filter((path) => path === '/ac/whoami')).toHaveLength(1);
  const entries = await timings(page);
  const code = entries.find((entry) => /^\/assets\/index-[\w-]+\.js$/.test(entry.path));
  const whoami = entries.find((entry) => entry.path === '/ac/whoami');
  if (!code || !whoami) throw new Error('the load’s timings lack the entry or whoami');
  expect(whoami.start).toBeLessThan(code.end);
  // The dashboard's list is not asked for early on a page that does not show it: at most once, by the notice
  // of a session about to end, which follows the page's first paint.
  const lists = entries.filter((entry) => entry.path === '/skaha/v1/session');
  expect(lists.length).toBeLessThanOrEqual(1);
  for (const list of lists) expect(list.start).toBeGreaterThan(code.end);
});

test('a signed-out start fetches the sign-in screen’s code while the app’s code is still arriving', async ({
  page,
}) => {
  await slowLink(page);
  await page.goto('/sessions');
  await expect(signInHeading(page)).toBeVisible();

  const entries = await timings(page);
  const code = entries.find((entry) => /^\/assets\/index-[\w-]+\.js$/.test(entry.path));
  const whoami = entries.find((entry) => entry.path === '/ac/whoami');
  const screen = entries.find((entry) => /^\/assets\/sign-in-screen-[\w-]+\.js$/.test(entry.path));
  const styles = entries.find((entry) => /^\/assets\/mantine-rest-[\w-]+\.css$/.test(entry.path));
  if (!code || !whoami || !screen || !styles)
    throw new Error('the load’s timings lack the entry, whoami, the sign-in screen or its styles');
  // once whoami has refused the site's cookie, not a round trip after the app has run
  expect(screen.start).toBeGreaterThanOrEqual(whoami.end);
  expect(screen.start).toBeLessThan(code.end);
  expect(styles.start).toBeLessThan(code.end);
  // each asked for once
  expect(entries.filter((entry) => entry.path === screen.path)).toHaveLength(1);
});
