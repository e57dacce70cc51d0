// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { advanceClock, getPlatform, resetFakePlatform } from '../node';
import { call, getSession, getSessions, launch, notebook, runAgainstFakePlatform } from '../test-helpers';

runAgainstFakePlatform();

const DAY = 86_400_000;
const seconds = (time: unknown) => Date.parse(String(time)) / 1000;
const renew = (id: string, action?: string) =>
  call(`/skaha/v1/session/${id}`, { form: action === undefined ? {} : { action } });

async function launched(form: Record<string, string> = notebook): Promise<string> {
  const { status, text } = await launch(form);
  expect(status).toBe(200);
  return text.trim();
}

describe('session lifecycle', () => {
  it('is Pending without start, expiry or usage, then Running after ~4 s', async () => {
    const id = await launched();
    const pending = await getSession(id);
    expect(pending.status).toBe('Pending');
    for (const field of ['startTime', 'expiryTime', 'ramInUse', 'cpuCoresInUse'])
      expect(pending).not.toHaveProperty(field);
    expect(pending.connectURL).toBe(
      `https://ws-uv.canfar.net/session/notebook/${id}/lab/tree/arc/home/jdoe?token=${id}`,
    );
    advanceClock(4_000);
    const running = await getSession(id);
    expect(running.status).toBe('Running');
    // OffsetDateTime.toString leaves out seconds that are zero
    expect(running.startTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?Z$/);
    expect(seconds(running.expiryTime) - seconds(running.startTime)).toBe(345_600);
    expect(running.ramInUse).toMatch(/^\d+\.\d\d$/);
    expect(running.cpuCoresInUse).toMatch(/^\d+\.\d{3}$/);
  });

  it('prints a start on the minute without its seconds, as Java’s OffsetDateTime does, and its expiry with', async () => {
    const id = await launched();
    const record = getPlatform().skaha.sessions.find((candidate) => candidate.id === id);
    if (!record) throw new Error('the launch stored no session');
    record.startAt = Math.floor(getPlatform().now() / 60_000) * 60_000 - 60_000 + 700;
    const started = new Date(record.startAt).toISOString().slice(0, 16);
    const session = await getSession(id);
    expect(session.startTime).toBe(`${started}Z`);
    expect(String(session.expiryTime)).toMatch(/T\d\d:\d\d:00Z$/);
    expect((await getSessions('/skaha/v1/session?view=all')).map((item) => item.startTime)).toContain(
      `${started}Z`,
    );
    record.startAt += 11_000;
    expect((await getSession(id)).startTime).toBe(`${started}:11Z`);
  });

  it('fails an interactive session at its expiry and forgets it a day later', async () => {
    const id = await launched();
    advanceClock(4_000 + 345_600_000);
    expect((await getSession(id)).status).toBe('Failed');
    advanceClock(DAY);
    const gone = await call(`/skaha/v1/session/${id}`);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toBe(`session ${id} not found\n`);
  });

  it('has no pod once past its deadline: its events answer 404 and its logs 200 with nothing', async () => {
    const id = await launched();
    advanceClock(4_000);
    expect(await (await call(`/skaha/v1/session/${id}?view=logs`)).text()).toContain('Jupyter Server');
    advanceClock(345_600_000);
    expect((await getSession(id)).status).toBe('Failed');
    const events = await call(`/skaha/v1/session/${id}?view=events`);
    expect([events.status, await events.text()]).toEqual([404, `session ${id} not found.\n`]);
    const logs = await call(`/skaha/v1/session/${id}?view=logs`);
    expect([logs.status, logs.headers.get('content-type'), await logs.text()]).toEqual([
      200,
      'text/plain',
      '',
    ]);
  });

  it('completes a headless job, which disappears an hour later', async () => {
    const id = await launched({
      name: 'job',
      image: 'images.canfar.net/skaha/astroml:26.03',
      cmd: 'echo',
      args: 'hi there',
    });
    advanceClock(4_000);
    expect((await getSession(id)).status).toBe('Running');
    advanceClock(120_000);
    const done = await getSession(id);
    expect(done).toMatchObject({ status: 'Completed' });
    expect(seconds(done.expiryTime) - seconds(done.startTime)).toBe(1_209_600);
    expect(await (await call(`/skaha/v1/session/${id}?view=logs`)).text()).toMatch(/^\+ echo hi there\n/);
    // a job that ends by itself keeps its pod, and so its events, until the job's TTL
    expect(await (await call(`/skaha/v1/session/${id}?view=events`)).text()).toMatch(/\nNormal {4}Started /);
    advanceClock(3_600_000);
    expect((await call(`/skaha/v1/session/${id}`)).status).toBe(404);
  });
});

describe('renew', () => {
  it('answers 200 with an empty body and extends only when less than a lifetime remains', async () => {
    const id = await launched();
    advanceClock(4_000);
    const { expiryTime } = await getSession(id);
    const fresh = await renew(id, 'renew');
    expect(fresh.status).toBe(200);
    expect(await fresh.text()).toBe('');
    expect((await getSession(id)).expiryTime).toBe(expiryTime);
    advanceClock(DAY);
    expect((await renew(id, 'RENEW')).status).toBe(200);
    const renewed = await getSession(id);
    expect(seconds(renewed.expiryTime) - seconds(expiryTime)).toBe(86_400);
  });

  it.each([
    [undefined, 'Cannot modify an existing session'],
    ['stop', 'unrecognized action'],
  ])('action %s → %s', async (action, message) => {
    const response = await renew('k3x9q2ma', action);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(`${message}\n`);
  });

  // PostAction names the caller by its PosixPrincipal: uid, default group (the fake's gid is the uid), username
  const noActiveJob = (id: string) =>
    `No active job for user PosixPrincipal [uidNumber=20001,20001,jdoe] with session ${id}\n`;

  it('refuses sessions that are not active', async () => {
    for (const id of ['h5c0tt9j', 'zzzzzzzz', 'm4r8c2nt']) {
      const response = await renew(id, 'renew');
      expect(response.status).toBe(400);
      expect(await response.text()).toBe(noActiveJob(id));
    }
  });

  it('refuses a Pending session Kueue still holds (no active job), yet renews one whose pod is starting', async () => {
    resetFakePlatform('queued');
    const queued = await renew('q2u8e5dx', 'renew');
    expect(queued.status).toBe(400);
    expect(await queued.text()).toBe(noActiveJob('q2u8e5dx'));
    const starting = await launched();
    expect((await getSession(starting)).status).toBe('Pending');
    expect((await renew(starting, 'renew')).status).toBe(200);
  });
});

describe('delete', () => {
  it('goes Terminating for ~3 s, then the session is gone', async () => {
    const response = await call('/skaha/v1/session/k3x9q2ma', { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect((await getSession('k3x9q2ma')).status).toBe('Terminating');
    advanceClock(3_000);
    expect((await call('/skaha/v1/session/k3x9q2ma')).status).toBe(404);
    expect((await getSessions()).map((session) => session.id)).not.toContain('k3x9q2ma');
  });

  it('answers 200 for an unknown id and 400 for the whole collection', async () => {
    expect((await call('/skaha/v1/session/zzzzzzzz', { method: 'DELETE' })).status).toBe(200);
    const all = await call('/skaha/v1/session', { method: 'DELETE' });
    expect(all.status).toBe(400);
    expect(await all.text()).toBe('Cannot kill all sessions.\n');
  });
});

describe('desktop-apps', () => {
  it('attaches apps to a desktop and removes them with it', async () => {
    const id = await launched({
      name: 'desk',
      image: 'images.canfar.net/skaha/desktop:1.2.0',
      type: 'desktop',
    });
    advanceClock(4_000);
    const attach = await call(`/skaha/v1/session/${id}/app`, {
      form: { image: 'images.canfar.net/skaha/ds9:8.6' },
    });
    const appid = (await attach.text()).trim();
    expect(appid).toMatch(/^[a-z0-9]{3}$/);
    const app = await getSession(`${id}/app/${appid}`);
    // SessionAction.getImageName: the last segment, `:`, `.` and `_` made `-`
    expect(app).toMatchObject({ id, appid, type: 'desktop-app', name: 'ds9-8-6', connectURL: '' });
    expect((await getSessions(`/skaha/v1/session/${id}/app`)).map((item) => item.appid)).toContain(appid);
    expect((await getSessions()).some((item) => item.type === 'desktop-app')).toBe(false);
    await call(`/skaha/v1/session/${id}`, { method: 'DELETE' });
    expect((await getSession(`${id}/app/${appid}`)).status).toBe('Terminating');
    advanceClock(3_000);
    const gone = await call(`/skaha/v1/session/${id}/app/${appid}`);
    expect([gone.status, await gone.text()]).toEqual([
      404,
      `desktop app with session ${id} and app ID ${appid} was not found\n`,
    ]);
  });

  it('attaches to a desktop whose pod exists and is not being deleted, from any image, without credentials', async () => {
    const desktop = { name: 'desk', image: 'images.canfar.net/skaha/desktop:1.2.0', type: 'desktop' };
    const attach = (id: string, image: string) => call(`/skaha/v1/session/${id}/app`, { form: { image } });
    // Pending: PostAction.attachDesktopApp asks only for a pod without a deletionTimestamp
    const starting = await launched(desktop);
    const early = await attach(starting, 'images.canfar.net/skaha/ds9:8.6');
    expect(early.status).toBe(200);
    // neither the registry host nor the registry credentials are checked for an app
    const foreign = await attach(starting, 'docker.io/library/Python_Tools:3.12');
    expect(foreign.status).toBe(200);
    const foreignApp = `${starting}/app/${(await foreign.text()).trim()}`;
    expect((await getSession(foreignApp)).name).toBe('python-tools-3-12');
    // which the registry does not have: its pod never gets past pulling
    advanceClock(60_000);
    expect((await getSession(foreignApp)).status).toBe('Pending');
    const deleting = await launched({ ...desktop, name: 'desk2' });
    advanceClock(4_000);
    await call(`/skaha/v1/session/${deleting}`, { method: 'DELETE' });
    const refused = await attach(deleting, 'images.canfar.net/skaha/ds9:8.6');
    expect([refused.status, await refused.text()]).toEqual([404, `session ${deleting} not found\n`]);
  });

  it('reads the events and logs of a desktop with apps from all their pods, as skaha’s label selector does', async () => {
    const id = await launched({
      name: 'desk',
      image: 'images.canfar.net/skaha/desktop:1.2.0',
      type: 'desktop',
    });
    advanceClock(4_000);
    const view = async (name: 'events' | 'logs') => {
      const response = await call(`/skaha/v1/session/${id}?view=${name}`);
      return [response.status, response.headers.get('content-type'), await response.text()];
    };
    const [, , desktopLogs] = await view('logs');
    expect(desktopLogs).toMatch(
      /^Xvnc TigerVNC .*websockify: proxying from 0\.0\.0\.0:6901 to localhost:5901\n$/s,
    );
    expect((await view('events'))[2]).toMatch(/\nNormal {4}Started {6}Started container /);
    const attach = await call(`/skaha/v1/session/${id}/app`, {
      form: { image: 'images.canfar.net/skaha/ds9:8.6' },
    });
    const appid = (await attach.text()).trim();
    // getPodID's two names, a line each, make a field selector no event matches: the header alone, so <none>
    expect(await view('events')).toEqual([200, 'text/plain', '<none>\n']);
    // kubectl logs stops at the app's pod, whose container is still being created
    expect(await view('logs')).toEqual([200, 'text/plain', desktopLogs]);
    advanceClock(4_000);
    expect(await view('events')).toEqual([200, 'text/plain', '<none>\n']);
    expect(await view('logs')).toEqual([
      200,
      'text/plain',
      `${desktopLogs}[skaha] Starting skaha software container [title=ds9-8-6] for [userid=jdoe]\n` +
        'Disabling bell\nDisabling bell: OK\n[skaha] Starting xterm\n',
    ]);
    await call(`/skaha/v1/session/${id}/app/${appid}`, { method: 'DELETE' });
    advanceClock(3_000);
    expect((await view('events'))[2]).toMatch(/^TYPE {6}REASON /);
    expect((await view('logs'))[2]).toBe(desktopLogs);
  });

  it('rejects deeper paths', async () => {
    const response = await call('/skaha/v1/session/k3x9q2ma/app/abc/more');
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('Invalid request\n');
  });
});
