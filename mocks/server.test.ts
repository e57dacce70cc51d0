// @vitest-environment node
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formBody } from './test-helpers';
import type { FakePlatformHttpServer } from './server';
import { startFakePlatformHttpServer } from './server';

// No msw/node server here on purpose: it would answer these requests in-process instead of over HTTP.
let server: FakePlatformHttpServer;

beforeAll(async () => {
  server = await startFakePlatformHttpServer({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await server.close();
});

const post = (path: string, body?: URLSearchParams, token?: string) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: {
      ...(body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body,
  });

const signIn = async () =>
  (await post('/ac/login', formBody({ username: 'jdoe', password: 'demo-jdoe' }))).text();

describe('fake platform over HTTP', () => {
  it('serves login, launch and the session over a real socket', async () => {
    const token = await signIn();
    const launched = await post(
      '/skaha/v1/session',
      formBody({ name: 'nb', image: 'images.canfar.net/skaha/astroml-notebook:26.03', type: 'notebook' }),
      token,
    );
    expect(launched.status).toBe(200);
    const id = (await launched.text()).trim();
    await post('/__fake/advance-clock?ms=5000');
    const session = await fetch(`${server.url}/skaha/v1/session/${id}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(session.headers.get('content-type')).toBe('application/json');
    expect(await session.json()).toMatchObject({ id, status: 'Running' });
  });

  it('redirects whoami, as ac does, to an absolute URL on the host the request named', async () => {
    const token = await signIn();
    const whoami = await fetch(`${server.url}/ac/whoami`, {
      headers: { Authorization: `Bearer ${token}` },
      redirect: 'manual',
    });
    expect(whoami.status).toBe(302);
    expect(whoami.headers.get('location')).toBe(`${server.url}/ac/users/jdoe?idType=http`);
    const user = await fetch(`${server.url}/ac/whoami`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    });
    expect(JSON.stringify(await user.json())).toContain('"jdoe"');

    // A proxy in front forwards its upstream's name as Host (nginx's default): the Location names it.
    const { port } = new URL(server.url);
    const location = await new Promise<string | undefined>((resolve, reject) => {
      const sent = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/ac/whoami',
          headers: { Host: 'ac.internal:8080', Authorization: `Bearer ${token}` },
        },
        (answer) => {
          answer.resume();
          resolve(answer.headers.location);
        },
      );
      sent.on('error', reject);
      sent.end();
    });
    expect(location).toBe('http://ac.internal:8080/ac/users/jdoe?idType=http');
  });

  it('keeps a launch Pending for --pending-ms, also after a reset', async () => {
    const short = await startFakePlatformHttpServer({ port: 0, host: '127.0.0.1', pendingMs: 1000 });
    try {
      await fetch(`${short.url}/__fake/reset`, { method: 'POST' });
      const token = await (
        await fetch(`${short.url}/ac/login`, {
          method: 'POST',
          body: formBody({ username: 'jdoe', password: 'demo-jdoe' }),
        })
      ).text();
      const headers = { Authorization: `Bearer ${token}` };
      const launched = await fetch(`${short.url}/skaha/v1/session`, {
        method: 'POST',
        headers,
        body: formBody({
          name: 'nb',
          image: 'images.canfar.net/skaha/astroml-notebook:26.03',
          type: 'notebook',
        }),
      });
      const id = (await launched.text()).trim();
      const status = async () =>
        (await (await fetch(`${short.url}/skaha/v1/session/${id}`, { headers })).json()) as {
          status: string;
        };
      expect(await status()).toMatchObject({ status: 'Pending' });
      await fetch(`${short.url}/__fake/advance-clock?ms=1000`, { method: 'POST' });
      expect(await status()).toMatchObject({ status: 'Running' });
    } finally {
      await short.close();
    }
  });

  it('answers 404 text/plain for anything it does not serve', async () => {
    const response = await fetch(`${server.url}/nowhere`);
    expect([response.status, response.headers.get('content-type')]).toEqual([404, 'text/plain']);
  });

  it('has control endpoints: fail-next, revoke-tokens, reset', async () => {
    const token = await signIn();
    await post('/__fake/fail-next?service=skaha&status=503&times=1');
    const context = (auth: string) =>
      fetch(`${server.url}/skaha/v1/context`, { headers: { Authorization: `Bearer ${auth}` } });
    expect((await context(token)).status).toBe(503);
    expect((await context(token)).status).toBe(200);
    await post('/__fake/revoke-tokens');
    expect((await context(token)).status).toBe(401);
    expect(await (await post('/__fake/reset?scenario=empty')).text()).toBe('empty\n');
    const list = await fetch(`${server.url}/skaha/v1/session`, {
      headers: { Authorization: `Bearer ${await signIn()}` },
    });
    expect(await list.json()).toEqual([]);
  });
});

describe('a launch whose answer is lost, over HTTP', () => {
  const form = (name: string) =>
    formBody({ name, image: 'images.canfar.net/skaha/astroml-notebook:26.03', type: 'notebook' });
  const names = async (token: string) =>
    (
      (await (
        await fetch(`${server.url}/skaha/v1/session`, { headers: { Authorization: `Bearer ${token}` } })
      ).json()) as { name: string }[]
    ).map((session) => session.name);

  it('makes the session, then answers 504 or drops the connection', async () => {
    const token = await signIn();
    const lose = (status: number) =>
      post(`/__fake/fail-next?service=skaha&status=${status}&method=POST&path=/v1/session&afterWork=1`);
    await lose(504);
    expect((await post('/skaha/v1/session', form('late'), token)).status).toBe(504);
    await lose(0);
    await expect(post('/skaha/v1/session', form('dropped'), token)).rejects.toThrow();
    expect(await names(token)).toEqual(expect.arrayContaining(['late', 'dropped']));
  });
});

describe('mocks/server.ts command line', () => {
  it('prints its address, serves, and exits cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'mocks/server.ts', '--port', '0', '--scenario', 'busy'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /fake platform listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', () => {
        reject(new Error(`exited early: ${output}`));
      });
    });
    const token = await (await fetch(`${url}/__fake/token?username=jdoe`, { method: 'POST' })).text();
    const context = await fetch(`${url}/skaha/v1/context`, { headers: { Authorization: `Bearer ${token}` } });
    expect(await context.json()).toMatchObject({ maxInteractiveSessions: '3' });
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });
});
