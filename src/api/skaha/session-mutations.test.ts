import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { advanceClock, getPlatform } from '@/test/fake-platform';
import { createTestApi } from '@/test/test-api';
import { sessionListQueryOptions, sessionQueryOptions, sessionEventsQueryOptions } from './session-queries';
import {
  deleteSessionMutationOptions,
  launchForm,
  launchSessionMutationOptions,
  registryAuthHeader,
  sessionIdFrom,
} from './session-mutations';
import { renewSessionMutationOptions } from './session-renew';

function setup() {
  const api = createTestApi(getPlatform().tokenFor('jdoe'));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { api, client };
}

describe('the skaha mutations', () => {
  it('builds the form skaha reads: no gpus=0, no type for headless, env repeated', () => {
    expect(launchForm({ name: 'nb', image: 'img', type: 'notebook', gpus: 0 }).toString()).toBe(
      'name=nb&image=img&type=notebook',
    );
    expect(
      launchForm({
        name: 'job',
        image: 'img',
        type: 'headless',
        cores: 2,
        ram: 8,
        gpus: 1,
        cmd: 'python',
        args: 'run.py --fast',
        env: ['A=1', 'B=x=y'],
      }).toString(),
    ).toBe('name=job&image=img&cores=2&ram=8&gpus=1&cmd=python&args=run.py+--fast&env=A%3D1&env=B%3Dx%3Dy');
  });

  it('takes a launch answer as a session id only when it is one', () => {
    expect(sessionIdFrom('8hsgsq1n\n')).toBe('8hsgsq1n');
    expect(() => sessionIdFrom('<!doctype html><title>Sign in</title>')).toThrow(
      expect.objectContaining({ kind: 'malformed', service: 'skaha' }),
    );
    expect(() => sessionIdFrom('')).toThrow(expect.objectContaining({ kind: 'malformed' }));
  });

  it('encodes registry credentials as base64 of user:secret, UTF-8 safe', () => {
    expect(registryAuthHeader({ username: 'jdoe', secret: 's3cret' })).toBe(btoa('jdoe:s3cret'));
    expect(atob(registryAuthHeader({ username: 'é', secret: 'x' }))).toBe('\u00c3\u00a9:x');
  });

  it('launches, then sees the session go from Pending to Running', async () => {
    const { api, client } = setup();
    const launch = new MutationObserver(client, launchSessionMutationOptions(api));
    const id = await launch.mutate({
      name: 'MyNotebook',
      image: 'images.canfar.net/skaha/astroml-notebook:26.03',
      type: 'notebook',
      cores: 2,
      ram: 8,
    });
    expect(id).toMatch(/^[a-z0-9]{8}$/);
    const pending = await client.query(sessionQueryOptions(api, id));
    expect(pending).toMatchObject({
      name: 'mynotebook',
      status: 'Pending',
      isFixedResources: true,
      requestedCPUCores: 2,
    });
    advanceClock(10_000);
    const running = await client.query({ ...sessionQueryOptions(api, id), staleTime: 0 });
    expect(running.status).toBe('Running');
    expect(running.startTime).toBeTypeOf('number');
    const events = await client.query(sessionEventsQueryOptions(api, id));
    expect(events.map((event) => event.reason)).toContain('Started');
  });

  it("rejects with skaha's own message, and accepts a private image only with registry credentials", async () => {
    const { api, client } = setup();
    const launch = new MutationObserver(client, launchSessionMutationOptions(api));
    const request = {
      name: 'private',
      image: 'images.canfar.net/survey-team/private-pipeline:1.0',
      type: 'headless' as const,
    };
    await expect(launch.mutate(request)).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('x-skaha-registry-auth') as unknown,
    });
    await expect(
      launch.mutate({ ...request, registryAuth: { username: 'jdoe', secret: 'cli-secret' } }),
    ).resolves.toMatch(/^[a-z0-9]{8}$/);
  });

  it('renews and returns the session with its new expiry', async () => {
    const { api, client } = setup();
    const [running] = (await client.query(sessionListQueryOptions(api))).filter(
      (session) => session.status === 'Running' && session.type === 'notebook',
    );
    if (!running?.expiryTime) throw new Error('the seed has no running notebook');
    advanceClock(2 * 86_400_000);
    const renew = new MutationObserver(client, renewSessionMutationOptions(api));
    const renewed = await renew.mutate(running.id);
    expect(renewed.expiryTime).toBeGreaterThan(running.expiryTime);
  });

  it('deletes: the session is Terminating, then gone', async () => {
    const { api, client } = setup();
    const [first] = await client.query(sessionListQueryOptions(api));
    if (!first) throw new Error('the seed has no session');
    await new MutationObserver(client, deleteSessionMutationOptions(api)).mutate(first.id);
    const during = await client.query({ ...sessionListQueryOptions(api), staleTime: 0 });
    expect(during.find((session) => session.id === first.id)?.status).toBe('Terminating');
    advanceClock(60_000);
    const after = await client.query({ ...sessionListQueryOptions(api), staleTime: 0 });
    expect(after.some((session) => session.id === first.id)).toBe(false);
  });

  it('drops desktop-app entries from the interactive view (a skaha quirk)', async () => {
    const { api, client } = setup();
    const interactive = await client.query(sessionListQueryOptions(api, { view: 'interactive' }));
    expect(interactive.some((session) => session.type === 'desktop-app')).toBe(false);
    expect(interactive.some((session) => session.type === 'headless')).toBe(false);
  });
});
