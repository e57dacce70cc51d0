import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../http/client';
import type { InstantSample } from './prometheus-schemas';
import {
  LABEL,
  RECORDED,
  cpuCoreHoursQuery,
  gpuHoursQuery,
  memoryGibHoursQuery,
  memoryPeakGibQuery,
  platformAllocatedQuery,
  platformUsedQuery,
  requestPeakQuery,
  requestedHoursQuery,
  sessionCountQuery,
  sessionHoursQuery,
  sessionSeriesQuery,
  userProjectsQuery,
  type UsageScope,
  type UsageSource,
} from './promql';
import { calendarDays, hasDayBars, steppedBars, type Bar } from './date-range';
import { cachedUsageFetcher, usageFetcher } from './usage-queries';
import { usageKeys } from './usage-keys';
import { isLongWindow, windowSpans, type UsageWindow, type WindowSpan } from './usage-windows';

/**
 * Every figure here is for a fixed instant (the page's, or a custom range's end), which Prometheus answers the
 * same way every time: nothing to ask again on focus or reconnect. A page opened later has a later instant.
 */
const FIXED_INSTANT = Infinity;

export interface FigureRequest {
  scope: UsageScope;
  window: UsageWindow;
  /** Epoch ms the window ends at. */
  time: number;
  scrapeInterval: number;
  /** `usage.recordingRules` from config.json; "auto" (the default) asks the service which rules it has. */
  recordingRules?: 'auto' | boolean;
  /** A custom range instead of the named window's length and bar width. */
  span?: WindowSpan;
}

const spanOf = (request: Pick<FigureRequest, 'window' | 'span'>) =>
  request.span ?? windowSpans[request.window];

const detected = new WeakMap<ApiClient, Promise<boolean>>();

/**
 * Whether the usage service evaluates every rule of deploy/prometheus/science-portal-rules.yaml: asked once
 * per API client; a failed answer counts as "no" and is asked again next time.
 */
export function hasRecordedSeries(api: ApiClient): Promise<boolean> {
  const known = detected.get(api);
  if (known) return known;
  const asked = usageFetcher(api)
    .recordingRules()
    .then(
      (names) => Object.values(RECORDED).every((name) => names.includes(name)),
      () => {
        detected.delete(api);
        return false;
      },
    );
  detected.set(api, asked);
  return asked;
}

/**
 * Long windows and whole projects (which no pod name can narrow) read the recorded series when there are any;
 * a user's day and week (in a project too) read the raw series, cheap through the pod names and fresh to the
 * minute.
 */
export async function usageSource(api: ApiClient, request: FigureRequest): Promise<UsageSource> {
  const setting = request.recordingRules ?? 'auto';
  if (setting === false) return 'raw';
  const { scope } = request;
  const named = scope.kind !== 'project' || scope.username !== undefined;
  if (!isLongWindow(spanOf(request)) && named) return 'raw';
  if (setting === true) return 'recorded';
  return (await hasRecordedSeries(api)) ? 'recorded' : 'raw';
}

/** The totals of a scope over a window. */
export interface UsageTotals {
  cpuCoreHours: number;
  memoryGibHours: number;
  gpuHours: number;
  sessionHours: number;
  sessions: number;
  cpuRequestedCoreHours: number;
  memoryRequestedGibHours: number;
  memoryPeakGib: number | undefined;
}

/** An empty vector means nothing was used: zero, not unknown. */
const total = (samples: readonly InstantSample[]) =>
  samples.reduce((sum, sample) => sum + (Number.isFinite(sample.value) ? sample.value : 0), 0);

const options = (request: FigureRequest, source: UsageSource, by: readonly string[] = []) => ({
  scope: request.scope,
  range: spanOf(request).seconds,
  scrapeInterval: request.scrapeInterval,
  by,
  source,
});

export function usageTotalsQueryOptions(api: ApiClient, request: FigureRequest) {
  const source = () => usageSource(api, request);
  return queryOptions({
    queryKey: usageKeys.figure('totals', request),
    queryFn: async ({ client, signal }): Promise<UsageTotals> => {
      const figure = (query: string) => cachedUsageFetcher(client, api, signal).instant(query, request.time);
      const o = options(request, await source());
      const [cpu, memory, gpu, hours, count, cpuRequested, memoryRequested, peak] = await Promise.all([
        figure(cpuCoreHoursQuery(o)),
        figure(memoryGibHoursQuery(o)),
        figure(gpuHoursQuery(o)),
        figure(sessionHoursQuery(o)),
        figure(sessionCountQuery(o)),
        figure(requestedHoursQuery('cpu', o)),
        figure(requestedHoursQuery('memory', o)),
        figure(memoryPeakGibQuery(o)),
      ]);
      return {
        cpuCoreHours: total(cpu.samples),
        memoryGibHours: total(memory.samples),
        gpuHours: total(gpu.samples),
        sessionHours: total(hours.samples),
        sessions: total(count.samples),
        cpuRequestedCoreHours: total(cpuRequested.samples),
        memoryRequestedGibHours: total(memoryRequested.samples),
        memoryPeakGib: peak.samples[0]?.value,
      };
    },
    staleTime: FIXED_INSTANT,
  });
}

/**
 * One row of a session's pods in the window, with what it asked for and what it used: a session, or one of a
 * desktop's apps, which carries its desktop's id (skaha's `canfar.net/id`) with kind `desktop-app` and its
 * own name.
 */
export interface SessionUsage {
  id: string;
  /** `canfar.net/name` (legacy `canfar-net-sessionName`); empty when the pod has neither. */
  name: string;
  kind: string;
  username: string;
  cpuCoreHours: number;
  sessionHours: number;
  gpuHours: number;
  cpuRequest: number | undefined;
  memoryRequestGib: number | undefined;
  memoryPeakGib: number | undefined;
  /** Launched without fixed resources (`canfar.net/flavor=flexible`): its request is the operators' default. */
  flexible: boolean;
}

/**
 * A row's key: the id alone would fold a desktop's apps into the desktop's row. Two apps of one name in one
 * desktop are one row (no app id: kube-state-metrics exports only the labels it is told to).
 */
export const sessionKey = (session: Pick<SessionUsage, 'username' | 'id' | 'kind' | 'name' | 'flexible'>) =>
  JSON.stringify([session.username, session.id, session.kind, session.name, session.flexible]);

const fromMetric = (metric: Record<string, string>) => ({
  id: metric[LABEL.id] ?? '',
  name: metric[LABEL.name] ?? '',
  kind: metric[LABEL.kind] ?? '',
  username: metric[LABEL.username] ?? '',
  flexible: metric[LABEL.flavor] === 'flexible',
});

function byKey(samples: readonly InstantSample[]): Map<string, InstantSample> {
  return new Map(samples.map((sample) => [sessionKey(fromMetric(sample.metric)), sample]));
}

/** Every session of the window, most session-hours first. */
export function sessionUsageQueryOptions(api: ApiClient, request: FigureRequest) {
  const source = () => usageSource(api, request);
  return queryOptions({
    queryKey: usageKeys.figure('sessions', request),
    queryFn: async ({ client, signal }): Promise<SessionUsage[]> => {
      const figure = (query: string) => cachedUsageFetcher(client, api, signal).instant(query, request.time);
      const o = options(request, await source(), [
        LABEL.id,
        LABEL.kind,
        LABEL.username,
        LABEL.name,
        LABEL.flavor,
      ]);
      const [hours, cpu, gpu, cpuRequest, memoryRequest, memoryPeak] = await Promise.all([
        figure(sessionHoursQuery(o)),
        figure(cpuCoreHoursQuery(o)),
        figure(gpuHoursQuery(o)),
        figure(requestPeakQuery('cpu', o)),
        figure(requestPeakQuery('memory', o)),
        figure(memoryPeakGibQuery(o)),
      ]);
      const lookups = [cpu, gpu, cpuRequest, memoryRequest, memoryPeak].map((result) =>
        byKey(result.samples),
      );
      const [cpuBy, gpuBy, cpuRequestBy, memoryRequestBy, memoryPeakBy] = lookups;
      // a pod that never ran (queued, then deleted) has a Running phase of 0 and so 0 hours: not a session
      return hours.samples
        .filter((sample) => sample.value > 0)
        .map((sample): SessionUsage => {
          const row = fromMetric(sample.metric);
          const key = sessionKey(row);
          return {
            ...row,
            sessionHours: sample.value,
            cpuCoreHours: cpuBy?.get(key)?.value ?? 0,
            gpuHours: gpuBy?.get(key)?.value ?? 0,
            cpuRequest: cpuRequestBy?.get(key)?.value,
            memoryRequestGib: memoryRequestBy?.get(key)?.value,
            memoryPeakGib: memoryPeakBy?.get(key)?.value,
          };
        })
        .sort((a, b) => b.sessionHours - a.sessionHours || a.id.localeCompare(b.id));
    },
    staleTime: FIXED_INSTANT,
  });
}

/** A project's figures per member. */
export interface MemberUsage {
  username: string;
  cpuCoreHours: number;
  memoryGibHours: number;
  gpuHours: number;
  sessionHours: number;
  sessions: number;
}

export function memberUsageQueryOptions(api: ApiClient, request: FigureRequest) {
  const source = () => usageSource(api, request);
  return queryOptions({
    queryKey: usageKeys.figure('members', request),
    queryFn: async ({ client, signal }): Promise<MemberUsage[]> => {
      const figure = (query: string) => cachedUsageFetcher(client, api, signal).instant(query, request.time);
      const o = options(request, await source(), [LABEL.username]);
      const results = await Promise.all([
        figure(cpuCoreHoursQuery(o)),
        figure(memoryGibHoursQuery(o)),
        figure(gpuHoursQuery(o)),
        figure(sessionHoursQuery(o)),
        figure(sessionCountQuery(o)),
      ]);
      const name = (sample: InstantSample) => sample.metric[LABEL.username] ?? '';
      const members = new Map<string, MemberUsage>();
      const fields = ['cpuCoreHours', 'memoryGibHours', 'gpuHours', 'sessionHours', 'sessions'] as const;
      results.forEach((result, index) => {
        const field = fields[index];
        if (!field) return;
        for (const sample of result.samples) {
          const username = name(sample);
          const member = members.get(username) ?? {
            username,
            cpuCoreHours: 0,
            memoryGibHours: 0,
            gpuHours: 0,
            sessionHours: 0,
            sessions: 0,
          };
          member[field] = sample.value;
          members.set(username, member);
        }
      });
      return [...members.values()].sort(
        (a, b) => b.cpuCoreHours - a.cpuCoreHours || a.username.localeCompare(b.username),
      );
    },
    staleTime: FIXED_INSTANT,
  });
}

/**
 * One bar of a time series and a value per session type; `time` (epoch ms) is what the bar is labelled by:
 * its end, or for a custom range's calendar day its first instant.
 */
export interface SeriesPoint {
  time: number;
  values: Record<string, number>;
}

/** A `query_range` over bars of one length, ending at each bar's end. */
interface BarRun {
  seconds: number;
  bars: Bar[];
}

/**
 * The bars of a window, which cover it exactly and so add up to its totals. A named window's are of equal
 * length back from its end; the first is cut at its start where the length does not divide the window (a
 * year's 365 days are 52 weeks and one day). A custom range's start at its first midnight: its day bars are its
 * calendar days (23 or 25 hours across a daylight-saving change), its hours and quarter days follow on from its
 * start; either way the last one is cut at the range's end (now, for a range ending today). Bars of one length
 * in a row are asked for in one run.
 */
function barRuns(request: FigureRequest): BarRun[] {
  const { seconds, step } = spanOf(request);
  const start = request.time - seconds * 1000;
  const bars =
    request.span === undefined
      ? namedWindowBars(start, request.time, step * 1000)
      : hasDayBars(request.span)
        ? calendarDays(start, request.time)
        : steppedBars(start, request.time, step * 1000);
  const runs: BarRun[] = [];
  for (const bar of bars) {
    const length = (bar.end - bar.start) / 1000;
    const run = runs.at(-1);
    if (run?.seconds === length) run.bars.push(bar);
    else runs.push({ seconds: length, bars: [bar] });
  }
  return runs;
}

/** Bars of `length` ms back from `end`, the first cut at `start`. */
function namedWindowBars(start: number, end: number, length: number): Bar[] {
  const count = Math.ceil((end - start) / length);
  return Array.from({ length: count }, (_, index): Bar => {
    const barEnd = end - (count - 1 - index) * length;
    return { start: Math.max(start, barEnd - length), end: barEnd };
  });
}

/** CPU core-hours used per bar of the window, by session type. */
export function usageByKindQueryOptions(api: ApiClient, request: FigureRequest) {
  const source = () => usageSource(api, request);
  return queryOptions({
    queryKey: usageKeys.figure('by-kind', request),
    queryFn: async ({ client, signal }): Promise<{ kinds: string[]; points: SeriesPoint[] }> => {
      const from = await source();
      const runs = barRuns(request);
      const results = await Promise.all(
        runs.map(({ seconds, bars }) =>
          cachedUsageFetcher(client, api, signal).range(
            cpuCoreHoursQuery({ scope: request.scope, range: seconds, by: [LABEL.kind], source: from }),
            bars[0]?.end ?? request.time,
            bars.at(-1)?.end ?? request.time,
            seconds,
          ),
        ),
      );
      // each bar's value is the point at its end, whichever run it came in
      const byKind = new Map<string, Map<number, number>>();
      for (const series of results.flatMap((result) => result.series)) {
        const kind = series.metric[LABEL.kind] ?? '';
        const values = byKind.get(kind) ?? new Map<number, number>();
        for (const point of series.values) values.set(point.time, point.value);
        byKind.set(kind, values);
      }
      const kinds = [...byKind.keys()].sort();
      const labelled = hasDayBars(request.span) ? 'start' : 'end';
      const points = runs
        .flatMap((run) => run.bars)
        .map((bar): SeriesPoint => {
          const values: Record<string, number> = {};
          for (const kind of kinds) values[kind] = byKind.get(kind)?.get(bar.end) ?? 0;
          return { time: bar[labelled], values };
        });
      return { kinds, points };
    },
    staleTime: FIXED_INSTANT,
  });
}

/** The projects a user has run sessions under in the last year, from their own series. */
export function userProjectsQueryOptions(api: ApiClient, username: string, time: number) {
  const fetcher = usageFetcher(api);
  return queryOptions({
    queryKey: usageKeys.projects(username, time),
    queryFn: async ({ signal }): Promise<string[]> => {
      const result = await fetcher.instant(
        userProjectsQuery(username, windowSpans.year.seconds),
        time,
        signal,
      );
      return result.samples
        .map((sample) => sample.metric[LABEL.project] ?? '')
        .filter((project) => project !== '')
        .sort((a, b) => a.localeCompare(b));
    },
    staleTime: FIXED_INSTANT,
  });
}

/** Session pods across the platform now: what they hold against what they use. */
export interface PlatformUsage {
  cpuAllocated: number;
  cpuUsed: number;
  memoryAllocatedGib: number;
  memoryUsedGib: number;
}

export function platformUsageQueryOptions(api: ApiClient, time: number) {
  return queryOptions({
    queryKey: usageKeys.platform(time),
    queryFn: async ({ client, signal }): Promise<PlatformUsage> => {
      const figure = async (query: string) =>
        total((await cachedUsageFetcher(client, api, signal).instant(query, time)).samples);
      const [cpuAllocated, cpuUsed, memoryAllocatedGib, memoryUsedGib] = await Promise.all([
        figure(platformAllocatedQuery('cpu')),
        figure(platformUsedQuery('cpu')),
        figure(platformAllocatedQuery('memory')),
        figure(platformUsedQuery('memory')),
      ]);
      return { cpuAllocated, cpuUsed, memoryAllocatedGib, memoryUsedGib };
    },
    staleTime: FIXED_INSTANT,
  });
}

/** The most points a session's chart asks for: enough to see its shape, few enough to stay cheap. */
export const SESSION_POINTS = 300;

/** A whole number of minutes giving at most {@link SESSION_POINTS} points over `seconds`. */
export const sessionStep = (seconds: number) => Math.max(60, Math.ceil(seconds / SESSION_POINTS / 60) * 60);

export interface SessionSeriesRequest {
  username: string;
  id: string;
  /** Epoch ms of the window: the chart covers the session's life within it. */
  start: number;
  end: number;
  scrapeInterval: number;
}

/** One step of a session's life: cores and GiB used (absent where there was no sample). */
export interface SessionPoint {
  time: number;
  cpu: number | undefined;
  memoryGib: number | undefined;
}

export interface SessionSeries {
  step: number;
  points: SessionPoint[];
  /** The largest request over the window (a pod's request does not change while it runs). */
  cpuRequest: number | undefined;
  memoryRequestGib: number | undefined;
}

const largest = (series: readonly { values: readonly { value: number }[] }[]) => {
  const values = series.flatMap((entry) => entry.values.map((point) => point.value)).filter(Number.isFinite);
  return values.length === 0 ? undefined : Math.max(...values);
};

/** A session's CPU and memory over the window, against what it requested: four `query_range` calls. */
export function sessionSeriesQueryOptions(api: ApiClient, request: SessionSeriesRequest) {
  const step = sessionStep((request.end - request.start) / 1000);
  return queryOptions({
    queryKey: usageKeys.session({ ...request, step }),
    queryFn: async ({ client, signal }): Promise<SessionSeries> => {
      const options = {
        username: request.username,
        id: request.id,
        step,
        scrapeInterval: request.scrapeInterval,
      };
      // Points back from the window's end, so the last minutes (a session just started) are read: a step that
      // does not divide the window (a week's 2,040 s) would otherwise end the chart up to a step early.
      const start = request.end - (Math.ceil((request.end - request.start) / 1000 / step) - 1) * step * 1000;
      const range = (figure: Parameters<typeof sessionSeriesQuery>[0]) =>
        cachedUsageFetcher(client, api, signal).range(
          sessionSeriesQuery(figure, options),
          start,
          request.end,
          step,
        );
      const [cpu, memory, cpuRequest, memoryRequest] = await Promise.all([
        range('cpu'),
        range('memory'),
        range('cpuRequest'),
        range('memoryRequest'),
      ]);
      const byTime = new Map<number, SessionPoint>();
      const point = (time: number) => {
        const existing = byTime.get(time) ?? { time, cpu: undefined, memoryGib: undefined };
        byTime.set(time, existing);
        return existing;
      };
      for (const series of cpu.series) for (const value of series.values) point(value.time).cpu = value.value;
      for (const series of memory.series)
        for (const value of series.values) point(value.time).memoryGib = value.value;
      return {
        step,
        points: [...byTime.values()].sort((a, b) => a.time - b.time),
        cpuRequest: largest(cpuRequest.series),
        memoryRequestGib: largest(memoryRequest.series),
      };
    },
    staleTime: FIXED_INSTANT,
  });
}
