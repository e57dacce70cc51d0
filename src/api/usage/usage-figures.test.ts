import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standaloneServer } from '@/test/standalone-server';
import { createTestApi } from '@/test/test-api';
import { dayText, rangeSpan } from './date-range';
import { rulesSchema } from './prometheus-schemas';
import { LABEL, RECORDED } from './promql';
import {
  sessionSeriesQueryOptions,
  sessionUsageQueryOptions,
  usageByKindQueryOptions,
  usageTotalsQueryOptions,
  type FigureRequest,
} from './usage-figures';

const PROMETHEUS = `${window.location.origin}/prometheus/api/v1`;
/** What Debian's Prometheus 2.42 answered with deploy/prometheus/science-portal-rules.yaml loaded. */
const rulesSample = readFileSync(
  join(import.meta.dirname, '../../../docs/samples/prometheus-rules-record.json'),
  'utf8',
);
const noRules = JSON.stringify({ status: 'success', data: { groups: [] } });
const vector = { status: 'success', data: { resultType: 'vector', result: [] } };

const server = standaloneServer();
const queryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

/** Serves the rules answer given, and records the rules requests and the PromQL sent. */
function prometheus(rules: string) {
  const seen: { rules: number; queries: string[] } = { rules: 0, queries: [] };
  server.use(
    http.get(`${PROMETHEUS}/rules`, ({ request }) => {
      expect(new URL(request.url).searchParams.get('type')).toBe('record');
      seen.rules += 1;
      return HttpResponse.text(rules, { headers: { 'Content-Type': 'application/json' } });
    }),
    http.post(`${PROMETHEUS}/query`, async ({ request }) => {
      seen.queries.push(new URLSearchParams(await request.text()).get('query') ?? '');
      return HttpResponse.json(vector);
    }),
  );
  return seen;
}

const request = (window: FigureRequest['window'], extra: Partial<FigureRequest> = {}): FigureRequest => ({
  scope: { kind: 'user', username: 'jdoe' },
  window,
  time: 1795339140000,
  scrapeInterval: 30,
  ...extra,
});

describe('which series the figures read', () => {
  it("reads the recording rules' names from Prometheus' own answer", () => {
    const names = rulesSchema.parse(JSON.parse(rulesSample));
    expect([...names].sort()).toEqual(Object.values(RECORDED).sort());
  });

  it('sums the recorded series over a year when the service has the rules, asking for them once', async () => {
    const seen = prometheus(rulesSample);
    const api = createTestApi('tok');
    const client = queryClient();
    await client.query(usageTotalsQueryOptions(api, request('year')));
    await client.query(usageTotalsQueryOptions(api, request('month')));
    expect(seen.rules).toBe(1);
    expect(seen.queries).toHaveLength(16);
    for (const query of seen.queries) {
      expect(query).toMatch(
        /\(session:[a-z_:0-9]+\{[^}]*label_canfar_net_username="jdoe"\}\[(31536000|2592000)s\]\)/,
      );
      expect(query).not.toContain('kube_pod_labels');
    }
  });

  it("reads a user's week from the raw series of their own pods, without asking for rules", async () => {
    const seen = prometheus(rulesSample);
    await queryClient().query(usageTotalsQueryOptions(createTestApi('tok'), request('week')));
    expect(seen.rules).toBe(0);
    for (const query of seen.queries) {
      expect(query).not.toContain('session:');
      expect(query).toContain('kube_pod_labels{label_canfar_net_username="jdoe"}[604800s]');
    }
    // every per-pod selector names jdoe's pods: none reads the whole platform
    const perPod = seen.queries.filter((query) => !query.startsWith('count'));
    for (const query of perPod)
      expect(query).toContain(
        'pod=~"skaha-[a-z_]+-jdoe-[0-9a-z-]+|[0-9a-z]{8}-[0-9a-z]{3}-jdoe-[0-9a-z.-]+-[0-9a-z]{5}"',
      );
  });

  it('falls back to the raw series when the service has no rules, or the config says not to use them', async () => {
    const seen = prometheus(noRules);
    await queryClient().query(usageTotalsQueryOptions(createTestApi('tok'), request('year')));
    expect(seen.rules).toBe(1);
    expect(seen.queries.some((query) => query.includes('session:'))).toBe(false);
    expect(seen.queries[0]).toContain('[31536000s]');

    const off = prometheus(rulesSample);
    await queryClient().query(
      usageTotalsQueryOptions(createTestApi('tok'), request('year', { recordingRules: false })),
    );
    expect(off.rules).toBe(0);
    expect(off.queries.some((query) => query.includes('session:'))).toBe(false);
  });

  it('uses the recorded series without asking when the config says they are there', async () => {
    const seen = prometheus(noRules);
    await queryClient().query(
      usageTotalsQueryOptions(createTestApi('tok'), request('month', { recordingRules: true })),
    );
    expect(seen.rules).toBe(0);
    expect(seen.queries.every((query) => query.includes('session:'))).toBe(true);
  });
});

describe('top sessions', () => {
  it("keeps a desktop app's row apart from its desktop's, though skaha gives both the desktop's id", async () => {
    const labels = (kind: string, name: string) => ({
      [LABEL.id]: 'm4r8c2nt',
      [LABEL.kind]: kind,
      [LABEL.username]: 'mchen',
      [LABEL.name]: name,
      [LABEL.flavor]: 'flexible',
    });
    const desktop = labels('desktop', 'desktop1');
    const app = labels('desktop-app', 'ds9-8-6');
    // session-hours, then core-hours, the same two rows in another order (Prometheus promises none)
    const answers: Record<string, [Record<string, string>, string][]> = {
      sum_over_time: [
        [desktop, '2'],
        [app, '1.5'],
      ],
      increase: [
        [app, '3'],
        [desktop, '0.25'],
      ],
    };
    server.use(
      http.post(`${PROMETHEUS}/query`, async ({ request }) => {
        const query = new URLSearchParams(await request.text()).get('query') ?? '';
        const figure = query.includes('increase(')
          ? 'increase'
          : query.includes('sum_over_time(kube_pod_status_phase') && !query.includes('requests')
            ? 'sum_over_time'
            : '';
        const result = (answers[figure] ?? []).map(([metric, value]) => ({ metric, value: [0, value] }));
        return HttpResponse.json({ status: 'success', data: { resultType: 'vector', result } });
      }),
    );
    const rows = await queryClient().query(
      sessionUsageQueryOptions(
        createTestApi('tok'),
        request('day', { scope: { kind: 'user', username: 'mchen' }, recordingRules: false }),
      ),
    );
    expect(
      rows.map(({ id, kind, name, sessionHours, cpuCoreHours }) => [
        id,
        kind,
        name,
        sessionHours,
        cpuCoreHours,
      ]),
    ).toEqual([
      ['m4r8c2nt', 'desktop', 'desktop1', 2, 0.25],
      ['m4r8c2nt', 'desktop-app', 'ds9-8-6', 1.5, 3],
    ]);
  });
});

describe('usage by session type over time', () => {
  it('puts each type’s value in the bar of its time, with 0 where a type has no point', async () => {
    const day = request('day');
    const hour = 3600 * 1000;
    const first = day.time - 23 * hour;
    const at = (time: number, value: string) => [time / 1000, value];
    server.use(
      http.get(`${PROMETHEUS}/rules`, () => HttpResponse.json({ status: 'success', data: { groups: [] } })),
      http.post(`${PROMETHEUS}/query_range`, () =>
        HttpResponse.json({
          status: 'success',
          data: {
            resultType: 'matrix',
            result: [
              { metric: { [LABEL.kind]: 'notebook' }, values: [at(first, '1.5'), at(first + hour, '2')] },
              { metric: { [LABEL.kind]: 'headless' }, values: [at(day.time, '4')] },
            ],
          },
        }),
      ),
    );
    const { kinds, points } = await queryClient().query(usageByKindQueryOptions(createTestApi('tok'), day));
    expect(kinds).toEqual(['headless', 'notebook']);
    expect(points).toHaveLength(24);
    expect(points[0]).toEqual({ time: first, values: { notebook: 1.5, headless: 0 } });
    expect(points[1]).toEqual({ time: first + hour, values: { notebook: 2, headless: 0 } });
    expect(points[23]).toEqual({ time: day.time, values: { notebook: 0, headless: 4 } });
  });
});

/**
 * Prometheus' range query for notebooks, each point the hours its step covers, so the bars add up to the range's
 * length; `onAsk` sees each query's form.
 */
const notebookHoursPerStep = (onAsk: (form: URLSearchParams) => void) =>
  http.post(`${PROMETHEUS}/query_range`, async ({ request }) => {
    const form = new URLSearchParams(await request.text());
    onAsk(form);
    const [first = 0, last = 0, step = 1] = ['start', 'end', 'step'].map((name) => Number(form.get(name)));
    const values: [number, string][] = [];
    for (let time = first; time <= last; time += step) values.push([time, String(step / 3600)]);
    return HttpResponse.json({
      status: 'success',
      data: { resultType: 'matrix', result: [{ metric: { [LABEL.kind]: 'notebook' }, values }] },
    });
  });

/** Serves notebookHoursPerStep and records each range query's start, end and step (seconds). */
function notebookRangesAsked() {
  const asked: { start: number; end: number; step: number }[] = [];
  server.use(
    notebookHoursPerStep((form) => {
      const [start = 0, end = 0, step = 1] = ['start', 'end', 'step'].map((name) => Number(form.get(name)));
      asked.push({ start, end, step });
    }),
  );
  return asked;
}

describe('a custom range’s hours and quarter days', () => {
  it('start at its first midnight and stop at its end, so they add up to its length', async () => {
    const hour = 3_600_000;
    // three days, the last one today at 3:20 PM: 63 h 20 min, in quarter days
    const start = new Date(2026, 2, 10).getTime();
    const end = start + 2 * 24 * hour + 15 * hour + 20 * 60_000;
    const { like, ...span } = rangeSpan({ start, end });
    expect(span.step).toBe(6 * 3600);
    const asked = notebookRangesAsked();
    const { points } = await queryClient().query(
      usageByKindQueryOptions(
        createTestApi('tok'),
        request(like, { span, time: end, recordingRules: false }),
      ),
    );
    // ten quarter days from midnight, then the 3 h 20 min up to the end: nothing before the first day
    expect(asked).toEqual([
      { start: (start + 6 * hour) / 1000, end: (start + 60 * hour) / 1000, step: 6 * 3600 },
      { start: end / 1000, end: end / 1000, step: 3 * 3600 + 20 * 60 },
    ]);
    expect(points.map((point) => point.time)).toEqual([
      ...Array.from({ length: 10 }, (_, index) => start + (index + 1) * 6 * hour),
      end,
    ]);
    const hours = points.reduce((sum, point) => sum + (point.values.notebook ?? 0), 0);
    expect(hours).toBeCloseTo(span.seconds / 3600, 6);
  });
});

describe('a custom range’s day bars across a daylight-saving change', () => {
  // the tests run in the machine's zone, often UTC, which has no such change
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/Toronto';
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('gives each calendar day one bar, labelled by the day it starts', async () => {
    const start = new Date(2026, 10, 1).getTime();
    const end = new Date(2026, 11, 1).getTime();
    // 1 November 2026 is 25 hours long in Toronto
    expect((end - start) / 3_600_000).toBe(30 * 24 + 1);
    const { like, ...span } = rangeSpan({ start, end });
    const asked: { query: string; start: string; end: string; step: string }[] = [];
    server.use(
      notebookHoursPerStep((form) => {
        asked.push({
          query: form.get('query') ?? '',
          start: form.get('start') ?? '',
          end: form.get('end') ?? '',
          step: form.get('step') ?? '',
        });
      }),
    );
    const { points } = await queryClient().query(
      usageByKindQueryOptions(
        createTestApi('tok'),
        request(like, { span, time: end, recordingRules: false }),
      ),
    );
    expect(points.map((point) => dayText(point.time))).toEqual(
      Array.from({ length: 30 }, (_, index) => `2026-11-${String(index + 1).padStart(2, '0')}`),
    );
    expect(points[0]).toEqual({ time: start, values: { notebook: 25 } });
    expect(points[1]).toEqual({ time: new Date(2026, 10, 2).getTime(), values: { notebook: 24 } });
    expect(points[29]).toEqual({ time: new Date(2026, 10, 30).getTime(), values: { notebook: 24 } });
    // the long day on its own, then the 24-hour days, each point at the end of its day
    expect(asked.map(({ start, end, step }) => ({ start, end, step }))).toEqual([
      {
        start: String(new Date(2026, 10, 2).getTime() / 1000),
        end: String(new Date(2026, 10, 2).getTime() / 1000),
        step: '90000',
      },
      { start: String(new Date(2026, 10, 3).getTime() / 1000), end: String(end / 1000), step: '86400' },
    ]);
    expect(asked[0]?.query).toContain('[90000s]');
    expect(asked[1]?.query).toContain('[86400s]');
  });
});

describe('a year’s weekly bars', () => {
  it('cover its 365 days and no more: the first is the day before its 52 weeks', async () => {
    const day = 86_400_000;
    const year = request('year', { recordingRules: false });
    const asked = notebookRangesAsked();
    const { points } = await queryClient().query(usageByKindQueryOptions(createTestApi('tok'), year));
    const firstWeekEnd = year.time - 51 * 7 * day;
    expect(asked).toEqual([
      { start: (year.time - 52 * 7 * day) / 1000, end: (year.time - 52 * 7 * day) / 1000, step: 86_400 },
      { start: firstWeekEnd / 1000, end: year.time / 1000, step: 7 * 86_400 },
    ]);
    expect(points).toHaveLength(53);
    expect(points[0]?.time).toBe(year.time - 52 * 7 * day);
    const hours = points.reduce((sum, point) => sum + (point.values.notebook ?? 0), 0);
    expect(hours).toBeCloseTo(365 * 24, 6);
  });
});

describe('a session’s chart over a week', () => {
  it('has its last point at the window’s end, though its step does not divide the week', async () => {
    const end = 1795339140000;
    const asked: URLSearchParams[] = [];
    server.use(
      http.post(`${PROMETHEUS}/query_range`, async ({ request: sent }) => {
        const form = new URLSearchParams(await sent.text());
        asked.push(form);
        const [first = 0, last = 0, step = 1] = ['start', 'end', 'step'].map((name) =>
          Number(form.get(name)),
        );
        const values: [number, string][] = [];
        for (let time = first; time <= last; time += step) values.push([time, '1']);
        return HttpResponse.json({
          status: 'success',
          data: { resultType: 'matrix', result: [{ metric: {}, values }] },
        });
      }),
    );
    const series = await queryClient().query(
      sessionSeriesQueryOptions(createTestApi('tok'), {
        username: 'jdoe',
        id: 'd2n8vb0e',
        start: end - 7 * 86_400_000,
        end,
        scrapeInterval: 30,
      }),
    );
    expect(series.step).toBe(2040);
    expect(asked).toHaveLength(4);
    for (const form of asked) expect(form.get('end')).toBe(String(end / 1000));
    expect(series.points.at(-1)?.time).toBe(end);
    // every moment of the week is in a point's step: the first reaches back to the window's start or before
    const first = series.points[0]?.time ?? Infinity;
    expect(first - series.step * 1000).toBeLessThanOrEqual(end - 7 * 86_400_000);
    expect(first).toBeGreaterThanOrEqual(end - 7 * 86_400_000);
  });
});
