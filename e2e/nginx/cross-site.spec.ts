import { createServer, type Server } from 'node:http';
import { NGINX_PORT, expect, test } from './support/fixtures';

// Another site cannot make the user's browser change anything on the platform through the portal (deploy/nginx:
// writes to skaha, cavern and ac only from the portal's own pages), even where a service would take the
// browser's cookie as the user's sign-in.

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const OTHER_SITE_PORT = 4184 + offset;
const portal = `http://127.0.0.1:${NGINX_PORT}`;

let otherSite: Server | undefined;

test.beforeAll(async () => {
  otherSite = createServer((_incoming, outgoing) => {
    outgoing.writeHead(200, { 'Content-Type': 'text/html' });
    outgoing.end(`<!doctype html><title>Free telescope time</title>
<form method="post" action="${portal}/skaha/v1/session">
  <input type="hidden" name="name" value="hijacked">
  <input type="hidden" name="image" value="images.canfar.net/skaha/astroml-notebook:26.03">
  <input type="hidden" name="type" value="notebook">
  <button>Claim your hours</button>
</form>
`);
  });
  await new Promise<void>((done, fail) => {
    otherSite?.once('error', fail);
    otherSite?.listen(OTHER_SITE_PORT, '127.0.0.1', done);
  });
});

test.afterAll(async () => {
  await new Promise<void>((done) => {
    if (!otherSite) {
      done();
      return;
    }
    otherSite.closeAllConnections();
    otherSite.close(() => {
      done();
    });
  });
});

test('another site’s form posting to skaha through the portal is refused before it reaches skaha', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 403/, 'the refusal this test provokes');
  // The user's browser holds a sign-in cookie for the portal's host, as CADC's SSO sets one.
  await page.context().addCookies([{ name: 'CADC_SSO', value: 'the-user-session', url: portal }]);
  await page.goto(`http://127.0.0.1:${OTHER_SITE_PORT}/`);
  const answer = page.waitForResponse((response) => response.url() === `${portal}/skaha/v1/session`);
  await page.getByRole('button', { name: 'Claim your hours' }).click();
  const response = await answer;
  expect(response.request().method()).toBe('POST');
  expect((await response.request().allHeaders())['sec-fetch-site']).toBe('same-site');
  // nginx's own refusal, not skaha's answer (the fake skaha would say 401 for a cookie it does not accept).
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain('403 Forbidden');
});
