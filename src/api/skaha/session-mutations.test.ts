import { MutationObserver, QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { advanceClock, failNext, getPlatform } from '@/test/fake-platform';
import { createTestApi } from '@/test/test-api';
import { ApiError } from '../http/api-error';
import { sessionListQueryOptions, sessionQueryOptions, sessionEventsQueryOptions } from './session-queries';
import {
  deleteSessionMutationOptions,
  deleteSessionsMutationOptions,
  launchForm,
  launchReplicasMutationOptions,
  launchSessionMutationOptions,
  PartialDeleteError,
  registryAuthHeader,
  replicaRequests,
  sessionIdFrom,
  type LaunchRequest,
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

  it('gives every headless launch REPLICA_ID and REPLICA_COUNT, as the canfar client does, even a job alone', () => {
    const job: LaunchRequest = { name: 'job', image: 'img', type: 'headless', env: ['A=1'] };
    expect(replicaRequests(job, 1)).toEqual([{ ...job, env: ['A=1', 'REPLICA_ID=1', 'REPLICA_COUNT=1'] }]);
    expect(replicaRequests({ ...job, env: undefined }, 2).map(({ name, env }) => [name, env])).toEqual([
      ['job-1', ['REPLICA_ID=1', 'REPLICA_COUNT=2']],
      ['job-2', ['REPLICA_ID=2', 'REPLICA_COUNT=2']],
    ]);
    // only the headless template takes variables
    const notebook: LaunchRequest = { name: 'nb', image: 'img', type: 'notebook' };
    expect(replicaRequests(notebook, 1)).toEqual([notebook]);
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

  it('launches a job alone whose variables, accents and all, reach the platform as typed, with REPLICA_ID', async () => {
    const { api, client } = setup();
    const launch = new MutationObserver(client, launchReplicasMutationOptions(api));
    const job: LaunchRequest = {
      name: 'accents',
      image: 'images.canfar.net/skaha/astroml:26.03',
      type: 'headless',
      cmd: 'env',
      env: ['FIELD=Céphée–Nord'],
    };
    const [id] = await launch.mutate({ requests: replicaRequests(job, 1) });
    const record = getPlatform().skaha.sessions.find((session) => session.id === id);
    expect(record?.command?.env).toEqual(['FIELD=Céphée–Nord', 'REPLICA_ID=1', 'REPLICA_COUNT=1']);
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
    expect(renewed?.expiryTime).toBeGreaterThan(running.expiryTime);
  });

  it('takes a renew whose read of the session fails as a renew, and refreshes the list for the new expiry', async () => {
    const { api, client } = setup();
    const [running] = (await client.query(sessionListQueryOptions(api))).filter(
      (session) => session.status === 'Running' && session.type === 'notebook',
    );
    if (!running?.expiryTime) throw new Error('the seed has no running notebook');
    advanceClock(2 * 86_400_000);
    failNext('skaha', { status: 500, method: 'GET', path: `/v1/session/${running.id}` });
    // the list is on screen, as on the dashboard: the renew's refresh reads it again
    const unsubscribe = new QueryObserver(client, sessionListQueryOptions(api)).subscribe(() => undefined);
    const renew = new MutationObserver(client, renewSessionMutationOptions(api));
    await expect(renew.mutate(running.id)).resolves.toBeUndefined();
    unsubscribe();
    const listed = client.getQueryData(sessionListQueryOptions(api).queryKey);
    expect(listed?.find((session) => session.id === running.id)?.expiryTime).toBeGreaterThan(
      running.expiryTime,
    );
  });

  it('puts the renewed session into the cached list, so it agrees even when the list’s refresh fails', async () => {
    const { api, client } = setup();
    const [running] = (await client.query(sessionListQueryOptions(api))).filter(
      (session) => session.status === 'Running' && session.type === 'notebook',
    );
    if (!running?.expiryTime) throw new Error('the seed has no running notebook');
    advanceClock(2 * 86_400_000);
    failNext('skaha', { status: 503, method: 'GET', path: '/v1/session' });
    const renewed = await new MutationObserver(client, renewSessionMutationOptions(api)).mutate(running.id);
    const listed = client.getQueryData(sessionListQueryOptions(api).queryKey);
    expect(listed?.find((session) => session.id === running.id)?.expiryTime).toBe(renewed?.expiryTime);
    expect(renewed?.expiryTime).toBeGreaterThan(running.expiryTime);
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

  it('deletes the rest of a batch when one fails, and says which went and which did not', async () => {
    const { api, client } = setup();
    const ids = (await client.query(sessionListQueryOptions(api))).slice(0, 5).map((session) => session.id);
    const third = ids[2];
    if (ids.length < 5 || third === undefined) throw new Error('the seed has fewer than 5 sessions');
    failNext('skaha', { status: 503, method: 'DELETE', path: `/v1/session/${third}` });
    const outcome = await new MutationObserver(client, deleteSessionsMutationOptions(api))
      .mutate(ids)
      .catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(PartialDeleteError);
    if (!(outcome instanceof PartialDeleteError)) return;
    expect(outcome.status).toBe(503);
    expect(outcome.failed).toEqual([third]);
    expect(outcome.deleted).toEqual(ids.filter((id) => id !== third));
    const after = await client.query({ ...sessionListQueryOptions(api), staleTime: 0 });
    const statuses = new Map(after.map((session) => [session.id, session.status]));
    expect(ids.map((id) => statuses.get(id) === 'Terminating')).toEqual([true, true, false, true, true]);
  });

  it('fails a batch none of which went through with the service’s own error', async () => {
    const { api, client } = setup();
    const ids = (await client.query(sessionListQueryOptions(api))).slice(0, 2).map((session) => session.id);
    failNext('skaha', { status: 500, method: 'DELETE', times: 2 });
    const outcome = await new MutationObserver(client, deleteSessionsMutationOptions(api))
      .mutate(ids)
      .catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(ApiError);
    expect(outcome).not.toBeInstanceOf(PartialDeleteError);
  });

  it('drops desktop-app entries from the interactive view (a skaha quirk)', async () => {
    const { api, client } = setup();
    const interactive = await client.query(sessionListQueryOptions(api, { view: 'interactive' }));
    expect(interactive.some((session) => session.type === 'desktop-app')).toBe(false);
    expect(interactive.some((session) => session.type === 'headless')).toBe(false);
  });
});
