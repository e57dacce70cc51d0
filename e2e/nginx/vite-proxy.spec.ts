import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { platformProxy, sameOriginLocation, userBytesHeaders } from '../../vite.config';
import { expect, test } from './support/fixtures';

// The dev and preview servers' proxy (vite.config.ts), which `npm start` runs against real services and the
// e2e previews against the fake platform: cavern's answers reach the browser as nginx sends them.

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const UPSTREAM_PORT = 4189 + offset;
const PREVIEW_PORT = 4186 + offset;

test('a cavern answer becomes an attachment with a sandboxing policy, keeping the filename', () => {
  expect(
    userBytesHeaders({
      'content-type': 'text/html',
      'content-disposition': 'inline; filename="evil.html"',
      'content-length': '12',
    }),
  ).toEqual({
    'content-type': 'text/html',
    'content-disposition': 'attachment; filename="evil.html"',
    'content-length': '12',
    'content-security-policy': 'sandbox',
    'x-content-type-options': 'nosniff',
  });
  // No filename from cavern: the browser names it from the URL.
  expect(userBytesHeaders({})['content-disposition']).toBe('attachment');
  expect(
    userBytesHeaders({ 'content-security-policy': "default-src 'none'" })['content-security-policy'],
  ).toBe("default-src 'none', sandbox");
});

test('only /arc answers and ac’s redirects are rewritten, and Harbor is proxied for its API only', () => {
  const proxy = platformProxy('http://upstream.invalid', 'http://usage.invalid') ?? {};
  expect(Object.keys(proxy).sort()).toEqual(['/ac', '/arc', '/harbor/api/v2.0/', '/prometheus', '/skaha']);
  expect(proxy['/arc']?.configure).toBeDefined();
  expect(proxy['/ac']?.configure).toBeDefined();
  for (const path of ['/harbor/api/v2.0/', '/prometheus', '/skaha'])
    expect(proxy[path]?.configure, path).toBeUndefined();
  expect(platformProxy(undefined, undefined)).toBeUndefined();
});

test('ac’s whoami redirect comes back on this origin, whatever scheme and host it names', () => {
  for (const location of [
    'https://ws-cadc.canfar.net/ac/users/jdoe?idType=http',
    'http://ac.internal:8080/ac/users/jdoe?idType=http',
    '/ac/users/jdoe?idType=http',
  ])
    expect(sameOriginLocation(location), location).toBe('/ac/users/jdoe?idType=http');
  // anything outside ac's paths is left alone
  expect(sameOriginLocation('https://www.canfar.net/access/login')).toBe(
    'https://www.canfar.net/access/login',
  );
});

test.describe('through a running preview server', () => {
  let upstream: Server | undefined;
  let server: PreviewServer | undefined;

  test.beforeAll(async () => {
    // cavern as it really answers: the uploader's type, inline; ac's whoami as a redirect naming its own host.
    upstream = createServer((incoming, outgoing) => {
      if (incoming.url === '/ac/whoami') {
        outgoing.writeHead(302, {
          Location: `http://${incoming.headers.host ?? ''}/ac/users/jdoe?idType=http`,
        });
        outgoing.end();
        return;
      }
      outgoing.writeHead(200, {
        'Content-Type': 'text/html',
        'Content-Disposition': 'inline; filename="evil.html"',
      });
      outgoing.end('<!doctype html><script src="x.js"></script>\n');
    });
    await new Promise<void>((done, fail) => {
      upstream?.once('error', fail);
      upstream?.listen(UPSTREAM_PORT, '127.0.0.1', done);
    });
    const saved = process.env.PORTAL_UPSTREAM;
    // vite.config.ts reads it when the configuration is loaded.
    process.env.PORTAL_UPSTREAM = `http://127.0.0.1:${UPSTREAM_PORT}`;
    try {
      server = await preview({
        configFile: resolve('vite.config.ts'),
        logLevel: 'silent',
        preview: { host: '127.0.0.1', port: PREVIEW_PORT, strictPort: true },
      });
    } finally {
      if (saved === undefined) delete process.env.PORTAL_UPSTREAM;
      else process.env.PORTAL_UPSTREAM = saved;
    }
  });

  test.afterAll(async () => {
    await server?.close();
    await new Promise<void>((done) => {
      if (!upstream) {
        done();
        return;
      }
      upstream.closeAllConnections();
      upstream.close(() => {
        done();
      });
    });
  });

  test('a stored HTML file comes through as a sandboxed download; skaha’s answers unchanged', async ({
    request,
  }) => {
    const base = `http://127.0.0.1:${PREVIEW_PORT}`;
    for (const path of ['/arc/files/home/jdoe/evil.html', '/arc/files/preauth:abc/home/jdoe/evil.html']) {
      const response = await request.get(`${base}${path}`);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-disposition'], path).toBe('attachment; filename="evil.html"');
      expect(response.headers()['content-security-policy'], path).toBe('sandbox');
      expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    }
    const other = await request.get(`${base}/skaha/v1/session`);
    expect(other.headers()['content-disposition']).toBe('inline; filename="evil.html"');
    expect(other.headers()['content-security-policy']).toBeUndefined();
  });

  test('ac’s whoami redirect, naming the upstream’s host, comes back as a path on this origin', async ({
    request,
  }) => {
    const response = await request.get(`http://127.0.0.1:${PREVIEW_PORT}/ac/whoami`, { maxRedirects: 0 });
    expect(response.status()).toBe(302);
    expect(response.headers().location).toBe('/ac/users/jdoe?idType=http');
  });
});
