// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { demo } from '../../src/i18n/en/demo';
import { advanceClock, failNext, getPlatform, resetFakePlatform } from '../node';
import {
  ORIGIN,
  call,
  formBody,
  getJson,
  getSession,
  getSessions,
  launch,
  notebook,
  runAgainstFakePlatform,
  type WireSession,
} from '../test-helpers';
import { parseScenarios, scenarioKey, scenarioNames } from './scenarios';

runAgainstFakePlatform();

const statsOf = async () =>
  JSON.parse(await (await call('/skaha/v1/session?view=stats')).text()) as Record<
    string,
    Record<string, unknown>
  >;

describe('scenario names', () => {
  it('parses a comma-separated list and ignores unknown names', () => {
    expect([...parseScenarios('busy, SLOW,nonsense,default')]).toEqual(['busy', 'slow']);
    expect(scenarioKey('slow,busy')).toBe('busy,slow');
    expect(scenarioKey('nonsense')).toBe('default');
  });
});

describe('scenarios', () => {
  it('empty: nobody has sessions', async () => {
    resetFakePlatform('empty');
    expect(await getSessions()).toEqual([]);
    expect(await getSessions('/skaha/v1/session?view=all')).toEqual([]);
  });

  it('busy: the platform is near capacity and jdoe is at the interactive limit', async () => {
    resetFakePlatform('busy');
    expect(await launch(notebook)).toMatchObject({
      status: 400,
      text: 'User jdoe has reached the maximum of 3 active sessions.\n',
    });
    const { cores, ram } = await statsOf();
    expect(Number(cores?.requestedCPUCores) / Number(cores?.cpuCoresAvailable)).toBeGreaterThan(0.9);
    expect(parseFloat(String(ram?.requestedRAM)) / parseFloat(String(ram?.ramAvailable))).toBeGreaterThan(
      0.9,
    );
    expect((await getSessions('/skaha/v1/session?view=all')).length).toBeGreaterThan(50);
  });

  it('slow: every response takes about 1.5 s', async () => {
    resetFakePlatform('slow');
    const started = performance.now();
    expect((await call('/skaha/v1/context')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_400);
  });

  it('failing: every skaha call answers 503 while sign-in still works', async () => {
    resetFakePlatform('failing');
    const response = await call('/skaha/v1/session');
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([
      503,
      'text/plain',
      'Service unavailable\n',
    ]);
    expect((await call('/ac/whoami')).status).toBe(200);
  });

  it('headless-500: jdoe has 500 more headless jobs in every state', async () => {
    resetFakePlatform('headless-500');
    const jobs = await getSessions('/skaha/v1/session?type=headless');
    expect(jobs.length).toBe(501);
    expect(new Set(jobs.map((job) => job.status))).toEqual(
      new Set(['Pending', 'Running', 'Completed', 'Failed']),
    );
  });

  it('sessions-50k: jdoe has 50,000 more sessions, kept out of the snapshot, and a renew or delete sticks', async () => {
    resetFakePlatform('sessions-50k');
    const sessions = await getSessions('/skaha/v1/session');
    expect(sessions.length).toBeGreaterThan(49_000);
    expect(new Set(sessions.map((session) => session.status))).toEqual(
      new Set(['Pending', 'Running', 'Completed', 'Failed']),
    );
    expect(JSON.stringify(getPlatform().snapshot()).length).toBeLessThan(200_000);
    const field = sessions.find((session) => session.name === 'field-00002');
    expect(field).toMatchObject({ status: 'Running', type: 'carta' });
    expect((await call(`/skaha/v1/session/${field?.id ?? ''}`, { method: 'DELETE' })).status).toBe(200);
    advanceClock(60_000);
    const after = await getSessions('/skaha/v1/session');
    expect(after.some((session) => session.id === field?.id)).toBe(false);
    expect(after.length).toBe(sessions.length - 1);
  });

  it('stuck-pending: a notebook never leaves Pending and reports FailedScheduling', async () => {
    resetFakePlatform('stuck-pending');
    advanceClock(3_600_000);
    expect((await getJson('/skaha/v1/session/s7u2ck9p')) as object).toMatchObject({ status: 'Pending' });
    const events = await (await call('/skaha/v1/session/s7u2ck9p?view=events')).text();
    expect(events.split('\n')[1]).toMatch(
      /^Warning {3}FailedScheduling {3}0\/12 nodes are available: 12 Insufficient cpu\. {17}<none> {17}<none>$/,
    );
  });

  it('no-access: every skaha call is refused with 403, storage and images still answer', async () => {
    resetFakePlatform('no-access');
    for (const path of [
      '/v1/session',
      '/v1/session?view=stats',
      '/v1/context',
      '/v1/image',
      '/v1/repository',
    ]) {
      const response = await call(`/skaha${path}`);
      expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([
        403,
        'text/plain',
        'Not authorized to use the skaha system\n',
      ]);
    }
    expect((await launch(notebook)).status).toBe(403);
    // skaha asks GMS for the caller's groups before it authorizes: anonymous is GMS's 400, a bad token 401
    expect((await call('/skaha/v1/session', { token: '' })).status).toBe(400);
    expect((await call('/skaha/v1/session', { token: 'not-a-token' })).status).toBe(401);
    expect((await call('/arc/nodes/home/jdoe?limit=0')).status).toBe(200);
    expect((await call('/harbor/api/v2.0/projects')).status).toBe(200);
  });

  it('queued: a Pending session with no pod answers 404 for its events and nothing for its logs', async () => {
    resetFakePlatform('queued');
    advanceClock(3_600_000);
    expect((await getJson('/skaha/v1/session/q2u8e5dx')) as object).toMatchObject({ status: 'Pending' });
    const events = await call('/skaha/v1/session/q2u8e5dx?view=events');
    expect([events.status, await events.text()]).toEqual([404, 'session q2u8e5dx not found.\n']);
    const logs = await call('/skaha/v1/session/q2u8e5dx?view=logs');
    expect([logs.status, await logs.text()]).toEqual([200, '']);
  });

  it('ending-soon: jdoe has a running notebook 30 minutes from its end, which a renew gives its full time', async () => {
    resetFakePlatform('ending-soon');
    const minutesLeft = (session: WireSession) =>
      Math.round((Date.parse(String(session.expiryTime)) - getPlatform().now()) / 60_000);
    const ending = await getSession('e5n1d8gx');
    expect(ending).toMatchObject({
      name: 'notebook-ending',
      type: 'notebook',
      status: 'Running',
      userid: 'jdoe',
    });
    expect(minutesLeft(ending)).toBe(30);
    expect((await call('/skaha/v1/session/e5n1d8gx', { form: { action: 'renew' } })).status).toBe(200);
    expect(minutesLeft(await getSession('e5n1d8gx'))).toBe(4 * 24 * 60);
  });

  it('unknown-types: a type and a status the portal has never seen, as sent', async () => {
    resetFakePlatform('unknown-types');
    const sessions = await getSessions();
    expect(sessions.find((session) => session.name === 'sky-viewer')).toMatchObject({
      type: 'visualizer',
      status: 'Running',
    });
    expect(sessions.find((session) => session.name === 'paused-notebook')).toMatchObject({
      type: 'notebook',
      status: 'Suspended',
    });
  });

  it('new-user: no home until the first launch creates it', async () => {
    resetFakePlatform('new-user');
    expect(await getSessions()).toEqual([]);
    const missing = await call('/arc/nodes/home/jdoe?limit=0');
    expect([missing.status, await missing.text()]).toEqual([404, 'NodeNotFound: /home/jdoe\n']);
    expect((await launch(notebook)).status).toBe(200);
    expect((await call('/arc/nodes/home/jdoe?limit=0')).status).toBe(200);
  });

  it('no-gpu: no GPU options, so any gpus value is refused', async () => {
    resetFakePlatform('no-gpu');
    expect(await getJson('/skaha/v1/context')).toMatchObject({ gpus: { options: [] } });
    expect((await launch({ ...notebook, gpus: '1' })).text).toBe("Invalid value for 'gpus': 1\n");
  });

  it('legacy-stats: the pre-1.1.5 shape with instance counts', async () => {
    resetFakePlatform('legacy-stats');
    const stats = await statsOf();
    expect(Object.keys(stats)).toEqual(['instances', 'cores', 'ram']);
    const { session = 0, desktopApp = 0, headless = 0, total } = stats.instances as Record<string, number>;
    expect(session + desktopApp + headless).toBe(total);
    expect(total).toBeGreaterThan(0);
    // the largest node's memory; like every RAM figure of that shape, GiB written "G" (bytes / 1024³)
    expect(stats.cores).toMatchObject({ maxCPUCores: { cpuCores: 16, withRam: '64G' } });
    expect(stats.ram).toMatchObject({ maxRAM: { ram: '64G', withCPUCores: 16 } });
    // the same 6.144 × 10^12 bytes as today's "6144G"
    expect(stats.ram).toMatchObject({ ramAvailable: '5722.046G' });
  });

  it('stats-unavailable: view=stats fails closed with 503', async () => {
    resetFakePlatform('stats-unavailable');
    const response = await call('/skaha/v1/session?view=stats');
    expect([response.status, response.headers.get('Retry-After'), await response.text()]).toEqual([
      503,
      '30',
      'temporarily unavailable: null\n',
    ]);
    expect((await call('/skaha/v1/session')).status).toBe(200);
  });
});

describe('failNext', () => {
  it('replaces the service’s next responses, then lets them through', async () => {
    failNext('skaha', { status: 500, times: 2 });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const failed = await call('/skaha/v1/session');
      expect([failed.status, failed.headers.get('content-type'), await failed.text()]).toEqual([
        500,
        'text/plain',
        'Internal server error\n',
      ]);
    }
    expect((await call('/skaha/v1/session')).status).toBe(200);
  });

  it('applies to one service only, with a custom body', async () => {
    failNext('ac', { status: 503, body: 'ac is down' });
    expect((await call('/skaha/v1/session')).status).toBe(200);
    const login = await fetch(`${ORIGIN}/ac/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: formBody({ username: 'jdoe', password: 'demo-jdoe' }),
    });
    expect([login.status, await login.text()]).toEqual([503, 'ac is down']);
  });

  it('afterWork: the launch happens, then its answer is lost (a proxy’s 504)', async () => {
    failNext('skaha', { status: 504, path: '/v1/session', afterWork: true });
    const response = await launch({ ...notebook, name: 'lost-answer' });
    expect([response.status, response.text]).toEqual([504, 'Gateway timeout\n']);
    const made = (await getSessions()).filter((session) => session.name === 'lost-answer');
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ type: 'notebook', image: notebook.image, status: 'Pending' });
  });

  it('status 0: no answer at all, the connection drops (after the work, with afterWork)', async () => {
    failNext('skaha', { status: 0, path: '/v1/session', afterWork: true });
    await expect(launch({ ...notebook, name: 'dropped' })).rejects.toThrow();
    expect((await getSessions()).filter((session) => session.name === 'dropped')).toHaveLength(1);
    failNext('skaha', { status: 0, path: '/v1/session' });
    await expect(launch({ ...notebook, name: 'never-made' })).rejects.toThrow();
    expect((await getSessions()).filter((session) => session.name === 'never-made')).toHaveLength(0);
  });
});

describe('scenario names on screen', () => {
  it('has a name in the portal for every scenario but the default, which the demo never shows', () => {
    const named = Object.keys(demo.scenarios).sort();
    expect(named).toEqual(scenarioNames.filter((name) => name !== 'default').sort());
  });
});
