import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { standaloneServer } from '@/test/standalone-server';
import * as z from 'zod/mini';
import { ApiError, endedSignIn } from './api-error';
import { createApiClient } from './client';

const ORIGIN = 'http://portal.test';
const server = standaloneServer();

function client(
  token: string | undefined,
  onUnauthorized = vi.fn(),
  cookieSession = false,
  signInExpired = false,
  userWork?: () => AbortSignal,
) {
  const onCookieForbidden = vi.fn();
  const api = createApiClient({
    services: {
      skaha: `${ORIGIN}/skaha`,
      storage: `${ORIGIN}/arc`,
      ac: `${ORIGIN}/ac`,
      harbor: `${ORIGIN}/harbor`,
      usage: `${ORIGIN}/prometheus`,
    },
    getToken: () => token,
    isCookieSession: () => cookieSession,
    isSignInExpired: () => signInExpired,
    onUnauthorized,
    onCookieForbidden,
    timeoutMs: 200,
    ...(userWork ? { userWork } : {}),
  });
  return { api, onUnauthorized, onCookieForbidden };
}

/** skaha's answer to a caller it sees as no one: GMS refuses it the caller's groups (cadc-rest: 400, the text). */
const anonymousToSkaha = () =>
  HttpResponse.text('cannot get group memberships for anonymous\n', { status: 400 });

describe('the HTTP client', () => {
  it('sends the Bearer token, query parameters and a form-encoded body that says it is UTF-8', async () => {
    let seen: { auth: string | null; type: string | null; body: string; url: string } | undefined;
    server.use(
      http.post(`${ORIGIN}/skaha/v1/session`, async ({ request }) => {
        seen = {
          auth: request.headers.get('Authorization'),
          type: request.headers.get('Content-Type'),
          body: await request.text(),
          url: request.url,
        };
        return new HttpResponse('abc\n', { headers: { 'Content-Type': 'text/plain' } });
      }),
    );
    const form = new URLSearchParams({ name: 'nb1' });
    form.append('env', 'A=1');
    form.append('env', 'B=2');
    form.append('env', 'FIELD=Céphée');
    const text = await client('tok').api.text('skaha', '/v1/session', {
      method: 'POST',
      form,
      query: { x: ['1', '2'] },
    });
    expect(text).toBe('abc\n');
    expect(seen).toEqual({
      auth: 'Bearer tok',
      // without the charset, Tomcat would read the body's bytes as ISO-8859-1
      type: 'application/x-www-form-urlencoded;charset=UTF-8',
      body: 'name=nb1&env=A%3D1&env=B%3D2&env=FIELD%3DC%C3%A9ph%C3%A9e',
      url: `${ORIGIN}/skaha/v1/session?x=1&x=2`,
    });
  });

  it("turns a non-2xx answer into an ApiError carrying the service's own text", async () => {
    server.use(
      http.post(`${ORIGIN}/skaha/v1/session`, () =>
        HttpResponse.text('User jdoe has reached the maximum of 3 active sessions.\n', { status: 400 }),
      ),
    );
    const error = await client('tok')
      .api.text('skaha', '/v1/session', { method: 'POST' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      service: 'skaha',
      kind: 'http',
      status: 400,
      message: 'User jdoe has reached the maximum of 3 active sessions.',
    });
  });

  it('reads Harbor and Prometheus JSON error bodies', async () => {
    server.use(
      http.get(`${ORIGIN}/harbor/api/v2.0/projects`, () =>
        HttpResponse.json({ errors: [{ code: 'FORBIDDEN', message: 'forbidden' }] }, { status: 403 }),
      ),
      http.get(`${ORIGIN}/prometheus/api/v1/query`, () =>
        HttpResponse.json({ status: 'error', errorType: 'bad_data', error: 'parse error' }, { status: 400 }),
      ),
    );
    const { api } = client('tok');
    await expect(api.text('harbor', '/api/v2.0/projects')).rejects.toMatchObject({ message: 'forbidden' });
    await expect(api.text('usage', '/api/v1/query')).rejects.toMatchObject({ message: 'parse error' });
  });

  it('reports a 401 on an authenticated call as an expired sign-in, with its words, but not on an anonymous one', async () => {
    server.use(
      http.get(`${ORIGIN}/skaha/v1/session`, () => HttpResponse.text('token expired\n', { status: 401 })),
    );
    const signedIn = client('tok');
    await expect(signedIn.api.text('skaha', '/v1/session')).rejects.toMatchObject({ status: 401 });
    // The refusing service and its words, for the sign-in dialog when a new token does not cure it.
    expect(signedIn.onUnauthorized).toHaveBeenCalledWith(
      expect.objectContaining({ service: 'skaha', status: 401, message: 'token expired' }),
    );
    // marked as the refusal that ended the sign-in, which a new sign-in makes stale
    expect(endedSignIn(signedIn.onUnauthorized.mock.calls[0]?.[0])).toBe(true);
    const anonymous = client(undefined);
    const refusal: unknown = await anonymous.api
      .text('skaha', '/v1/session')
      .catch((error: unknown) => error);
    expect(refusal).toMatchObject({ status: 401 });
    expect(endedSignIn(refusal)).toBe(false);
    expect(anonymous.onUnauthorized).not.toHaveBeenCalled();
  });

  it('reports skaha’s 400 for an anonymous caller on a call made with a sign-in as an expired sign-in', async () => {
    server.use(http.get(`${ORIGIN}/skaha/v1/session`, anonymousToSkaha));
    for (const signedIn of [client('tok'), client(undefined, vi.fn(), true)]) {
      await expect(signedIn.api.text('skaha', '/v1/session')).rejects.toMatchObject({
        status: 400,
        isUnauthorized: true,
      });
      expect(signedIn.onUnauthorized).toHaveBeenCalledWith(
        expect.objectContaining({
          service: 'skaha',
          status: 400,
          message: 'cannot get group memberships for anonymous',
        }),
      );
    }
    // a call made with no sign-in on purpose has none to lose
    const anonymous = client(undefined);
    await expect(anonymous.api.text('skaha', '/v1/session')).rejects.toMatchObject({ status: 400 });
    expect(anonymous.onUnauthorized).not.toHaveBeenCalled();
  });

  it('sends no call with no credentials while a token sign-in is being renewed, but still browses Harbor', async () => {
    let sent = 0;
    server.use(
      http.get(`${ORIGIN}/skaha/v1/session`, () => {
        sent += 1;
        return anonymousToSkaha();
      }),
      http.get(`${ORIGIN}/harbor/api/v2.0/projects`, () => HttpResponse.json([])),
    );
    const { api: expired } = client(undefined, vi.fn(), false, true);
    const refusal: unknown = await expired.text('skaha', '/v1/session').catch((error: unknown) => error);
    expect(refusal).toMatchObject({ service: 'skaha', status: 401 });
    expect(endedSignIn(refusal)).toBe(true);
    expect(sent).toBe(0);
    await expect(expired.text('harbor', '/api/v2.0/projects')).resolves.toBe('[]');
  });

  it('keeps skaha’s other 400s, and other services’ 400s, as refusals of the request', async () => {
    server.use(
      http.post(`${ORIGIN}/skaha/v1/session`, () =>
        HttpResponse.text('session name must match [a-z0-9]+\n', { status: 400 }),
      ),
      http.get(`${ORIGIN}/arc/nodes/home/jdoe`, () =>
        HttpResponse.text('cannot get group memberships for anonymous\n', { status: 400 }),
      ),
    );
    const { api, onUnauthorized } = client('tok');
    await expect(api.text('skaha', '/v1/session', { method: 'POST' })).rejects.toMatchObject({
      status: 400,
      isUnauthorized: false,
    });
    await expect(api.text('storage', '/nodes/home/jdoe')).rejects.toMatchObject({
      status: 400,
      isUnauthorized: false,
    });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('tells of a 403 to a call made with the site’s cookie, with its address; not of a token call’s', async () => {
    server.use(
      http.get(`${ORIGIN}/arc/nodes/home/jdoe`, () =>
        HttpResponse.text('PermissionDenied: /home/jdoe\n', { status: 403 }),
      ),
    );
    const cookie = client(undefined, vi.fn(), true);
    await expect(
      cookie.api.text('storage', '/nodes/home/jdoe', { query: { limit: 0 } }),
    ).rejects.toMatchObject({ status: 403 });
    expect(cookie.onCookieForbidden).toHaveBeenCalledWith(
      expect.objectContaining({ service: 'storage', status: 403 }),
      `${ORIGIN}/arc/nodes/home/jdoe?limit=0`,
    );
    expect(cookie.onUnauthorized).not.toHaveBeenCalled();
    const token = client('tok');
    await expect(token.api.text('storage', '/nodes/home/jdoe')).rejects.toMatchObject({ status: 403 });
    expect(token.onCookieForbidden).not.toHaveBeenCalled();
  });

  it('validates JSON with the schema and reports a malformed answer', async () => {
    server.use(
      http.get(`${ORIGIN}/skaha/v1/repository`, () => HttpResponse.json(['images.canfar.net'])),
      http.get(`${ORIGIN}/skaha/v1/context`, () => HttpResponse.json({ cores: 'lots' })),
      http.get(`${ORIGIN}/skaha/v1/image`, () => HttpResponse.text('<html>proxy error</html>')),
    );
    const { api } = client('tok');
    await expect(api.json('skaha', '/v1/repository', z.array(z.string()))).resolves.toEqual([
      'images.canfar.net',
    ]);
    await expect(api.json('skaha', '/v1/context', z.object({ cores: z.number() }))).rejects.toMatchObject({
      kind: 'malformed',
      message: 'unexpected answer at cores: expected number',
    });
    await expect(api.json('skaha', '/v1/image', z.array(z.string()))).rejects.toMatchObject({
      kind: 'malformed',
    });
  });

  it('parses XML and rejects XML that is not well formed', async () => {
    server.use(
      http.get(`${ORIGIN}/arc/nodes/home/jdoe`, () => HttpResponse.xml('<vos:node xmlns:vos="v" uri="x"/>')),
      http.get(`${ORIGIN}/arc/nodes/home/broken`, () => HttpResponse.xml('<vos:node')),
    );
    const { api } = client('tok');
    const document = await api.xml('storage', '/nodes/home/jdoe');
    expect(document.documentElement.getAttribute('uri')).toBe('x');
    await expect(api.xml('storage', '/nodes/home/broken')).rejects.toMatchObject({ kind: 'malformed' });
  });

  it('never ends the sign-in on a 401 from Harbor, which refuses a project it will not show by 401', async () => {
    server.use(
      http.get(`${ORIGIN}/harbor/api/v2.0/projects/private`, () =>
        HttpResponse.json({ errors: [{ code: 'UNAUTHORIZED', message: 'unauthorized' }] }, { status: 401 }),
      ),
    );
    const { api, onUnauthorized } = client('tok');
    const refusal: unknown = await api
      .text('harbor', '/api/v2.0/projects/private')
      .catch((error: unknown) => error);
    expect(refusal).toMatchObject({ service: 'harbor', status: 401 });
    expect(endedSignIn(refusal)).toBe(false);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('waits out a slow body once the answer has come: the timeout is for the answer, not the download', async () => {
    // A browser's fetch stops the body when its signal aborts (Node's does not): watch the signal itself.
    let sent: AbortSignal | undefined;
    const api = createApiClient({
      services: { skaha: ORIGIN, storage: ORIGIN, ac: ORIGIN, harbor: ORIGIN, usage: ORIGIN },
      getToken: () => 'tok',
      onUnauthorized: vi.fn(),
      timeoutMs: 200,
      fetch: (_input, init) => {
        sent = init?.signal ?? undefined;
        return Promise.resolve(new Response('[]', { headers: { 'Content-Type': 'application/json' } }));
      },
    });
    await api.request('skaha', '/v1/session');
    await delay(400);
    expect(sent?.aborted).toBe(false);
  });

  it('tells a body that breaks off as the service’s network failure', async () => {
    server.use(
      http.get(`${ORIGIN}/skaha/v1/session`, () => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('[{"id":'));
            controller.error(new TypeError('network error'));
          },
        });
        return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const { api } = client('tok');
    const failure = api.text('skaha', '/v1/session');
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ service: 'skaha', kind: 'network', status: 0 });
  });

  it('tells a timeout from a network failure, and lets a caller abort quietly', async () => {
    server.use(
      http.get(`${ORIGIN}/skaha/v1/session`, async () => {
        await delay(1000);
        return HttpResponse.json([]);
      }),
      http.get(`${ORIGIN}/skaha/v1/image`, () => HttpResponse.error()),
    );
    const { api } = client('tok');
    await expect(api.text('skaha', '/v1/session')).rejects.toMatchObject({ kind: 'timeout', status: 0 });
    await expect(api.text('skaha', '/v1/image')).rejects.toMatchObject({ kind: 'network', status: 0 });
    const controller = new AbortController();
    const pending = api.text('skaha', '/v1/session', { signal: controller.signal, timeoutMs: 5000 });
    controller.abort();
    await expect(pending).rejects.not.toBeInstanceOf(ApiError);
  });

  it('sends nothing more of a user’s work once that user has gone, and stops what is under way', async () => {
    const sent: string[] = [];
    server.use(
      http.post(`${ORIGIN}/skaha/v1/session`, async ({ request }) => {
        sent.push(new URLSearchParams(await request.text()).get('name') ?? '');
        return HttpResponse.text('id\n');
      }),
      http.delete(`${ORIGIN}/skaha/v1/session/slow`, async () => {
        sent.push('delete slow');
        await delay(1000);
        return new HttpResponse(null, { status: 200 });
      }),
    );
    let work = new AbortController();
    const { api } = client(undefined, vi.fn(), false, false, () => work.signal);
    const launch = (name: string, on = api) =>
      on.text('skaha', '/v1/session', { form: new URLSearchParams({ name }) });
    const janes = api.forCurrentUser();
    await launch('one', janes);
    const underWay = janes.request('skaha', '/v1/session/slow', { method: 'DELETE', timeoutMs: 5000 });
    await vi.waitFor(() => {
      expect(sent).toContain('delete slow');
    });
    expect(janes.userGone()).toBe(false);
    // Jane signs out; whoever signs in next gets work of their own.
    work.abort();
    work = new AbortController();
    expect(janes.userGone()).toBe(true);
    await expect(underWay).rejects.toMatchObject({ service: 'skaha', status: 401 });
    await expect(launch('two', janes)).rejects.toMatchObject({ service: 'skaha', status: 401 });
    await launch('three', api.forCurrentUser());
    await launch('four');
    expect(sent).toEqual(['one', 'delete slow', 'three', 'four']);
  });
});
