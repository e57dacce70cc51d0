import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { localDefaults, startNginx, type RunningNginx } from '../../scripts/nginx';
import { demoUser, sessionCell, submitPassword } from '../support/portal';
import { expect as baseExpect, CAVERN_HOST_PORT, test } from './support/fixtures';

// The same dist/ as the root deployment (support/fixtures.ts), served by a second nginx under a sub-path, as
// canfar.net serves its apps on one host: every file, route and service call stays under it.

const expect = baseExpect.configure({ timeout: 15_000 });
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
// Not 4190: it is on the Fetch standard's list of blocked ports (ManageSieve), which browsers and Node's fetch refuse.
const SUBPATH_NGINX_PORT = 4191 + offset;
const FAKE_PLATFORM = `http://127.0.0.1:${4010 + offset}`;
const BASE = '/science-portal/';

let nginx: RunningNginx | undefined;

test.beforeAll(async () => {
  const defaults = localDefaults({
    upstream: FAKE_PLATFORM,
    listen: `127.0.0.1:${SUBPATH_NGINX_PORT}`,
    root: resolve('dist'),
    config: resolve('e2e/config/cadc.json'),
  });
  nginx = await startNginx({
    values: {
      ...defaults,
      PORTAL_BASE_PATH: BASE,
      // cavern's own host (support/cavern-host.ts): its 303s name it, and nginx brings them under the sub-path.
      CAVERN_UPSTREAM: `http://127.0.0.1:${CAVERN_HOST_PORT}`,
    },
    dir: join(tmpdir(), `science-portal-nginx-${SUBPATH_NGINX_PORT}`),
  });
});

test.afterAll(async () => {
  await nginx?.stop();
});

const origin = () => {
  if (!nginx) throw new Error('the sub-path nginx did not start');
  return nginx.url;
};
const at = (path: string) => `${origin()}${BASE}${path}`;

/** Every address on the portal's origin the page asks for, to check none leaves the sub-path. */
function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin()) paths.push(url.pathname);
  });
  return paths;
}

const outsideBase = (paths: readonly string[]) => paths.filter((path) => !path.startsWith(BASE));
const row = (page: Page, name: string) => page.getByRole('grid').getByRole('row').filter({ hasText: name });

test('the host’s root is not the portal’s: its services and files answer 404 there', async ({ request }) => {
  expect((await request.get(`${origin()}/config.json`)).status()).toBe(404);
  expect((await request.get(`${origin()}/skaha/v1/session`)).status()).toBe(404);
  expect((await request.get(`${origin()}/sessions`)).status()).toBe(404);
  // The sub-path without its final slash is the portal's too.
  const bare = await request.get(`${origin()}/science-portal`, { maxRedirects: 0 });
  expect(bare.status()).toBe(302);
  expect(bare.headers().location).toBe(BASE);
  // Its index.html names the sub-path as its base; the nonce is still per response.
  const html = await (await request.get(at('storage/home/jdoe'))).text();
  expect(html).toContain(`<base href="${BASE}"`);
  expect(html).not.toContain('PORTAL_CSP_NONCE');
});

test('ac’s whoami redirect, which names ac’s own host, comes back under the sub-path', async ({
  request,
}) => {
  const login = await request.post(at('ac/login'), {
    form: { username: demoUser.username, password: demoUser.password },
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  expect(login.status()).toBe(200);
  const token = (await login.text()).trim();
  const whoami = await request.get(at('ac/whoami'), {
    headers: { Authorization: `Bearer ${token}` },
    maxRedirects: 0,
  });
  expect(whoami.status()).toBe(302);
  // the fake, as ac, writes http://127.0.0.1:<its port>/ac/users/jdoe?idType=http: nginx's default rewrite
  // would make that /ac/users/…, outside the sub-path (404), and sign-in could never complete
  expect(whoami.headers().location).toBe(`${BASE}ac/users/${demoUser.username}?idType=http`);
});

test('config.json is asked for once, under the sub-path, while the app’s code is still arriving', async ({
  page,
}) => {
  const configs: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('/config.json')) configs.push(pathname);
  });
  await page.goto(at('sessions'));
  await expect(page.locator('#root')).not.toBeEmpty();
  const timing = await page.evaluate(() => {
    const entries = performance
      .getEntriesByType('resource')
      .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming);
    const config = entries.find((entry) => entry.name.endsWith('/config.json'));
    const code = entries.find((entry) => /\/assets\/index-[\w-]+\.js$/.test(entry.name));
    return { configStart: config?.startTime, codeEnd: code?.responseEnd };
  });
  expect(configs).toEqual([`${BASE}config.json`]);
  // index.html preloads it: asked for beside the entry's code, not a round trip after it has run
  expect(timing.configStart).toBeDefined();
  expect(timing.codeEnd).toBeDefined();
  expect(timing.configStart).toBeLessThan(timing.codeEnd ?? 0);
});

test('sign in, a deep link reloaded, launch a notebook to Running', async ({ page, fakePlatform }) => {
  test.slow();
  // the page's own clock, moved on below so the portal's next poll of the list comes at once
  await page.clock.install();
  const paths = recordRequests(page);
  await page.goto(at('sessions'));
  await submitPassword(page, demoUser.username, demoUser.password);
  await expect(sessionCell(page, 'notebook1')).toBeVisible();

  const image = 'images.canfar.net/skaha/astroml-notebook:26.03';
  await page.goto(at(`sessions/launch?${new URLSearchParams({ type: 'notebook', image, name: 'subpath' })}`));
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  const tile = sessionCell(page, 'subpath');
  await expect(tile).toContainText('Pending');
  await fakePlatform.advanceClock(5_000);
  await page.clock.fastForward(3_000);
  await expect(tile).toContainText('Running');
  // The app's own links keep the sub-path.
  await page.getByRole('link', { name: 'Storage' }).first().click();
  await expect(page).toHaveURL(new RegExp(`^${origin()}${BASE}storage`));

  await page.goto(at('storage/home/jdoe'));
  await expect(row(page, 'm31_deep.fits')).toBeVisible();
  await page.reload();
  await expect(row(page, 'm31_deep.fits')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`${BASE}storage/home/jdoe`);

  expect(paths.length).toBeGreaterThan(0);
  expect(outsideBase(paths)).toEqual([]);
});

test('storage: listing, upload with a verified checksum, rename by job; then usage', async ({ page }) => {
  test.slow();
  const paths = recordRequests(page);
  await page.goto(at('storage/home/jdoe'));
  await submitPassword(page, demoUser.username, demoUser.password);
  await expect(row(page, 'm31_deep.fits')).toBeVisible();

  const bytes = Buffer.from('ra,dec\n10.68,41.27\n'.repeat(5000));
  await page
    .locator('input[type=file]:not([webkitdirectory])')
    .first()
    .setInputFiles({ name: 'subpath.csv', mimeType: 'text/csv', buffer: bytes });
  await expect(page.getByText('Uploaded, checksum verified')).toBeVisible();
  await row(page, 'subpath.csv').click();
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('dialog')).toContainText(createHash('md5').update(bytes).digest('hex'));
  await page.keyboard.press('Escape');

  // cavern's 303 to its job names its own host; nginx rewrites it to the sub-path.
  await row(page, 'notes.txt').click();
  await page.getByRole('button', { name: 'Rename' }).click();
  const name = page.getByRole('dialog').getByRole('textbox', { name: 'New name' });
  await name.fill('subpath-notes.txt');
  await name.press('Enter');
  await expect(page.getByText('Renamed to subpath-notes.txt.')).toBeVisible();

  await page.goto(at('usage?window=day'));
  await expect(page.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Top sessions', exact: true }).getByRole('row', { name: /h5c0tt9j/ }),
  ).toBeVisible();

  expect(outsideBase(paths)).toEqual([]);
});
