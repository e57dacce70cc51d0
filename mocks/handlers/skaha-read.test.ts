// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { call, getJson, getSessions, launch, notebook, runAgainstFakePlatform } from '../test-helpers';

runAgainstFakePlatform();

const ids = (sessions: { id: string; appid?: unknown }[]) =>
  sessions.map((s) => (typeof s.appid === 'string' ? `${s.id}/${s.appid}` : s.id));

describe('GET /v1/session', () => {
  it('mirrors samples/skaha-v1-session-list.json for jdoe: same fields, order and values', async () => {
    const sessions = await getSessions();
    expect(ids(sessions)).toEqual(['k3x9q2ma', 'p7w1zr4c', 'd2n8vb0e', 'h5c0tt9j', 'f8q2lm6x']);
    const [notebook, carta, desktop, headless, expired] = sessions;
    const common = [
      'id',
      'userid',
      'runAsUID',
      'runAsGID',
      'supplementalGroups',
      'image',
      'type',
      'status',
      'name',
    ];
    expect(Object.keys(notebook ?? {})).toEqual([
      ...common,
      'startTime',
      'expiryTime',
      'connectURL',
      'requestedGPUCores',
      'ramInUse',
      'cpuCoresInUse',
      'isFixedResources',
    ]);
    expect(notebook).toMatchObject({
      runAsUID: '20001',
      supplementalGroups: [30012, 30477],
      ramInUse: '1.37',
      cpuCoresInUse: '0.042',
      isFixedResources: false,
    });
    expect(Object.keys(carta ?? {})).toEqual([
      ...common,
      'startTime',
      'expiryTime',
      'connectURL',
      'requestedRAM',
      'requestedCPUCores',
      'requestedGPUCores',
      'ramInUse',
      'cpuCoresInUse',
      'isFixedResources',
    ]);
    expect(carta).toMatchObject({
      requestedRAM: '17.18',
      requestedCPUCores: '4',
      connectURL: 'https://ws-uv.canfar.net/session/carta/p7w1zr4c/',
    });
    expect(desktop).toEqual({
      id: 'd2n8vb0e',
      userid: 'jdoe',
      runAsUID: '20001',
      runAsGID: '20001',
      supplementalGroups: [],
      image: 'images.canfar.net/skaha/desktop:1.2.0',
      type: 'desktop',
      status: 'Pending',
      name: 'desktop1',
      connectURL:
        'https://ws-uv.canfar.net/session/desktop/d2n8vb0e/?password=d2n8vb0e&path=session/desktop/d2n8vb0e/',
      requestedGPUCores: '0',
      isFixedResources: false,
    });
    expect(Object.keys(headless ?? {})).toEqual([
      ...common,
      'startTime',
      'expiryTime',
      'connectURL',
      'requestedRAM',
      'requestedCPUCores',
      'requestedGPUCores',
      'isFixedResources',
    ]);
    expect(headless).toMatchObject({
      status: 'Completed',
      connectURL: '',
      requestedRAM: '8.59',
      requestedGPUCores: '1',
    });
    expect(expired).toMatchObject({ type: 'notebook', status: 'Failed' });
  });

  it('is pretty-printed JSON like Gson, with no null anywhere', async () => {
    const response = await call('/skaha/v1/session');
    expect(response.headers.get('content-type')).toBe('application/json');
    const text = await response.text();
    expect(text).toMatch(/^\[\n {2}\{\n {4}"id": "k3x9q2ma",\n/);
    expect(text).not.toContain('null');
  });

  it('filters type and status case-insensitively', async () => {
    expect(ids(await getSessions('/skaha/v1/session?status=RUNNING'))).toEqual(['k3x9q2ma', 'p7w1zr4c']);
    expect(ids(await getSessions('/skaha/v1/session?type=Headless'))).toEqual(['h5c0tt9j']);
  });

  it('drops desktop-apps from the plain list unless type=desktop-app', async () => {
    expect(ids(await getSessions('/skaha/v1/session', { user: 'mchen' }))).toEqual([
      'm4r8c2nt',
      'q9v3h1sb',
      'w2f6y8ka',
    ]);
    expect(ids(await getSessions('/skaha/v1/session?type=desktop-app', { user: 'mchen' }))).toEqual([
      'm4r8c2nt/x7k',
    ]);
  });

  it('view=interactive drops headless, ignores type and keeps desktop-apps (the real quirk)', async () => {
    const interactive = await getSessions('/skaha/v1/session?view=interactive&type=firefly', {
      user: 'mchen',
    });
    expect(ids(interactive)).toEqual(['m4r8c2nt', 'm4r8c2nt/x7k', 'w2f6y8ka']);
    expect(ids(await getSessions('/skaha/v1/session?view=interactive&status=pending'))).toEqual(['d2n8vb0e']);
  });

  it('view=all lists everyone with public fields only, without desktop-apps', async () => {
    const all = await getSessions('/skaha/v1/session?view=all');
    expect(
      all.every((s) =>
        Object.keys(s).every((key) => ['userid', 'type', 'status', 'startTime'].includes(key)),
      ),
    ).toBe(true);
    expect(all.some((s) => s.userid === 'mchen')).toBe(true);
    expect(all.some((s) => !['jdoe', 'mchen'].includes(String(s.userid)))).toBe(true);
    expect(all.some((s) => s.type === 'desktop-app')).toBe(false);
    expect(all.find((s) => s.status === 'Pending')).not.toHaveProperty('startTime');
  });

  it('answers stats in the current shape with Java doubles', async () => {
    const response = await call('/skaha/v1/session?view=stats');
    const text = await response.text();
    expect(text).toContain('"cpuCoresAvailable": 1536.0,');
    const stats = JSON.parse(text) as { cores: Record<string, unknown>; ram: Record<string, unknown> };
    expect(Object.keys(stats)).toEqual(['cores', 'ram']);
    // the chart's default (no LimitRange): the resource file's defaultLimit, its memory written in Gi
    expect(text).toContain('"cpuCores": 8.0,');
    expect(stats.cores.maxCPUCores).toEqual({ cpuCores: 8, withRam: '32Gi' });
    expect(stats.ram.maxRAM).toEqual({ ram: '32Gi', withCPUCores: 8 });
    expect(stats.ram.requestedRAM).toMatch(/^\d+(\.\d{1,3})?G$/);
    expect(stats.ram.ramAvailable).toBe('6144G');
    expect(Number(stats.cores.requestedCPUCores)).toBeLessThan(1536 / 2);
  });
});

describe('GET /v1/session/{id}', () => {
  it('answers 404 for another user’s session', async () => {
    const response = await call('/skaha/v1/session/m4r8c2nt');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(await response.text()).toBe('session m4r8c2nt not found\n');
  });

  it('answers the events as a fixed-width table, like samples/skaha-v1-session-events.txt', async () => {
    const response = await call('/skaha/v1/session/k3x9q2ma?view=events');
    expect(response.headers.get('content-type')).toBe('text/plain');
    const lines = (await response.text()).split('\n');
    expect(lines[0]).toBe(`TYPE      REASON       MESSAGE${' '.repeat(56)}FIRST-TIME             LAST-TIME`);
    expect(lines[1]).toMatch(
      // kube-scheduler's events carry no firstTimestamp or lastTimestamp (events.k8s.io): kubectl prints <none>
      /^Normal {4}Scheduled {4}Successfully assigned skaha-workload\/skaha-notebook-jdoe-k3x9q2ma-[a-z0-9]{5} to node-w\d\d {3}<none> {17}<none>$/,
    );
    expect(lines[2]).toMatch(
      /^Normal {4}Pulling {6}Pulling image "images.canfar.net\/skaha\/astroml-notebook:26.03" {3}/,
    );
    expect(lines[3]).toMatch(/^Normal {4}Pulled {7}Successfully pulled image in 9.1s {30}\d{4}-/);
    expect(lines[4]).toMatch(/^Normal {4}Started {6}Started container {46}\S+ {3}\S+$/);
    expect(lines.slice(5)).toEqual(['']);
  });

  it('answers the logs of a session it cannot find 200 with nothing, and its events 404', async () => {
    // streamPodLogs runs `kubectl logs -l` without looking the session up; getPodID finds no pod
    for (const id of ['nosuch00', 'm4r8c2nt']) {
      const logs = await call(`/skaha/v1/session/${id}?view=logs`);
      expect([logs.status, logs.headers.get('content-type'), await logs.text()]).toEqual([
        200,
        'text/plain',
        '',
      ]);
      const events = await call(`/skaha/v1/session/${id}?view=events`);
      expect([events.status, await events.text()]).toEqual([404, `session ${id} not found.\n`]);
    }
  });

  it('answers the container logs as text/plain, empty while Pending', async () => {
    const running = await call('/skaha/v1/session/k3x9q2ma?view=logs');
    expect(running.headers.get('content-type')).toBe('text/plain');
    expect(await running.text()).toContain('Jupyter Server');
    expect(await (await call('/skaha/v1/session/d2n8vb0e?view=logs')).text()).toBe('');
  });
});

describe('images, context, repository', () => {
  it('lists the public images, filtered by type', async () => {
    const images = (await getJson('/skaha/v1/image')) as { id: string; types: string[]; digest: string }[];
    expect(images).toContainEqual({
      id: 'images.canfar.net/skaha/carta:5.1.0',
      types: ['carta'],
      digest: 'sha256:0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d',
    });
    expect(images.map((image) => image.id)).not.toContain(
      'images.canfar.net/survey-team/private-pipeline:1.0',
    );
    // survey-team is private: the image cache reads Harbor anonymously
    expect(new Set(images.map((image) => image.id.split('/')[1]))).toEqual(new Set(['skaha', 'myproject']));
    const apps = (await getJson('/skaha/v1/image?type=desktop-app')) as { id: string }[];
    expect(apps.map((image) => image.id)).toEqual(
      expect.arrayContaining(['images.canfar.net/skaha/ds9:8.6', 'images.canfar.net/skaha/topcat:4.10']),
    );
    const bad = await call('/skaha/v1/image?type=jupyter');
    expect([bad.status, await bad.text()]).toEqual([400, 'unknown type\n']);
  });

  it('answers the context with maxInteractiveSessions as a string', async () => {
    expect(await getJson('/skaha/v1/context')).toMatchObject({
      cores: { default: 2, defaultRequest: 1, defaultLimit: 8 },
      memoryGB: { default: 8, defaultRequest: 4, defaultLimit: 32 },
      gpus: { options: [1, 2, 3, 4] },
      maxInteractiveSessions: '5',
    });
  });

  it('answers the registry hosts', async () => {
    expect(await (await call('/skaha/v1/repository')).text()).toBe('["images.canfar.net"]');
  });

  it('answers 401 text/plain to every call with a token it does not accept', async () => {
    for (const path of [
      '/skaha/v1/session',
      '/skaha/v1/session/k3x9q2ma',
      '/skaha/v1/image',
      '/skaha/v1/context',
      '/skaha/v1/repository',
    ]) {
      const response = await call(path, { token: 'not-a-token' });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toBe('text/plain');
    }
  });

  it('answers a call with no credentials at all 400, as GMS refuses skaha the groups of an anonymous caller', async () => {
    for (const path of [
      '/skaha/v1/session',
      '/skaha/v1/session/k3x9q2ma',
      '/skaha/v1/image',
      '/skaha/v1/context',
    ]) {
      const response = await call(path, { token: '' });
      expect([response.status, response.headers.get('content-type'), await response.text()], path).toEqual([
        400,
        'text/plain',
        'cannot get group memberships for anonymous\n',
      ]);
    }
    expect((await launch(notebook, { token: '' })).status).toBe(400);
  });
});
