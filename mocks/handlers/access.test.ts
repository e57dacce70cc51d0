// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tokenFor } from '../node';
import { ORIGIN, call, formBody, runAgainstFakePlatform } from '../test-helpers';

runAgainstFakePlatform();

const portalPage = 'http://portal.test:4177/storage?path=%2Fhome%2Fjdoe';

const signIn = (fields: Record<string, string>, origin = ORIGIN) =>
  fetch(`${origin}/access/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: formBody(fields),
    redirect: 'manual',
  });

/** The CADC_SSO value a Set-Cookie header sets. */
const cookieValue = (response: Response) =>
  /^CADC_SSO=([^;]*)/.exec(response.headers.getSetCookie()[0] ?? '')?.[1];

const withCookie = (path: string, token: string, headers: Record<string, string> = {}) =>
  call(path, { token: '', headers: { Cookie: `theme=dark; CADC_SSO=${token}`, ...headers } });

describe('the fake site’s sign-in page (/access/login)', () => {
  it('serves a plain HTML form that returns to the target, with no script', async () => {
    const response = await fetch(`${ORIGIN}/access/login?target=${encodeURIComponent(portalPage)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<form method="post" action="/access/login">');
    expect(html).toContain(`name="target" value="${portalPage.replace(/&/g, '&#38;')}"`);
    expect(html).not.toMatch(/<script|style=|on\w+=/i);
  });

  it('sets CADC_SSO to an {ac}/login token and sends the user back to the target', async () => {
    const response = await signIn({ username: 'jdoe', password: 'demo-jdoe', target: portalPage });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(portalPage);
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^CADC_SSO=[A-Za-z0-9_-]{20,}; HttpOnly; Path=\/; SameSite=Lax$/);
    const token = cookieValue(response) ?? '';
    // The same token as a Bearer, since it is the same principal to every cadc-rest service.
    expect((await call('/skaha/v1/session', { token })).status).toBe(200);
  });

  it('is Secure and SameSite=None over https, as the real cookie', async () => {
    const response = await signIn(
      { username: 'jdoe', password: 'demo-jdoe', target: 'https://portal.test/' },
      'https://portal.test',
    );
    expect(response.headers.getSetCookie()[0]).toMatch(/; HttpOnly; Path=\/; Secure; SameSite=None$/);
  });

  it('refuses a wrong password with the form again, and sets no cookie', async () => {
    const response = await signIn({ username: 'jdoe', password: 'wrong', target: portalPage });
    expect(response.status).toBe(401);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(await response.text()).toContain('The user name or password was not accepted.');
  });

  it('returns only to an http(s) page of its own host', async () => {
    for (const target of ['https://evil.example/', 'javascript:alert(1)', '/relative', '//evil.example/']) {
      const response = await signIn({ username: 'jdoe', password: 'demo-jdoe', target });
      expect(response.status, target).toBe(400);
      expect(response.headers.getSetCookie(), target).toEqual([]);
      const page = await fetch(`${ORIGIN}/access/login?target=${encodeURIComponent(target)}`);
      expect(page.status, target).toBe(400);
    }
  });
});

describe('the fake site’s sign-out (/access/logout)', () => {
  it('clears the cookie and returns to the target', async () => {
    const response = await fetch(`${ORIGIN}/access/logout?target=${encodeURIComponent(portalPage)}`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(portalPage);
    expect(response.headers.getSetCookie()[0]).toMatch(/^CADC_SSO=; HttpOnly; Path=\/; Max-Age=0; /);
    const elsewhere = await fetch(`${ORIGIN}/access/logout?target=https%3A%2F%2Fevil.example%2F`, {
      redirect: 'manual',
    });
    expect(elsewhere.status).toBe(400);
  });
});

describe('the CADC_SSO cookie at the services', () => {
  it('signs in to skaha, cavern and ac like the Bearer token; not Harbor nor Prometheus; Bearer wins', async () => {
    const token = tokenFor('mchen');
    expect((await withCookie('/skaha/v1/session', token)).status).toBe(200);
    expect((await withCookie('/arc/nodes/home/mchen?limit=0', token)).status).toBe(200);
    // whoami redirects to the user (GET {ac}/users/mchen), which the cookie reaches too
    const whoami = await withCookie('/ac/whoami', token, { Accept: 'application/json' });
    expect(whoami.status).toBe(200);
    expect(await whoami.text()).toContain('"mchen"');
    expect((await withCookie('/ac/whoami', 'not-a-token')).status).toBe(401);
    // a cookie skaha does not accept fails authentication (401), unlike no credentials at all (400)
    expect((await withCookie('/skaha/v1/session', 'not-a-token')).status).toBe(401);
    expect((await withCookie('/prometheus/api/v1/query?query=up', token)).status).toBe(401);
    // Bearer wins: jdoe's token with mchen's cookie is jdoe, and a refused Bearer is not saved by the cookie
    const both = await withCookie('/ac/whoami', token, {
      Authorization: `Bearer ${tokenFor('jdoe')}`,
      Accept: 'application/json',
    });
    expect(await both.text()).toContain('"jdoe"');
    const badBearer = await withCookie('/ac/whoami', token, { Authorization: 'Bearer not-a-token' });
    expect(badBearer.status).toBe(401);
  });
});
