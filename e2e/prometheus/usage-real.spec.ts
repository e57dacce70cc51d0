import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { demoUser, failedLoad, submitPassword } from '../support/portal';
import { SCRAPE_SECONDS, openMetrics } from './support/dataset';
import { ensurePrometheus, startPrometheus, type RunningPrometheus } from './support/prometheus';

/**
 * The usage page against a real Prometheus (Debian's 2.42) loaded with a known data set and the recording
 * rules of deploy/prometheus, evaluated over it: every figure on the page must equal the one worked out here
 * from the data set's own samples, without the app's PromQL, through the raw series and the recorded ones.
 */

const PORT = 4020 + Number(process.env.E2E_PORT_OFFSET ?? 0);
const GIB = 1024 ** 3;
const DAY = 86_400;
const MONTH = 30 * DAY;
/** The recording rules' step (their group's interval). */
const RULE_STEP = 300;
const RULES_FILE = resolve(import.meta.dirname, '../../deploy/prometheus/science-portal-rules.yaml');

interface Series {
  name: string;
  labels: Record<string, string>;
  samples: { time: number; value: number }[];
}

/** The OpenMetrics text back into series (the data set writes no escapes inside label values). */
function parseOpenMetrics(text: string): Series[] {
  const series = new Map<string, Series>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(\w+)\{(.*)\} (\S+) (\S+)$/.exec(line);
    if (!match) throw new Error(`unexpected line: ${line}`);
    const [, name = '', labelText = '', value = '', time = ''] = match;
    const key = `${name}{${labelText}}`;
    const entry = series.get(key) ?? {
      name,
      labels: Object.fromEntries(
        [...labelText.matchAll(/(\w+)="([^"]*)"/g)].map(([, k = '', v = '']) => [k, v]),
      ),
      samples: [],
    };
    entry.samples.push({ time: Number(time), value: Number(value) });
    series.set(key, entry);
  }
  return [...series.values()];
}

/**
 * `increase()` as Prometheus 2.x computes it (promql/functions.go, extrapolatedRate): the counter's rise
 * between the first and last samples of the window, extrapolated to the window's edges when the samples
 * reach within 1.1 scrape intervals of them, else by half an interval, and never below a zero start.
 */
function increase(samples: readonly { time: number; value: number }[], from: number, to: number): number {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last || samples.length < 2) return 0;
  const rise = last.value - first.value;
  const sampled = last.time - first.time;
  const average = sampled / (samples.length - 1);
  let toStart = first.time - from;
  const toEnd = to - last.time;
  if (rise > 0 && first.value >= 0) toStart = Math.min(toStart, sampled * (first.value / rise));
  const threshold = average * 1.1;
  const extended =
    sampled + (toStart < threshold ? toStart : average / 2) + (toEnd < threshold ? toEnd : average / 2);
  return rise * (extended / sampled);
}

interface Figures {
  cpuCoreHours: number;
  memoryGibHours: number;
  gpuHours: number;
  sessionHours: number;
  /** Distinct session ids that ran: a desktop and its apps share one. */
  sessions: number;
  /**
   * The session-hours of each row of "Top sessions", by the start of its accessible name, `<name> <id>`: a
   * desktop app has a row of its own under its desktop's id.
   */
  sessionHoursByRow: Map<string, number>;
}

/** The owner labels of a pod: today's, or the legacy ones under their names (as the portal renames them). */
interface Owned {
  id: string;
  name: string;
}

/** The "Top sessions" row a pod's figures are in. */
const rowOf = ({ id, name }: Owned) => `${name} ${id}`;

const sessionContainer = (series: Series) =>
  series.labels.container !== '' && series.labels.container !== 'POD';
const toHours = (samples: number) => (samples * SCRAPE_SECONDS) / 3600;

/**
 * The scrape times each pod was Running: a finished pod's requests go on being exported while it is kept,
 * and are not held then.
 */
function runningTimes(all: readonly Series[]): Map<string, Set<number>> {
  const running = new Map<string, Set<number>>();
  for (const series of all) {
    if (series.name !== 'kube_pod_status_phase' || series.labels.phase !== 'Running') continue;
    const times = running.get(series.labels.pod ?? '') ?? new Set<number>();
    for (const { time, value } of series.samples) if (value === 1) times.add(time);
    running.set(series.labels.pod ?? '', times);
  }
  return running;
}

/** The samples of a pod's request series taken while it was Running. */
const whileRunning = (running: Map<string, Set<number>>, series: Series, samples: Series['samples']) =>
  samples.filter(({ time }) => running.get(series.labels.pod ?? '')?.has(time) === true);

/**
 * The pods of `username` with samples in (from, to], by pod name → session id and name: today's labels, or,
 * with `legacy`, the labels skaha set before 1.4.0 (as the portal's owner join and the recording rules read
 * them).
 */
function ownedPods(
  all: readonly Series[],
  username: string,
  from: number,
  to: number,
  legacy: boolean,
): Map<string, Owned> {
  const owned = all.filter(
    (series) =>
      series.name === 'kube_pod_labels' &&
      (series.labels.label_canfar_net_username === username ||
        (legacy && series.labels.label_canfar_net_userid === username)) &&
      series.samples.some(({ time }) => time > from && time <= to),
  );
  return new Map(
    owned.map((series) => [
      series.labels.pod ?? '',
      {
        id: series.labels.label_canfar_net_id ?? series.labels.label_canfar_net_sessionID ?? '',
        name: series.labels.label_canfar_net_name ?? series.labels.label_canfar_net_sessionName ?? '',
      },
    ]),
  );
}

/** A user's figures over the `window` seconds ending at `anchor`, straight from the samples (raw path). */
function expectedFigures(
  all: readonly Series[],
  username: string,
  anchor: number,
  window = DAY,
  legacy = true,
): Figures {
  const from = anchor - window;
  const inWindow = (series: Series) => series.samples.filter(({ time }) => time > from && time <= anchor);
  const ownerOf = ownedPods(all, username, from, anchor, legacy);
  const mine = (series: Series) => ownerOf.has(series.labels.pod ?? '');
  const sum = (series: Series) => inWindow(series).reduce((total, { value }) => total + value, 0);
  const running = runningTimes(all);

  const figures: Figures = {
    cpuCoreHours: 0,
    memoryGibHours: 0,
    gpuHours: 0,
    sessionHours: 0,
    sessions: 0,
    sessionHoursByRow: new Map(),
  };
  // a session counts once it ran: a pod only ever Pending has labels, requests and Running = 0
  const ran = new Set<string>();
  for (const series of all.filter(mine)) {
    if (series.name === 'container_cpu_usage_seconds_total' && sessionContainer(series))
      figures.cpuCoreHours += increase(inWindow(series), from, anchor) / 3600;
    if (series.name === 'container_memory_working_set_bytes' && sessionContainer(series))
      figures.memoryGibHours += toHours(sum(series)) / GIB;
    if (series.name === 'kube_pod_container_resource_requests' && series.labels.resource === 'nvidia_com_gpu')
      figures.gpuHours += toHours(
        whileRunning(running, series, inWindow(series)).reduce((total, { value }) => total + value, 0),
      );
    if (series.name === 'kube_pod_status_phase' && series.labels.phase === 'Running' && sum(series) > 0) {
      figures.sessionHours += toHours(sum(series));
      const owned = ownerOf.get(series.labels.pod ?? '') ?? { id: '', name: '' };
      ran.add(owned.id);
      figures.sessionHoursByRow.set(rowOf(owned), toHours(sum(series)));
    }
  }
  figures.sessions = ran.size;
  return figures;
}

/**
 * The same figures through the recording rules: each rule evaluation at `t` covers the samples in
 * (t − 5 min, t] (increase with Prometheus' extrapolation, sums of samples), and the page sums the records
 * of the window. `evaluations` are the rules' evaluation times over the data.
 */
function expectedRecorded(
  all: readonly Series[],
  username: string,
  anchor: number,
  window: number,
  evaluations: readonly number[],
): Figures {
  const from = anchor - window;
  const ownerOf = ownedPods(all, username, from - RULE_STEP, anchor, true);
  const mine = all.filter((series) => ownerOf.has(series.labels.pod ?? ''));
  const figures: Figures = {
    cpuCoreHours: 0,
    memoryGibHours: 0,
    gpuHours: 0,
    sessionHours: 0,
    sessions: 0,
    sessionHoursByRow: new Map(),
  };
  const seen = new Set<string>();
  const running = runningTimes(all);
  for (const t of evaluations.filter((time) => time > from && time <= anchor)) {
    const within = (series: Series) => series.samples.filter(({ time }) => time > t - RULE_STEP && time <= t);
    const sum = (series: Series) => within(series).reduce((total, { value }) => total + value, 0);
    for (const series of mine) {
      if (series.name === 'container_cpu_usage_seconds_total' && sessionContainer(series))
        figures.cpuCoreHours += increase(within(series), t - RULE_STEP, t) / 3600;
      if (series.name === 'container_memory_working_set_bytes' && sessionContainer(series))
        figures.memoryGibHours += toHours(sum(series)) / GIB;
      if (
        series.name === 'kube_pod_container_resource_requests' &&
        series.labels.resource === 'nvidia_com_gpu'
      )
        figures.gpuHours += toHours(
          whileRunning(running, series, within(series)).reduce((total, { value }) => total + value, 0),
        );
      if (series.name === 'kube_pod_status_phase' && series.labels.phase === 'Running' && sum(series) > 0) {
        const owned = ownerOf.get(series.labels.pod ?? '') ?? { id: '', name: '' };
        seen.add(owned.id);
        figures.sessionHours += toHours(sum(series));
        const row = rowOf(owned);
        figures.sessionHoursByRow.set(row, (figures.sessionHoursByRow.get(row) ?? 0) + toHours(sum(series)));
      }
    }
  }
  figures.sessions = seen.size;
  return figures;
}

// The page's rule for amounts: two decimals below 10, one below 1000 (use-usage-format.ts).
const format = (value: number) =>
  new Intl.NumberFormat('en', { maximumFractionDigits: Math.abs(value) < 10 ? 2 : 1 }).format(value);

/**
 * The text a figure may show: Prometheus and this file add the same numbers in different orders, so a value
 * on a rounding tie (1557 samples are 25.95 hours) may come out a hair either side of it and round either way.
 */
const amount = (value: number): RegExp => {
  const hair = 1e-9 * Math.max(1, Math.abs(value));
  const texts = new Set([format(value - hair), format(value), format(value + hair)]);
  return new RegExp(`^(${[...texts].map((text) => text.replaceAll('.', '\\.')).join('|')})$`);
};

let prometheus: RunningPrometheus | undefined;
let anchor = 0;
let dataset = '';

test.beforeAll(async () => {
  test.setTimeout(300_000);
  ensurePrometheus();
  // A whole minute ten minutes ago: every sample is in the past, and the page is told this is "now".
  anchor = Math.floor(Date.now() / 60_000) * 60 - 600;
  dataset = openMetrics(anchor);
  prometheus = await startPrometheus({
    port: PORT,
    dir: join(tmpdir(), `science-portal-prometheus-${PORT}`),
    openMetrics: dataset,
    // from before the first sample to the anchor: every record lies in the past, none after the page's now
    rules: { file: RULES_FILE, start: anchor - 27 * 3600, end: anchor },
  });
});

test.afterAll(async () => {
  await prometheus?.stop();
});

/** The page's config.json, as e2e/config/prometheus.json has it, with `usage.recordingRules` set. */
async function withRecordingRules(page: Page, recordingRules: boolean | 'auto') {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: { auth: { mode: 'cadc' }, usage: { scrapeIntervalSeconds: SCRAPE_SECONDS, recordingRules } },
    }),
  );
}

/** The PromQL the page sends to the usage service. */
function sentQueries(page: Page): string[] {
  const queries: string[] = [];
  page.on('request', (request) => {
    if (!/\/prometheus\/api\/v1\/query(_range)?$/.test(new URL(request.url()).pathname)) return;
    queries.push(new URLSearchParams(request.postData() ?? '').get('query') ?? '');
  });
  return queries;
}

/** The five cards and the session-hours of every session in "Top sessions" show `expected`. */
async function expectFigures(page: Page, expected: Figures) {
  const totals = page.getByRole('region', { name: 'Totals', exact: true });
  // a card reads its label, then its value, then its comparison with the previous period (and, for GPUs, a note)
  const card = (label: string, value: RegExp) =>
    expect(totals.getByRole('heading', { name: label, exact: true }).locator('..')).toHaveText(
      new RegExp(
        `^${label}${value.source.slice(1, -1)}([+−-][\\d,.]+\\s?% vs the previous .*|none in the previous .*|same as the previous .*)?(GPUs held.*)?$`,
      ),
      { timeout: 15_000 },
    );
  await card('CPU core-hours', amount(expected.cpuCoreHours));
  await card('Memory GB-hours', amount(expected.memoryGibHours));
  await card('GPU-hours', amount(expected.gpuHours));
  await card('Session-hours', amount(expected.sessionHours));
  await card('Sessions', amount(expected.sessions));

  const top = page.getByRole('region', { name: 'Top sessions', exact: true });
  // the column by its heading, wherever the table puts it (name, ID, owner and type come before it); read once
  // the table is there, which may be after the cards
  await expect(top.getByRole('columnheader', { name: 'Session-hours', exact: true })).toBeVisible();
  const headings = await top.getByRole('columnheader').allTextContents();
  const hoursColumn = headings.indexOf('Session-hours');
  expect(hoursColumn, `columns: ${headings.join(' | ')}`).toBeGreaterThan(0);
  for (const [row, hours] of expected.sessionHoursByRow) {
    await expect(
      top
        .getByRole('row', { name: new RegExp(`^${row.replaceAll('.', '\\.')} `) })
        .getByRole('cell')
        .nth(hoursColumn),
    ).toHaveText(amount(hours));
  }
  // mchen's session is in the same Prometheus but is not jdoe's
  await expect(top.getByRole('row', { name: /mc9other/ })).toHaveCount(0);
  // jdoe's queued notebook never ran: no row of 0 hours
  await expect(top.getByRole('row', { name: /qu4never/ })).toHaveCount(0);
}

/**
 * When the recording rules were evaluated over the data: every 5 minutes, at the offset Prometheus gives the
 * group (a hash of its name and file), read from the records' own timestamps.
 */
async function ruleEvaluations(url: string): Promise<number[]> {
  const form = new URLSearchParams({
    query: 'session:kube_pod_status_phase_running:sum_over_time5m[2d]',
    time: String(anchor),
  });
  const response = await fetch(`${url}/api/v1/query`, { method: 'POST', body: form });
  const text = await response.text();
  const stamps = [...text.matchAll(/\[(\d+(?:\.\d+)?),"/g)].map(([, time = '']) => Number(time));
  const first = stamps[0];
  if (first === undefined) throw new Error(`no recorded series: ${text}`);
  // every record on one 5-minute grid, or the figures below would not be Prometheus' own
  for (const stamp of stamps) expect(Math.abs(((stamp - first) / RULE_STEP) % 1)).toBeLessThan(1e-6);
  const times: number[] = [];
  const start = first - Math.ceil((first - (anchor - 2 * DAY)) / RULE_STEP) * RULE_STEP;
  for (let time = start; time <= anchor; time += RULE_STEP) times.push(time);
  return times;
}

test('my usage of the last day equals the figures worked out from the data set', async ({ page }) => {
  const expected = expectedFigures(parseOpenMetrics(dataset), demoUser.username, anchor);
  // the data set is made so that each figure is there to be checked, a legacy-labelled session included, the
  // queued one left out, and a desktop app a row of its own beside its desktop, in the same session
  expect(expected.sessions).toBe(5);
  expect([...expected.sessionHoursByRow.keys()].filter((row) => row.endsWith(' qu4never'))).toEqual([]);
  expect(expected.sessionHoursByRow.get('headless run lg2old01')).toBeGreaterThan(0);
  expect(expected.sessionHoursByRow.get('desktop run dk6desk1')).toBeCloseTo(2, 1);
  expect(expected.sessionHoursByRow.get('ds9-8-6 dk6desk1')).toBeCloseTo(110 / 60, 1);
  // hl3batch's GPU for the two hours it ran, not the hour its finished pod is kept with its requests
  expect(expected.gpuHours).toBeCloseTo(2, 1);
  const queries = sentQueries(page);

  await page.clock.setFixedTime(anchor * 1000);
  await page.goto('/usage?window=day');
  await submitPassword(page, demoUser.username, demoUser.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible();
  await expectFigures(page, expected);
  // a day of one user reads the raw series of that user's pods
  expect(queries.length).toBeGreaterThan(0);
  expect(queries.filter((query) => query.includes('session:'))).toEqual([]);
});

for (const path of ['raw', 'recorded'] as const) {
  test(`a month of my usage through the ${path} series equals the figures worked out from the data set`, async ({
    page,
  }) => {
    const all = parseOpenMetrics(dataset);
    const expected =
      path === 'raw'
        ? expectedFigures(all, demoUser.username, anchor, MONTH)
        : expectedRecorded(
            all,
            demoUser.username,
            anchor,
            MONTH,
            await ruleEvaluations(prometheus?.url ?? ''),
          );
    expect(expected.sessions).toBe(5);
    expect(expected.sessionHoursByRow.get('ds9-8-6 dk6desk1')).toBeGreaterThan(0);
    // "auto": the page finds the rules in the service's /api/v1/rules
    await withRecordingRules(page, path === 'raw' ? false : 'auto');
    const queries = sentQueries(page);

    await page.clock.setFixedTime(anchor * 1000);
    await page.goto('/usage?window=month');
    await submitPassword(page, demoUser.username, demoUser.password);
    await expectFigures(page, expected);
    const recorded = queries.filter((query) => query.includes('session:'));
    if (path === 'raw') expect(recorded).toEqual([]);
    else expect(recorded).toEqual(queries);
  });
}

test("a project's figures per member, and a hostile project name stays a string in the real PromQL parser", async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(failedLoad(404, '/arc/nodes/projects/'), 'the fake storage has no project folders');
  // a project has no pod names to narrow its raw series; sessions from before 1.4.0 have no project
  const expected = expectedFigures(parseOpenMetrics(dataset), demoUser.username, anchor, DAY, false);
  await withRecordingRules(page, false);
  await page.clock.setFixedTime(anchor * 1000);
  await page.goto('/usage/projects/survey-team?window=day');
  await submitPassword(page, demoUser.username, demoUser.password);
  // no label-enforcing proxy in front of this Prometheus: the project's series are readable
  const members = page.getByRole('region', { name: 'Usage by member', exact: true });
  const jdoe = members.getByRole('row', { name: /jdoe/ });
  await expect(jdoe.getByRole('cell').nth(1)).toHaveText(amount(expected.cpuCoreHours), { timeout: 15_000 });
  await expect(members.getByRole('row', { name: /mchen/ })).toHaveCount(0);

  await page.goto(`/usage/projects/${encodeURIComponent('x"} or vector(1) #')}?window=day`);
  const totals = page.getByRole('region', { name: 'Totals', exact: true });
  // nothing matches the hostile name: no sessions, now or in the period before (its comparison, once loaded)
  await expect(totals.getByRole('heading', { name: 'Sessions', exact: true }).locator('..')).toHaveText(
    /^Sessions0(same as the previous day)?$/,
    { timeout: 15_000 },
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});
