import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { localDefaults, startNginx, type RunningNginx } from '../../scripts/nginx';
import { expect, test } from './support/fixtures';

// Which upstreams nginx trusts and which of their paths it forwards; which files of the build it serves.

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
/**
 * A second nginx, as a demo deployment whose skaha, Harbor and Prometheus are one server that answers every
 * request and records it (so only nginx can refuse one), and whose ac is an impostor with a self-signed
 * certificate.
 */
const DEMO_NGINX_PORT = 4187 + offset;
const IMPOSTOR_PORT = 4188 + offset;
const RECORDER_PORT = 4185 + offset;
const FAKE_PLATFORM = `http://127.0.0.1:${4010 + offset}`;

const assets = () => readdirSync('dist/assets');
const oneOf = (pattern: RegExp) => {
  const name = assets().find((file) => pattern.test(file));
  if (!name) throw new Error(`no ${String(pattern)} in dist/assets: build first`);
  return `/assets/${name}`;
};

test('source maps and the fake platform’s files are 404 unless the deployment is a demo', async ({
  request,
}) => {
  const files = [oneOf(/^index-.*\.js\.map$/), oneOf(/^fake-platform-.*\.js$/), '/mockServiceWorker.js'];
  for (const path of files) expect((await request.get(path)).status(), path).toBe(404);
  // The app itself is whole.
  expect((await request.get(oneOf(/^index-.*\.js$/))).status()).toBe(200);
});

interface Recorded {
  method: string;
  url: string;
  cookie: string | undefined;
}

test.describe('a second deployment: a demo, services that answer everything, an impostor for ac', () => {
  let impostor: Server | undefined;
  let recorder: HttpServer | undefined;
  const recorded: Recorded[] = [];
  let demo: RunningNginx | undefined;
  const impostorRequests: string[] = [];
  let handshakes = 0;

  test.beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'science-portal-impostor-'));
    const made = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1']
        .concat(['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'])
        .concat(['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')]),
      { encoding: 'utf8' },
    );
    if (made.status !== 0) throw new Error(`openssl could not make a certificate:\n${made.stderr}`);
    const server = createServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (incoming, outgoing) => {
        impostorRequests.push(`${incoming.method ?? ''} ${incoming.url ?? ''}`);
        outgoing.writeHead(200, { 'Content-Type': 'application/json' });
        outgoing.end('[{"name":"impostor"}]');
      },
    );
    server.on('secureConnection', () => {
      handshakes += 1;
    });
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(IMPOSTOR_PORT, '127.0.0.1', done);
    });
    impostor = server;
    recorder = createHttpServer((incoming, outgoing) => {
      recorded.push({
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        cookie: incoming.headers.cookie,
      });
      incoming.resume();
      outgoing.writeHead(200, { 'Content-Type': 'application/json' });
      outgoing.end('[]');
    });
    await new Promise<void>((done, fail) => {
      recorder?.once('error', fail);
      recorder?.listen(RECORDER_PORT, '127.0.0.1', done);
    });
    demo = await startNginx({
      values: {
        ...localDefaults({
          upstream: FAKE_PLATFORM,
          listen: `127.0.0.1:${DEMO_NGINX_PORT}`,
          root: resolve('dist'),
          config: resolve('dev/config.mock.json'),
        }),
        SKAHA_UPSTREAM: `http://127.0.0.1:${RECORDER_PORT}`,
        HARBOR_UPSTREAM: `http://127.0.0.1:${RECORDER_PORT}`,
        PROMETHEUS_UPSTREAM: `http://127.0.0.1:${RECORDER_PORT}`,
        AC_UPSTREAM: `https://127.0.0.1:${IMPOSTOR_PORT}`,
        PORTAL_DEMO: 'true',
      },
      dir: join(tmpdir(), `science-portal-nginx-${DEMO_NGINX_PORT}`),
    });
  });

  test.afterAll(async () => {
    await demo?.stop();
    for (const server of [impostor, recorder]) {
      await new Promise<void>((done) => {
        if (!server) {
          done();
          return;
        }
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      });
    }
  });

  test.beforeEach(() => {
    recorded.length = 0;
  });

  test('only Harbor’s API is forwarded: its web UI and registry are not on the portal’s origin', async ({
    request,
  }) => {
    const base = demo?.url ?? '';
    const api = await request.get(`${base}/harbor/api/v2.0/projects?page=1`);
    expect(api.status()).toBe(200);
    expect(recorded.map(({ url }) => url)).toEqual(['/api/v2.0/projects?page=1']);
    for (const path of [
      '/harbor/',
      '/harbor/c/oidc/login',
      '/harbor/v2/',
      '/harbor/v2/_catalog',
      '/harbor/api/v2.1/x',
    ]) {
      expect((await request.get(`${base}${path}`)).status(), path).toBe(404);
    }
    expect(recorded).toHaveLength(1);
  });

  test('an upstream whose certificate the system does not trust is refused: 502, no request', async ({
    request,
  }) => {
    const response = await request.get(`${demo?.url ?? ''}/ac/whoami`);
    expect(response.status()).toBe(502);
    expect(await response.text()).not.toContain('impostor');
    expect(impostorRequests).toEqual([]);
    // The handshake itself reached the impostor (TLS 1.3 ends on the server's side before nginx checks
    // the certificate): nginx refused it there.
    expect(handshakes).toBeGreaterThan(0);
  });

  test('a demo serves the fake platform’s files, still no source maps', async ({ request }) => {
    const base = demo?.url ?? '';
    for (const path of [oneOf(/^fake-platform-.*\.js$/), '/mockServiceWorker.js']) {
      const response = await request.get(`${base}${path}`);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toMatch(/javascript/);
    }
    expect((await request.get(`${base}${oneOf(/^index-.*\.js\.map$/)}`)).status()).toBe(404);
  });

  test('the browser’s cookies reach skaha, never Harbor or Prometheus', async ({ request }) => {
    const base = demo?.url ?? '';
    const cookie = 'CADC_SSO=a-session; other=1';
    for (const path of [
      '/skaha/v1/session',
      '/harbor/api/v2.0/projects',
      '/prometheus/api/v1/query?query=up',
    ])
      expect((await request.get(`${base}${path}`, { headers: { Cookie: cookie } })).status(), path).toBe(200);
    expect(recorded.map(({ url, cookie }) => [url, cookie])).toEqual([
      ['/skaha/v1/session', cookie],
      ['/api/v2.0/projects', undefined],
      ['/prometheus/api/v1/query?query=up', undefined],
    ]);
  });

  test('a write to skaha, cavern or ac comes only from the portal’s own pages', async ({ request }) => {
    const base = demo?.url ?? '';
    const post = (path: string, headers: Record<string, string>) =>
      request.post(`${base}${path}`, { headers, form: { name: 'x' } });
    // Another site's form (a browser says where it comes from), or a request that says nothing at all.
    const refused: Record<string, string>[] = [
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
      { 'Sec-Fetch-Site': 'none' },
      { 'Sec-Fetch-Site': 'cross-site', 'X-Requested-With': 'XMLHttpRequest' },
      {},
    ];
    for (const headers of refused) {
      for (const path of ['/skaha/v1/session', '/arc/nodes/home/jdoe/x', '/ac/login'])
        expect((await post(path, headers)).status(), `${path} ${JSON.stringify(headers)}`).toBe(403);
    }
    expect(recorded).toEqual([]);
    // The portal's own page, and an older browser's script marked by the app's header.
    expect((await post('/skaha/v1/session', { 'Sec-Fetch-Site': 'same-origin' })).status()).toBe(200);
    expect((await post('/skaha/v1/session', { 'X-Requested-With': 'XMLHttpRequest' })).status()).toBe(200);
    // Reading is not a write; Harbor and Prometheus take no cookie, so no check there.
    expect(
      (
        await request.get(`${base}/skaha/v1/session`, { headers: { 'Sec-Fetch-Site': 'cross-site' } })
      ).status(),
    ).toBe(200);
    expect((await request.post(`${base}/prometheus/api/v1/query`, { form: { query: 'up' } })).status()).toBe(
      200,
    );
    expect(recorded.map(({ method, url }) => `${method} ${url}`)).toEqual([
      'POST /skaha/v1/session',
      'POST /skaha/v1/session',
      'GET /skaha/v1/session',
      'POST /prometheus/api/v1/query',
    ]);
  });
});
