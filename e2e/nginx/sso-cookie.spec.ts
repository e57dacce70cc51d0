import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { localDefaults, startNginx, type RunningNginx } from '../../scripts/nginx';
import { accountMenu, demoUser, expectSeededSessions, sessionFilter, signInHeading } from '../support/portal';
import { readStorage } from '../support/fixtures';
import { expect, test } from './support/fixtures';

// Signed in on the site (canfar.net's /access pages set CADC_SSO) means signed in on the portal.

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
/** A deployment whose config.json names the site's sign-in and sign-out pages. */
const SITE_NGINX_PORT = 4192 + offset;
const PORTAL = `http://127.0.0.1:${SITE_NGINX_PORT}`;
/**
 * The fake site's pages are on the fake platform's own port: cookies belong to a host, not a port, so the
 * CADC_SSO it sets reaches the portal's origin as canfar.net's reaches every application of its domain.
 */
const FAKE_PLATFORM = `http://127.0.0.1:${4010 + offset}`;

let site: RunningNginx | undefined;

test.beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'science-portal-site-'));
  // nginx's workers run as another user: they must be able to read the file.
  chmodSync(dir, 0o755);
  const config = join(dir, 'config.json');
  writeFileSync(
    config,
    JSON.stringify({
      auth: {
        mode: 'cadc',
        cadc: { loginUrl: `${FAKE_PLATFORM}/access/login`, logoutUrl: `${FAKE_PLATFORM}/access/logout` },
      },
    }),
    { mode: 0o644 },
  );
  site = await startNginx({
    values: localDefaults({
      upstream: FAKE_PLATFORM,
      listen: `127.0.0.1:${SITE_NGINX_PORT}`,
      root: resolve('dist'),
      config,
    }),
    dir: join(tmpdir(), `science-portal-nginx-${SITE_NGINX_PORT}`),
  });
});

test.afterAll(async () => {
  await site?.stop();
});

/** The portal's calls to skaha, cavern and ac, with the headers the browser really sent. */
function recordServiceCalls(page: Page): Promise<Record<string, string>>[] {
  const calls: Promise<Record<string, string>>[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.origin === PORTAL && /^\/(skaha|arc|ac)\//.test(url.pathname)) {
      calls.push(request.allHeaders().then((headers) => ({ ...headers, url: url.pathname })));
    }
  });
  return calls;
}

async function signInOnTheSite(page: Page) {
  await expect(page.getByRole('heading', { name: 'Sign in to CANFAR' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Username' }).fill(demoUser.username);
  await page.getByLabel('Password').fill(demoUser.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('signed in on the site, the portal opens on the sessions; signing out goes through the site', async ({
  page,
  context,
}) => {
  const calls = recordServiceCalls(page);
  await page.goto(`${FAKE_PLATFORM}/access/login?target=${encodeURIComponent(`${PORTAL}/sessions`)}`);
  await signInOnTheSite(page);
  await expect(page).toHaveURL(`${PORTAL}/sessions`);
  await expectSeededSessions(page);
  await expect(signInHeading(page)).toBeHidden();

  const sent = await Promise.all(calls);
  expect(sent.map(({ url }) => url)).toContain('/ac/whoami');
  expect(sent.map(({ url }) => url)).toContain('/skaha/v1/session');
  for (const headers of sent) {
    expect(headers.authorization, headers.url).toBeUndefined();
    expect(headers.cookie, headers.url).toMatch(/CADC_SSO=/);
  }
  const storage = await readStorage(page);
  expect(JSON.stringify(storage)).not.toMatch(/token/i);

  await accountMenu(page).click();
  const leaving = page.waitForRequest(
    (request) => request.url().startsWith(`${FAKE_PLATFORM}/access/logout?`) && request.isNavigationRequest(),
  );
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  expect(new URL((await leaving).url()).searchParams.get('target')).toBe(`${PORTAL}/`);
  await expect(page).toHaveURL(`${PORTAL}/`);
  await expect(signInHeading(page)).toBeVisible();
  expect((await context.cookies()).map(({ name }) => name)).not.toContain('CADC_SSO');
});

test('the sign-in form offers the site’s sign-in, which returns to the page asked for', async ({ page }) => {
  await page.goto(`${PORTAL}/sessions?q=carta`);
  await expect(signInHeading(page)).toBeVisible();
  await page.getByRole('link', { name: 'Sign in with your CANFAR account' }).click();
  await signInOnTheSite(page);
  await expect(page).toHaveURL(`${PORTAL}/sessions?q=carta`);
  await expect(sessionFilter(page)).toHaveValue('carta');
  await expect(page.getByRole('main').getByRole('article', { name: 'carta-m31', exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByRole('article', { name: 'notebook1', exact: true })).toBeHidden();
});
