import { readdirSync } from 'node:fs';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { CAVERN_HOST_PORT, expect, test } from './support/fixtures';

// What nginx (deploy/nginx/templates/portal.conf.template) puts on the wire, in front of the fake platform.

const entryScript = () => {
  const name = readdirSync('dist/assets').find((file) => /^index-.*\.js$/.test(file));
  if (!name) throw new Error('no dist/assets/index-*.js: build first');
  return `/assets/${name}`;
};

function cspDirectives(response: APIResponse): Map<string, string[]> {
  const header = response.headers()['content-security-policy'];
  expect(header, `a Content-Security-Policy on ${response.url()}`).toBeTruthy();
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

/** These requests send no Sec-Fetch-Site, as a script or an older browser: nginx lets writes through with this. */
const SCRIPTED = { 'X-Requested-With': 'XMLHttpRequest' };

async function signIn(request: APIRequestContext): Promise<string> {
  const response = await request.post('/ac/login', {
    form: { username: 'jdoe', password: 'demo-jdoe' },
    headers: SCRIPTED,
  });
  expect(response.status()).toBe(200);
  return (await response.text()).trim();
}

test('every answer carries the security headers, errors included', async ({ request }) => {
  for (const [path, status] of [
    ['/', 200],
    [entryScript(), 200],
    ['/config.json', 200],
    ['/assets/no-such-file.js', 404],
    ['/ac/whoami', 401],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    const csp = cspDirectives(response);
    const all = [...csp.values()].flat();
    expect(all, path).not.toContain("'unsafe-inline'");
    expect(all, path).not.toContain("'unsafe-eval'");
    expect(all, path).not.toContain('*');
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('style-src')?.[0]).toBe("'self'");
    expect(csp.get('style-src')?.[1]).toMatch(/^'nonce-[0-9a-f]{32}'$/);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    const headers = response.headers();
    expect(headers['strict-transport-security'], path).toMatch(/^max-age=\d{7,}/);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
});

test('index.html has no inline script or style, and a fresh style nonce matching the CSP', async ({
  request,
}) => {
  const nonces: string[] = [];
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const response = await request.get('/');
    const html = await response.text();
    expect(html).not.toContain('PORTAL_CSP_NONCE');
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const nonce = /<meta property="csp-nonce" nonce="([0-9a-f]{32})">/.exec(html)?.[1];
    expect(nonce).toBeDefined();
    expect(cspDirectives(response).get('style-src')).toContain(`'nonce-${nonce ?? ''}'`);
    nonces.push(nonce ?? '');
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test('hashed assets are cached for good; index.html and config.json are revalidated', async ({ request }) => {
  const asset = await request.get(entryScript());
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const path of ['/', '/index.html', '/config.json', '/sessions/launch']) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
  }
  // A missing asset must not be cached as if it were one; the services' answers keep their own headers.
  expect((await request.get('/assets/no-such-file.js')).headers()['cache-control']).toBeUndefined();
  expect((await request.get('/ac/whoami')).headers()['cache-control'] ?? '').not.toContain('immutable');
  expect(await (await request.get('/config.json')).json()).toEqual({ auth: { mode: 'cadc' } });
});

test('JavaScript and CSS are served gzip-compressed', async ({ request }) => {
  const response = await request.get(entryScript(), { headers: { 'Accept-Encoding': 'gzip' } });
  expect(response.headers()['content-encoding']).toBe('gzip');
  expect(response.headers()['content-type']).toMatch(/javascript/);
  expect(response.headers().vary).toContain('Accept-Encoding');
});

test('a deep link gets the app; a missing asset is a 404, not the app', async ({ request }) => {
  const deep = await request.get('/storage/home/jdoe/data?sort=size');
  expect(deep.status()).toBe(200);
  expect(deep.headers()['content-type']).toContain('text/html');
  // the app's root, holding the words shown until the first render
  expect(await deep.text()).toContain('<div id="root">');
  expect(await deep.text()).toContain('Loading the Science Portal…');

  const missing = await request.get('/assets/index-00000000.js');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).not.toContain('<div id="root">');

  // The build manifest stays on the server.
  expect((await request.get('/.vite/manifest.json')).status()).toBe(404);
});

test("cavern's 303 to its own host comes back on the portal's origin", async ({ request }) => {
  const token = await signIn(request);
  const transfer = `<vos:transfer xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" version="2.1">
  <vos:target>vos://cadc.nrc.ca~arc/home/jdoe/notes.txt</vos:target>
  <vos:direction>pullFromVoSpace</vos:direction>
  <vos:protocol uri="ivo://ivoa.net/vospace/core#httpsget"/>
</vos:transfer>`;
  const negotiate = (base: string) =>
    request.post(`${base}/arc/synctrans`, {
      headers: { ...SCRIPTED, Authorization: `Bearer ${token}`, 'Content-Type': 'text/xml' },
      data: transfer,
      maxRedirects: 0,
    });
  // Straight from cavern's host, the Location names that host…
  const direct = await negotiate(`http://127.0.0.1:${CAVERN_HOST_PORT}`);
  expect(direct.status()).toBe(303);
  expect(direct.headers().location).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/arc\/transfers\//);
  // …through nginx it is a path on the portal's own origin, which the browser's fetch may follow.
  const proxied = await negotiate('');
  expect(proxied.status()).toBe(303);
  const location = proxied.headers().location ?? '';
  expect(location).toMatch(/^\/arc\/transfers\/[^/]+\/results\/transferDetails$/);
  const details = await request.get(location, { headers: { Authorization: `Bearer ${token}` } });
  expect(await details.text()).toContain('/arc/files/preauth:');
});

test('an upload larger than nginx’s default body limit streams through to cavern', async ({ request }) => {
  const token = await signIn(request);
  // 3 MiB: nginx's default client_max_body_size (1 MiB) would answer 413.
  const body = Buffer.alloc(3 * 1024 * 1024, 'ra,dec\n');
  const put = await request.put('/arc/files/home/jdoe/large-upload.csv', {
    headers: { ...SCRIPTED, Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' },
    data: body,
  });
  expect(put.status()).toBeLessThan(300);
  const back = await request.get('/arc/files/home/jdoe/large-upload.csv', {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(back.status()).toBe(200);
  expect((await back.body()).length).toBe(body.length);
});
