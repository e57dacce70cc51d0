import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures';
import { demoUser, failedLoad, submitPassword } from '../support/portal';
import { SCRAPE_SECONDS, openMetrics } from './support/dataset';
import { ensurePrometheus, startPrometheus, type RunningPrometheus } from './support/prometheus';

/**
 * The usage page against a real Prometheus (Debian's 2.42) loaded with a known data set: every figure on
 * the page must equal the one worked out here from the data set's own samples, without the app's PromQL.
 */

const PORT = 4020 + Number(process.env.E2E_PORT_OFFSET ?? 0);
const GIB = 1024 ** 3;
const DAY = 86_400;

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
  sessions: number;
  sessionHoursById: Map<string, number>;
}

/** jdoe's figures over the day ending at `anchor`, straight from the samples. */
function expectedFigures(all: readonly Series[], username: string, anchor: number): Figures {
  const from = anchor - DAY;
  const inWindow = (series: Series) => series.samples.filter(({ time }) => time > from && time <= anchor);
  const owned = all.filter(
    (series) =>
      series.name === 'kube_pod_labels' &&
      series.labels.label_canfar_net_username === username &&
      inWindow(series).length > 0,
  );
  const idOfPod = new Map(
    owned.map((series) => [series.labels.pod ?? '', series.labels.label_canfar_net_id ?? '']),
  );
  const mine = (series: Series) => idOfPod.has(series.labels.pod ?? '');
  const sessionContainer = (series: Series) =>
    series.labels.container !== '' && series.labels.container !== 'POD';
  const sum = (series: Series) => inWindow(series).reduce((total, { value }) => total + value, 0);
  const hours = (samples: number) => (samples * SCRAPE_SECONDS) / 3600;

  const figures: Figures = {
    cpuCoreHours: 0,
    memoryGibHours: 0,
    gpuHours: 0,
    sessionHours: 0,
    sessions: new Set(idOfPod.values()).size,
    sessionHoursById: new Map(),
  };
  for (const series of all.filter(mine)) {
    if (series.name === 'container_cpu_usage_seconds_total' && sessionContainer(series))
      figures.cpuCoreHours += increase(inWindow(series), from, anchor) / 3600;
    if (series.name === 'container_memory_working_set_bytes' && sessionContainer(series))
      figures.memoryGibHours += hours(sum(series)) / GIB;
    if (series.name === 'kube_pod_container_resource_requests' && series.labels.resource === 'nvidia_com_gpu')
      figures.gpuHours += hours(sum(series));
    if (series.name === 'kube_pod_status_phase' && series.labels.phase === 'Running') {
      figures.sessionHours += hours(sum(series));
      const id = idOfPod.get(series.labels.pod ?? '') ?? '';
      figures.sessionHoursById.set(id, hours(sum(series)));
    }
  }
  return figures;
}

// The page's rule for amounts: two decimals below 10, one below 1000 (use-usage-format.ts).
const amount = (value: number) =>
  new Intl.NumberFormat('en', { maximumFractionDigits: Math.abs(value) < 10 ? 2 : 1 }).format(value);

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
  });
});

test.afterAll(async () => {
  await prometheus?.stop();
});

test('my usage of the last day equals the figures worked out from the data set', async ({ page }) => {
  const expected = expectedFigures(parseOpenMetrics(dataset), demoUser.username, anchor);
  // the data set is made so that each figure is there to be checked
  expect(expected.sessions).toBe(3);
  expect(expected.gpuHours).toBeGreaterThan(0);

  await page.clock.setFixedTime(anchor * 1000);
  await page.goto('/usage?window=day');
  await submitPassword(page, demoUser.username, demoUser.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible();

  const totals = page.getByRole('region', { name: 'Totals', exact: true });
  // a card reads its label, then its value (then, for GPUs, a note)
  const card = (label: string, value: string) =>
    expect(totals.getByRole('heading', { name: label, exact: true }).locator('..')).toHaveText(
      new RegExp(`^${label}${value.replace('.', '\\.')}(GPUs held.*)?$`),
      { timeout: 15_000 },
    );
  await card('CPU core-hours', amount(expected.cpuCoreHours));
  await card('Memory GiB-hours', amount(expected.memoryGibHours));
  await card('GPU-hours', amount(expected.gpuHours));
  await card('Session-hours', amount(expected.sessionHours));
  await card('Sessions', String(expected.sessions));

  const top = page.getByRole('region', { name: 'Top sessions', exact: true });
  for (const [id, hours] of expected.sessionHoursById) {
    await expect(
      top
        .getByRole('row', { name: new RegExp(id) })
        .getByRole('cell')
        .nth(2),
    ).toHaveText(amount(hours));
  }
  // mchen's session is in the same Prometheus but is not jdoe's
  await expect(top.getByRole('row', { name: /mc9other/ })).toHaveCount(0);
});

test("a project's figures per member, and a hostile project name stays a string in the real PromQL parser", async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(failedLoad(404, '/arc/nodes/projects/'), 'the fake storage has no project folders');
  const expected = expectedFigures(parseOpenMetrics(dataset), demoUser.username, anchor);
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
  await expect(totals.getByRole('heading', { name: 'Sessions', exact: true }).locator('..')).toHaveText(
    'Sessions0',
    { timeout: 15_000 },
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});
