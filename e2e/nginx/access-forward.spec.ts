import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { localDefaults, startNginx, type RunningNginx } from '../../scripts/nginx';
import { accountMenu, demoUser, expectSeededSessions, signInHeading } from '../support/portal';
import { expect, test } from './support/fixtures';

// ACCESS_UPSTREAM forwards the site's access service at /access/ on the portal's host, so its sign-in and
// sign-out pages (which set and clear CADC_SSO) are same-origin, as on canfar.net; off, /access/ is not there.

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const FAKE_PLATFORM = `http://127.0.0.1:${4010 + offset}`;
const ROOT_PORT = 4193 + offset;
const SUBPATH_PORT = 4194 + offset;
const OFF_PORT = 4195 + offset;

const running: RunningNginx[] = [];

async function serve(port: number, values: { ACCESS_UPSTREAM: string; PORTAL_BASE_PATH: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'science-portal-access-'));
  chmodSync(dir, 0o755);
  const config = join(dir, 'config.json');
  // The site's pages on this origin: the form's link and the sign-out go there.
  writeFileSync(
    config,
    JSON.stringify({
      auth: { mode: 'cadc', cadc: { loginUrl: '/access/login', logoutUrl: '/access/logout' } },
    }),
    { mode: 0o644 },
  );
  const nginx = await startNginx({
    values: {
      ...localDefaults({
        upstream: FAKE_PLATFORM,
        listen: `127.0.0.1:${port}`,
        root: resolve('dist'),
        config,
      }),
      ...values,
    },
    dir: join(tmpdir(), `science-portal-nginx-${port}`),
  });
  running.push(nginx);
  return nginx.url;
}

test.afterAll(async () => {
  await Promise.all(running.map((nginx) => nginx.stop()));
});

test('the site’s sign-in page on the portal’s own host signs the user in, and its sign-out signs them out', async ({
  page,
}) => {
  const portal = await serve(ROOT_PORT, { ACCESS_UPSTREAM: FAKE_PLATFORM, PORTAL_BASE_PATH: '/' });
  await page.goto(`${portal}/sessions`);
  await page.getByRole('link', { name: 'Sign in with your CANFAR account' }).click();
  await expect(page).toHaveURL(new RegExp(`^${portal}/access/login\\?target=`));
  await page.getByLabel('Username').fill(demoUser.username);
  await page.getByLabel('Password').fill(demoUser.password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await expect(page).toHaveURL(`${portal}/sessions`);
  await expectSeededSessions(page);
  const cookies = await page.context().cookies(portal);
  expect(cookies.map((cookie) => cookie.name)).toContain('CADC_SSO');

  await accountMenu(page).click();
  const leaving = page.waitForRequest(
    (request) => request.url().startsWith(`${portal}/access/logout?`) && request.isNavigationRequest(),
  );
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await leaving;
  await expect(page).toHaveURL(`${portal}/`);
  await expect(signInHeading(page)).toBeVisible();
  expect((await page.context().cookies(portal)).map(({ name }) => name)).not.toContain('CADC_SSO');
});

test('beside a portal served under a sub-path, /access/ stays at the host’s root', async ({ request }) => {
  const portal = await serve(SUBPATH_PORT, {
    ACCESS_UPSTREAM: FAKE_PLATFORM,
    PORTAL_BASE_PATH: '/science-portal/',
  });
  const signIn = await request.get(
    `${portal}/access/login?target=${encodeURIComponent(`${portal}/science-portal/`)}`,
  );
  expect(signIn.status()).toBe(200);
  expect(await signIn.text()).toContain('<form');
  // anything else outside the sub-path is still not this portal's
  expect((await request.get(`${portal}/skaha/v1/session`)).status()).toBe(404);
});

test('without ACCESS_UPSTREAM there is no /access/ on the host', async ({ request }) => {
  const portal = await serve(OFF_PORT, { ACCESS_UPSTREAM: '', PORTAL_BASE_PATH: '/science-portal/' });
  expect((await request.get(`${portal}/access/login`)).status()).toBe(404);
});
