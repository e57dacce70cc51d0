// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  RECORDED,
  cpuCoreHoursQuery,
  gpuHoursQuery,
  memoryGibHoursQuery,
  platformAllocatedQuery,
  platformUsedQuery,
  requestPeakQuery,
  requestedHoursQuery,
  sessionCountQuery,
  sessionHoursQuery,
  userProjectsQuery,
} from '../../src/api/usage/promql';
import { getPlatform, resetFakePlatform } from '../node';
import { usagePods } from '../platform/usage/pods';
import { call, runAgainstFakePlatform } from '../test-helpers';

runAgainstFakePlatform();

const DAY = 86_400;
const user = { kind: 'user', username: 'jdoe' } as const;

async function instant(query: string, options: { user?: string; time?: number } = {}) {
  const form: Record<string, string> = { query };
  if (options.time !== undefined) form.time = String(options.time / 1000);
  const response = await call('/prometheus/api/v1/query', { form, user: options.user });
  return { status: response.status, body: (await response.json()) as unknown };
}

interface Vector {
  status: string;
  data: { resultType: string; result: { metric: Record<string, string>; value: [number, string] }[] };
}

const isVector = (body: unknown): body is Vector =>
  typeof body === 'object' && body !== null && 'data' in body;

async function values(query: string, options: { user?: string; time?: number } = {}) {
  const { body } = await instant(query, options);
  if (!isVector(body)) throw new Error(`not a vector: ${JSON.stringify(body)}`);
  return body.data.result;
}

describe('the fake Prometheus', () => {
  it('answers in Prometheus’ own shape: numbers as strings, unix seconds', async () => {
    const time = Date.UTC(2026, 10, 23, 12, 0, 0);
    const { status, body } = await instant(sessionCountQuery({ scope: user, range: 365 * DAY }), { time });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'success', data: { resultType: 'vector' } });
    const [sample] = isVector(body) ? body.data.result : [];
    expect(sample?.value[0]).toBe(time / 1000);
    expect(typeof sample?.value[1]).toBe('string');
  });

  it('gives the same answer to the same question, and agrees with the seeded sessions', async () => {
    const query = sessionHoursQuery({
      scope: user,
      range: DAY,
      scrapeInterval: 30,
      by: ['label_canfar_net_id'],
    });
    const time = Math.floor(Date.now() / 60_000) * 60_000;
    const first = await values(query, { time });
    expect(await values(query, { time })).toEqual(first);
    const ids = first.map((sample) => sample.metric.label_canfar_net_id);
    // the Running sessions of jdoe in the seed (skaha-v1-session-list.json) ran today
    expect(ids).toEqual(expect.arrayContaining(['k3x9q2ma', 'p7w1zr4c', 'h5c0tt9j']));
    const carta = first.find((sample) => sample.metric.label_canfar_net_id === 'p7w1zr4c');
    // started 4 h 12 min before the seed
    expect(Number(carta?.value[1])).toBeCloseTo(4.2, 1);
  });

  it('reads the CPU counter, memory, GPUs and requests of a session', async () => {
    const by = ['label_canfar_net_id'];
    const cpu = await values(cpuCoreHoursQuery({ scope: user, range: DAY, by }));
    const carta = cpu.find((sample) => sample.metric.label_canfar_net_id === 'p7w1zr4c');
    // 1.208 cores for 4.2 h
    expect(Number(carta?.value[1])).toBeCloseTo(1.208 * 4.2, 1);
    const request = await values(requestPeakQuery('memory', { scope: user, range: DAY, by }));
    expect(request.find((s) => s.metric.label_canfar_net_id === 'p7w1zr4c')?.value[1]).toBe('16');
    const gpu = await values(gpuHoursQuery({ scope: user, range: DAY, scrapeInterval: 30 }));
    // the headless job held one GPU for its 40 minutes
    expect(Number(gpu[0]?.value[1])).toBeGreaterThanOrEqual(40 / 60 - 0.01);
    const memory = await values(memoryGibHoursQuery({ scope: user, range: DAY, scrapeInterval: 30 }));
    expect(Number(memory[0]?.value[1])).toBeGreaterThan(0);
  });

  it('charges a finished headless GPU job its running time, not the hour its pod is kept after', async () => {
    const job = usagePods(getPlatform()).find((pod) => pod.id === 'h5c0tt9j');
    if (!job) throw new Error('the seed has no headless GPU job h5c0tt9j');
    // it ran 40 minutes; kube-state-metrics exports its requests until the Job's TTL deletes the pod
    expect((job.end - job.start) / 60_000).toBe(40);
    expect(job.deleted - job.end).toBe(3600_000);
    const time = job.deleted + 3600_000;
    const by = ['label_canfar_net_id'];
    const figure = async (query: string) => {
      const samples = await values(query, { time });
      return Number(samples.find((sample) => sample.metric.label_canfar_net_id === job.id)?.value[1]);
    };
    for (const source of ['raw', 'recorded'] as const) {
      const options = { scope: user, range: DAY, scrapeInterval: 30, by, source };
      expect(await figure(gpuHoursQuery(options))).toBeCloseTo(40 / 60, 6);
      // 2 cores and 8 GiB, for 40 minutes
      expect(await figure(requestedHoursQuery('cpu', options))).toBeCloseTo(2 * (40 / 60), 6);
      expect(await figure(requestedHoursQuery('memory', options))).toBeCloseTo(8 * (40 / 60), 6);
    }
  });

  it("counts a desktop app's hours for its owner, as part of its desktop's session", async () => {
    const app = usagePods(getPlatform()).find((pod) => pod.kind === 'desktop-app');
    if (!app) throw new Error('the seed has no desktop app');
    // named and labelled as skaha names them: its desktop's id, an app id of its own, and a Job
    // `<session id>-<app id>-<user>-<name>` (PostAction.attachDesktopApp)
    expect([app.id, app.appId, app.username]).toEqual(['m4r8c2nt', 'x7k', 'mchen']);
    expect(app.pod).toMatch(/^m4r8c2nt-x7k-mchen-ds9-8-6-[0-9a-z]{5}$/);
    const mchen = { kind: 'user', username: 'mchen' } as const;
    const time = Math.floor(Date.now() / 60_000) * 60_000;
    const by = ['label_canfar_net_id', 'label_canfar_net_kind'];
    const read = (query: string) => values(query, { user: 'mchen', time });
    const figure = (samples: Awaited<ReturnType<typeof read>>, kind: string) =>
      Number(
        samples.find(
          ({ metric }) => metric.label_canfar_net_id === 'm4r8c2nt' && metric.label_canfar_net_kind === kind,
        )?.value[1],
      );
    for (const source of ['raw', 'recorded'] as const) {
      const options = { scope: mchen, range: DAY, scrapeInterval: 30, by, source };
      const hours = await read(sessionHoursQuery(options));
      // ds9 started 110 minutes before the seed, inside the desktop that started 2 hours before
      expect(figure(hours, 'desktop-app')).toBeCloseTo(110 / 60, 1);
      expect(figure(hours, 'desktop')).toBeCloseTo(2, 1);
      expect(figure(await read(cpuCoreHoursQuery(options)), 'desktop-app')).toBeGreaterThan(0);
      // one session: the desktop and its app share the id
      const ids = new Set(hours.map(({ metric }) => metric.label_canfar_net_id));
      expect(ids.size).toBeLessThan(hours.length);
      const count = await read(sessionCountQuery({ scope: mchen, range: DAY, source }));
      expect(Number(count[0]?.value[1])).toBe(ids.size);
    }
  });

  it('counts a session once it ran, not a pod that was only ever Pending', async () => {
    const queries = [
      sessionCountQuery({ scope: user, range: DAY }),
      sessionCountQuery({ scope: user, range: DAY, source: 'recorded' }),
      // the labels alone, the query before this rule
      'count (count by (label_canfar_net_id) (max_over_time(kube_pod_labels{label_canfar_net_username="jdoe"}[86400s])))',
    ];
    const counts = () =>
      Promise.all(queries.map(async (query) => Number((await values(query))[0]?.value[1])));
    const without = await counts();
    resetFakePlatform('stuck-pending');
    // skaha made its pod, the scheduler never placed it: kube-state-metrics has its labels, Running = 0
    expect(usagePods(getPlatform()).find((pod) => pod.id === 's7u2ck9p')?.start).toBe(Infinity);
    const [raw, recorded, labelled] = await counts();
    expect([raw, recorded, labelled]).toEqual([without[0], without[1], (without[2] ?? 0) + 1]);
  });

  it('answers a range query as a matrix', async () => {
    const end = Date.now();
    const response = await call('/prometheus/api/v1/query_range', {
      form: {
        query: cpuCoreHoursQuery({ scope: user, range: 3600, by: ['label_canfar_net_kind'] }),
        start: String((end - 23 * 3600_000) / 1000),
        end: String(end / 1000),
        step: '3600',
      },
    });
    const body: unknown = await response.json();
    expect(body).toMatchObject({ status: 'success', data: { resultType: 'matrix' } });
  });

  it('counts session pods alone in the platform-wide figures, not the other workloads on the nodes', async () => {
    const time = Math.floor(Date.now() / 60_000) * 60_000;
    const running = usagePods(getPlatform()).filter((pod) => pod.start <= time && time < pod.end);
    const sessions = running.filter((pod) => pod.pod !== 'other-workloads');
    expect(sessions.length).toBeGreaterThan(0);
    // mchen's ds9, a desktop app: not named skaha-…, counted all the same
    expect(sessions.some((pod) => pod.kind === 'desktop-app')).toBe(true);
    expect(sessions.length).toBeLessThan(running.length);
    const sum = (numbers: number[]) => numbers.reduce((total, value) => total + value, 0);
    const figure = async (query: string) => Number((await values(query, { time }))[0]?.value[1]);
    expect(await figure(platformAllocatedQuery('cpu'))).toBeCloseTo(
      sum(sessions.map((pod) => pod.cpuRequest)),
    );
    expect(await figure(platformAllocatedQuery('memory'))).toBeCloseTo(
      sum(sessions.map((pod) => pod.memoryRequestGib)),
    );
    expect(await figure(platformUsedQuery('cpu'))).toBeCloseTo(sum(sessions.map((pod) => pod.cpuUsed)));
    expect(await figure(platformUsedQuery('memory'))).toBeCloseTo(sum(sessions.map((pod) => pod.memoryGib)));
  });

  it('lets a PI read their project, and refuses a member or another user', async () => {
    const project = { kind: 'project', project: 'survey-team' } as const;
    const query = sessionCountQuery({ scope: project, range: 30 * DAY, by: ['label_canfar_net_username'] });
    expect((await instant(query, { user: 'mchen' })).status).toBe(200);
    const refused = await instant(query, { user: 'jdoe' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ status: 'error', errorType: 'forbidden' });
    const other = sessionCountQuery({ scope: { kind: 'user', username: 'mchen' }, range: DAY });
    expect((await instant(other, { user: 'jdoe' })).status).toBe(403);
    // a group's owner or administrator reads its members' series, and nobody else's
    const member = sessionCountQuery({ scope: { kind: 'user', username: 'nkaur' }, range: DAY });
    expect((await instant(member, { user: 'mchen' })).status).toBe(200);
    const lwong = sessionCountQuery({ scope: { kind: 'user', username: 'lwong' }, range: DAY });
    expect((await instant(lwong, { user: 'mchen' })).status).toBe(200);
    expect((await instant(lwong, { user: 'jdoe' })).status).toBe(403);
  });

  it('lets a member read their own sessions in a project, and only those', async () => {
    const time = Math.floor(Date.now() / 60_000) * 60_000;
    const count = async (scope: Parameters<typeof sessionCountQuery>[0]['scope'], user: string) =>
      Number((await values(sessionCountQuery({ scope, range: 365 * DAY }), { user, time }))[0]?.value[1]);
    expect((await count({ kind: 'project', project: 'survey-team', username: 'jdoe' }, 'jdoe')) > 0).toBe(
      true,
    );
    // mchen ran sessions under two projects (and, before skaha 1.4.0, under none): each count is a part
    const all = await count({ kind: 'user', username: 'mchen' }, 'mchen');
    const lensing = await count({ kind: 'project', project: 'lensing-lab', username: 'mchen' }, 'mchen');
    const survey = await count({ kind: 'project', project: 'survey-team', username: 'mchen' }, 'mchen');
    expect([lensing > 0, survey > 0, lensing + survey < all]).toEqual([true, true, true]);
    const someoneElse = sessionCountQuery({
      scope: { kind: 'project', project: 'survey-team', username: 'mchen' },
      range: DAY,
    });
    expect((await instant(someoneElse, { user: 'jdoe' })).status).toBe(403);
  });

  it('lists the projects a user ran sessions under', async () => {
    const projects = await values(userProjectsQuery('mchen', 365 * DAY), { user: 'mchen' });
    expect(projects.map((sample) => sample.metric.label_canfar_net_project).sort()).toEqual([
      'lensing-lab',
      'survey-team',
    ]);
  });

  it('refuses what it cannot parse the way Prometheus does', async () => {
    const { status, body } = await instant('sum(');
    expect(status).toBe(400);
    expect(body).toMatchObject({ status: 'error', errorType: 'bad_data' });
  });

  it('is down in the usage-down scenario', async () => {
    resetFakePlatform('usage-down');
    const response = await call('/prometheus/api/v1/query', { form: { query: 'up' } });
    expect(response.status).toBe(503);
  });

  it('reads escaped label values back as the user typed them', async () => {
    const query = sessionCountQuery({
      scope: { kind: 'user', username: 'jdoe"} or vector(1) #' },
      range: DAY,
    });
    expect((await instant(query)).status).toBe(403);
  });

  it('answers the recorded series as the raw ones, counting sessions from before the label change', async () => {
    const year = 365 * DAY;
    const figures = [cpuCoreHoursQuery, sessionCountQuery] as const;
    for (const figure of figures) {
      const raw = await values(figure({ scope: user, range: year, source: 'raw' }));
      const recorded = await values(figure({ scope: user, range: year, source: 'recorded' }));
      expect(Number(recorded[0]?.value[1])).toBeCloseTo(Number(raw[0]?.value[1]), 3);
    }
    // today's labels alone miss jdoe's legacy-labelled history
    const today = await values(
      'count (count by (label_canfar_net_id) (max_over_time(kube_pod_labels{label_canfar_net_username="jdoe"}[31536000s])))',
    );
    const all = await values(sessionCountQuery({ scope: user, range: year }));
    expect(Number(all[0]?.value[1])).toBeGreaterThan(Number(today[0]?.value[1]));
  });

  it('lists its recording rules in Prometheus’ format, and none in the usage-raw scenario', async () => {
    const rules = await (await call('/prometheus/api/v1/rules?type=record', {})).text();
    expect(rules).toContain('"groups":[{"name":"science-portal-usage",');
    expect(rules).toContain('"interval":300');
    for (const name of Object.values(RECORDED)) expect(rules).toContain(`{"name":"${name}","query":`);
    resetFakePlatform('usage-raw');
    const none = await call('/prometheus/api/v1/rules?type=record', {});
    expect(await none.json()).toEqual({ status: 'success', data: { groups: [] } });
  });
});
