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
 * A second nginx, as a demo deployment whose Harbor is a server answering every path (so only nginx can
 * refuse one) and whose Prometheus is an impostor with a self-signed certificate.
 */
const DEMO_NGINX_PORT = 4187 + offset;
const IMPOSTOR_PORT = 4188 + offset;
const HARBOR_PORT = 4185 + offset;
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

test.describe('a second deployment: a demo, an open Harbor, an impostor for Prometheus', () => {
  let impostor: Server | undefined;
  let harbor: HttpServer | undefined;
  const harborRequests: string[] = [];
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
    harbor = createHttpServer((incoming, outgoing) => {
      harborRequests.push(incoming.url ?? '');
      outgoing.writeHead(200, { 'Content-Type': 'application/json' });
      outgoing.end('[]');
    });
    await new Promise<void>((done, fail) => {
      harbor?.once('error', fail);
      harbor?.listen(HARBOR_PORT, '127.0.0.1', done);
    });
    demo = await startNginx({
      values: {
        ...localDefaults({
          upstream: FAKE_PLATFORM,
          listen: `127.0.0.1:${DEMO_NGINX_PORT}`,
          root: resolve('dist'),
          config: resolve('dev/config.mock.json'),
        }),
        HARBOR_UPSTREAM: `http://127.0.0.1:${HARBOR_PORT}`,
        PROMETHEUS_UPSTREAM: `https://127.0.0.1:${IMPOSTOR_PORT}`,
        PORTAL_DEMO: 'true',
      },
      dir: join(tmpdir(), `science-portal-nginx-${DEMO_NGINX_PORT}`),
    });
  });

  test.afterAll(async () => {
    await demo?.stop();
    for (const server of [impostor, harbor]) {
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

  test('only Harbor’s API is forwarded: its web UI and registry are not on the portal’s origin', async ({
    request,
  }) => {
    const base = demo?.url ?? '';
    const api = await request.get(`${base}/harbor/api/v2.0/projects?page=1`);
    expect(api.status()).toBe(200);
    expect(harborRequests).toEqual(['/api/v2.0/projects?page=1']);
    for (const path of [
      '/harbor/',
      '/harbor/c/oidc/login',
      '/harbor/v2/',
      '/harbor/v2/_catalog',
      '/harbor/api/v2.1/x',
    ]) {
      expect((await request.get(`${base}${path}`)).status(), path).toBe(404);
    }
    expect(harborRequests).toHaveLength(1);
  });

  test('an upstream whose certificate the system does not trust is refused: 502, no request', async ({
    request,
  }) => {
    const response = await request.get(`${demo?.url ?? ''}/prometheus/api/v1/query?query=up`);
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
});
