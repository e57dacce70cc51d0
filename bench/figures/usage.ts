// Usage figures on a real Prometheus (Debian's package, as the prometheus e2e project starts it) loaded with a
// generated platform: 2,000 session pods of 200 users spread over a year, plus the measured user's (jdoe's) own
// sessions, and the recording rules of deploy/prometheus backfilled over that year.
//   usage.userSampleRatio    the samples Prometheus reports reading (stats=all, totalQueryableSamples) for every
//                            query the week view of jdoe sends ÷ the samples jdoe's own series hold in that week
//   usage.yearViewMs         the year view in Chromium on the production build: navigation start to the frame
//                            after the totals, the by-type chart and the top sessions are all shown (median)
//   usage.yearViewOverLimit  the year view's queries refused for --query.max-samples, with the limit scaled
//                            from the default 50M by this platform's pods ÷ CANFAR's ~10^5 pods a year
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page, Request, Response } from '@playwright/test';
import * as z from 'zod/mini';
import { openMetricsOf, sampleTimes, type DatasetPod } from '../../e2e/prometheus/support/dataset';
import { ensurePrometheus, startPrometheus } from '../../e2e/prometheus/support/prometheus';
import { launchChromium, withFakePlatform, withPreview, type Figures } from '../support';
import { median, samples } from '../samples';

const PROMETHEUS_PORT = 4850;
const FAKE_PORT = 4851;
const PREVIEW_PORT = 4852;
const RULES_FILE = resolve(import.meta.dirname, '../../deploy/prometheus/science-portal-rules.yaml');
const USER = { username: 'jdoe', password: 'demo-jdoe' };
const YEAR_RUNS = 5;

const MIN = 60;
const HOUR = 3600;
const DAY = 86_400;
const WEEK = 7 * DAY;
const GIB = 1024 ** 3;

const PLATFORM_USERS = 200;
const PODS_PER_USER = 10;
/** CANFAR's session pods in a year, the order of magnitude the issue gives. */
const CANFAR_PODS_PER_YEAR = 100_000;
/** Prometheus' default --query.max-samples. */
const DEFAULT_MAX_SAMPLES = 50_000_000;
const KINDS = ['notebook', 'headless', 'carta', 'desktop', 'firefly', 'contributed'] as const;

/** A fixed sequence (a linear congruential generator), so every run generates the same platform. */
function sequence(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % below;
  };
}

const idOf = (next: (below: number) => number) =>
  Array.from({ length: 8 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'.charAt(next(36))).join('');

/**
 * 200 users × 10 sessions of 20–100 minutes each, started in one hour of any week of the last year; those older than 120 days
 * carry only the legacy labels (skaha before 1.4.0). Short sessions keep the TSDB quick to build on two cores:
 * the figures depend on how many series and samples the platform holds besides the user's, not on their length.
 */
function platformPods(): DatasetPod[] {
  const next = sequence(16);
  const pods: DatasetPod[] = [];
  for (let user = 0; user < PLATFORM_USERS; user += 1) {
    for (let index = 0; index < PODS_PER_USER; index += 1) {
      // One busy hour a week: Prometheus' backfill writes a block per 2 hours that holds samples, and a
      // year of scattered sessions would leave over a thousand blocks to open and compact first.
      const from = -(2 * HOUR + next(52) * WEEK + next(60) * MIN);
      const kind = KINDS[next(KINDS.length)] ?? 'notebook';
      const gpus = next(10) === 0 ? 1 : 0;
      pods.push({
        username: `user${String(user).padStart(3, '0')}`,
        project: `project${user % 20}`,
        id: idOf(next),
        kind,
        from,
        to: from + (20 + next(81)) * MIN,
        cores: (1 + next(40)) / 10,
        memoryBytes: (1 + next(16)) * GIB,
        cpuRequest: 1 + next(8),
        memoryRequestBytes: (4 + next(28)) * GIB,
        gpus,
        legacy: from < -120 * DAY,
      });
    }
  }
  return pods;
}

/**
 * The measured user's few: two in the last week (one still running), the rest over the year, two legacy, and
 * a desktop app in the month-old desktop, named and labelled as skaha does (as in the e2e data set).
 */
const userSessions: DatasetPod[] = [
  ['nbweek01', 'notebook', -30 * HOUR, -2 * HOUR, false],
  ['hlweek02', 'headless', -3 * DAY - HOUR, -3 * DAY + HOUR, false],
  ['dsmonth3', 'desktop', -40 * DAY, -40 * DAY + 4 * HOUR, false],
  ['ca4early', 'carta', -100 * DAY, -100 * DAY + 3 * HOUR, false],
  ['lg5old01', 'headless', -200 * DAY, -200 * DAY + 2 * HOUR, true],
  ['lg6old02', 'notebook', -300 * DAY, -300 * DAY + 5 * HOUR, true],
].map(([id, kind, from, to, legacy]) => ({
  username: USER.username,
  project: 'survey-team',
  id: String(id),
  kind: String(kind),
  from: Number(from),
  to: Number(to),
  cores: 0.5,
  memoryBytes: 2 * GIB,
  cpuRequest: 2,
  memoryRequestBytes: 8 * GIB,
  gpus: 0,
  legacy: legacy === true,
}));
const userPods: DatasetPod[] = [
  ...userSessions,
  ...userSessions
    .filter((pod) => pod.id === 'dsmonth3')
    .map((desktop) => ({
      ...desktop,
      kind: 'desktop-app',
      app: { id: 'b2c', name: 'ds9-8-6' },
      from: desktop.from + 10 * MIN,
    })),
];

const statsSchema = z.object({
  status: z.literal('success'),
  data: z.object({ stats: z.object({ samples: z.object({ totalQueryableSamples: z.number() }) }) }),
});
const vectorSchema = z.object({
  status: z.literal('success'),
  data: z.object({ result: z.array(z.object({ value: z.tuple([z.number(), z.string()]) })) }),
});
const errorSchema = z.object({ status: z.literal('error'), errorType: z.string(), error: z.string() });

interface SentQuery {
  path: 'query' | 'query_range';
  form: URLSearchParams;
}

/** Every PromQL request the page sends to the usage service, with its form, until `stop`. */
function collectQueries(page: Page): { sent: SentQuery[]; stop: () => void } {
  const sent: SentQuery[] = [];
  const onRequest = (request: Request) => {
    const match = /\/prometheus\/api\/v1\/(query|query_range)$/.exec(new URL(request.url()).pathname);
    if (!match) return;
    sent.push({
      path: match[1] === 'query' ? 'query' : 'query_range',
      form: new URLSearchParams(request.postData() ?? ''),
    });
  };
  page.on('request', onRequest);
  return { sent, stop: () => page.off('request', onRequest) };
}

/** The same query again, straight to Prometheus with `stats=all`: the samples it read. */
async function samplesRead(prometheusUrl: string, query: SentQuery): Promise<number> {
  const form = new URLSearchParams(query.form);
  form.set('stats', 'all');
  const response = await fetch(`${prometheusUrl}/api/v1/${query.path}`, { method: 'POST', body: form });
  const body: unknown = await response.json();
  const parsed = statsSchema.safeParse(body);
  if (!parsed.success)
    throw new Error(`usage.userSampleRatio: no stats for ${query.form.get('query') ?? ''}`);
  return parsed.data.data.stats.samples.totalQueryableSamples;
}

/** The raw series a session pod has (dataset.ts writes these families). */
const RAW_SERIES = [
  'kube_pod_labels',
  'kube_pod_status_phase',
  'container_cpu_usage_seconds_total',
  'container_memory_working_set_bytes',
  'kube_pod_container_resource_requests',
];

/**
 * The samples jdoe's own raw series hold in the week ending at `time` (unix seconds), as Prometheus counts them:
 * one query per metric name, since count_over_time drops the name and series of two names would collide.
 * Their pods are named `skaha-<type>-jdoe-…`, or `<session id>-<app id>-jdoe-…` for a desktop app.
 */
async function ownSamples(prometheusUrl: string, time: string): Promise<number> {
  const counts = await Promise.all(
    RAW_SERIES.map(async (name) => {
      const form = new URLSearchParams({
        query: `sum(count_over_time(${name}{namespace="skaha-workload",pod=~"skaha-[a-z]+-${USER.username}-.+|[0-9a-z]{8}-[0-9a-z]{3}-${USER.username}-.+"}[${WEEK}s]))`,
        time,
      });
      const response = await fetch(`${prometheusUrl}/api/v1/query`, { method: 'POST', body: form });
      const body: unknown = await response.json();
      const parsed = vectorSchema.safeParse(body);
      if (!parsed.success) throw new Error(`usage.userSampleRatio: ${name}: ${JSON.stringify(body)}`);
      return Number(parsed.data.data.result[0]?.value[1] ?? 0);
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * Marks in the page's own clock (0 = navigation start): the frame after the totals, the by-type chart and the
 * top sessions are all in the DOM. A string, not a function: tsx's helpers would not exist in the page.
 */
const PROBE = `
  window.__usageBench = {};
  const sections = ['Totals', 'CPU core-hours by session type', 'Top sessions'];
  const observer = new MutationObserver(() => {
    const bench = window.__usageBench;
    if (bench.shown !== undefined) return;
    if (!sections.every((name) => document.querySelector('section[aria-label="' + name + '"]'))) return;
    bench.shown = -1;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { bench.shown = performance.now(); }, 0));
  });
  observer.observe(document, { subtree: true, childList: true });
`;

interface ProbeWindow {
  __usageBench?: { shown?: number };
}

/** Navigates to `path` and waits for the figures or an error; the time they were shown, if they were. */
async function openView(page: Page, path: string): Promise<number | undefined> {
  await page.goto(path);
  await page
    .waitForFunction(
      () =>
        ((window as ProbeWindow).__usageBench?.shown ?? -1) > 0 ||
        document.querySelector('main [role=alert]') !== null,
      null,
      { timeout: 120_000 },
    )
    .catch(async (error: unknown) => {
      console.error(await page.locator('main').innerText());
      throw error;
    });
  const shown = await page.evaluate(() => (window as ProbeWindow).__usageBench?.shown);
  return shown !== undefined && shown > 0 ? shown : undefined;
}

async function measureInBrowser(baseUrl: string, prometheusUrl: string): Promise<Figures> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(PROBE);
    await page.goto(`${baseUrl}/usage?window=week`);
    await page.getByRole('textbox', { name: 'Username' }).fill(USER.username);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(USER.password);
    const week = collectQueries(page);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForFunction(() => ((window as ProbeWindow).__usageBench?.shown ?? -1) > 0, null, {
      timeout: 120_000,
    });
    await page.waitForLoadState('networkidle');
    week.stop();
    const weekQueries = week.sent;

    // The ratio: every query of the week view again with stats=all, against jdoe's own samples in that week.
    const read = samples(
      await Promise.all(weekQueries.map((query) => samplesRead(prometheusUrl, query))),
      'usage.userSampleRatio',
    );
    const time = weekQueries.find((query) => query.path === 'query')?.form.get('time');
    if (!time) throw new Error('usage.userSampleRatio: the week view sent no instant query');
    const own = await ownSamples(prometheusUrl, time);
    if (own <= 0) throw new Error(`usage.userSampleRatio: ${USER.username} holds no samples in the week`);
    const totalRead = read.reduce((sum, value) => sum + value, 0);

    // The year view, several full loads of its address (signed in: the token is in the tab's session).
    const shown: number[] = [];
    let ran = 0;
    let refused = 0;
    const refusals = new Set<string>();
    for (let run = 0; run < YEAR_RUNS; run += 1) {
      const answers: Promise<void>[] = [];
      const onResponse = (response: Response) => {
        if (!/\/prometheus\/api\/v1\/(query|query_range)$/.test(new URL(response.url()).pathname)) return;
        ran += 1;
        if (response.ok()) return;
        answers.push(
          response.json().then((body: unknown) => {
            const error = errorSchema.safeParse(body);
            if (error.success && error.data.error.includes('too many samples')) {
              refused += 1;
              refusals.add(error.data.error);
            }
          }),
        );
      };
      page.on('response', onResponse);
      const shownAt = await openView(page, `${baseUrl}/usage?window=year`);
      await page.waitForLoadState('networkidle');
      await Promise.all(answers);
      page.off('response', onResponse);
      if (shownAt !== undefined) shown.push(shownAt);
    }
    if (ran === 0) throw new Error('usage.yearViewOverLimit: the year view sent no query');
    for (const message of refusals) console.error(`  refused: ${message}`);
    let yearViewMs = Number.NaN;
    try {
      yearViewMs = Math.round(median(samples(shown, 'usage.yearViewMs', YEAR_RUNS), 'usage.yearViewMs'));
    } catch (error) {
      // still report the refusals, which are the likely reason; run.ts fails the non-finite figure
      console.error(error);
    }
    return {
      'usage.userSampleRatio': Number((totalRead / own).toFixed(2)),
      'usage.userWeekQueries': weekQueries.length,
      'usage.userWeekSamplesRead': totalRead,
      'usage.userWeekOwnSamples': own,
      'usage.yearViewMs': yearViewMs,
      'usage.yearViewOverLimit': refused,
      'usage.yearViewQueries': ran,
    };
  } finally {
    await browser.close();
  }
}

const RULE_STEP = 300;

/**
 * The times the pods have samples, each widened to the rules' 5-minute grid (absolute multiples of 300 s, the
 * grid promtool's 2-hour chunks fall on) and one evaluation past its last sample, merged where they meet.
 */
function activeSpans(anchor: number, pods: readonly DatasetPod[]): { start: number; end: number }[] {
  const spans = pods
    .map((pod) => ({
      start: Math.floor((anchor + pod.from - 30) / RULE_STEP) * RULE_STEP,
      end: Math.ceil((anchor + pod.to - 30) / RULE_STEP) * RULE_STEP + RULE_STEP,
    }))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end + 2 * RULE_STEP) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

export async function measure(): Promise<Figures> {
  ensurePrometheus();
  const pods = [...platformPods(), ...userPods];
  // A whole minute ten minutes ago: every sample is in the past of the page's now.
  const anchor = Math.floor(Date.now() / 60_000) * 60 - 600;
  const started = performance.now();
  const text = openMetricsOf(anchor, pods);
  const sampleCount = pods.reduce((sum, pod) => sum + sampleTimes(anchor, pod).length, 0);
  const maxSamples = Math.round((DEFAULT_MAX_SAMPLES * pods.length) / CANFAR_PODS_PER_YEAR);
  console.log(
    `  platform: ${pods.length} pods, ${sampleCount} scrapes, ${(text.length / 1e6).toFixed(0)} MB of OpenMetrics; --query.max-samples=${maxSamples}`,
  );
  const prometheus = await startPrometheus({
    port: PROMETHEUS_PORT,
    dir: join(tmpdir(), `science-portal-bench-prometheus-${PROMETHEUS_PORT}`),
    openMetrics: text,
    // the rules over the year, evaluated only where there are samples (elsewhere they record nothing)
    rules: { file: RULES_FILE, start: anchor - 366 * DAY, end: anchor, spans: activeSpans(anchor, pods) },
    extraArgs: [`--query.max-samples=${maxSamples}`],
  });
  console.log(
    `  Prometheus ready with the rules after ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  try {
    return await withFakePlatform({ port: FAKE_PORT }, (upstream) =>
      withPreview(
        {
          port: PREVIEW_PORT,
          configFile: 'e2e/config/prometheus.json',
          upstream,
          usageUpstream: `http://127.0.0.1:${PROMETHEUS_PORT}`,
        },
        (baseUrl) => measureInBrowser(baseUrl, prometheus.url),
      ),
    );
  } finally {
    await prometheus.stop();
  }
}
