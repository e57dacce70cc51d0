import type { UsagePod } from './pods';

/** Seconds between two scrapes in the fake (the portal's default `usage.scrapeIntervalSeconds`). */
export const SCRAPE_SECONDS = 30;
const GIB = 1073741824;

export class BadQuery extends Error {}

export interface Matcher {
  name: string;
  op: '=' | '!=' | '=~' | '!~';
  value: string;
}

export interface FakeSample {
  metric: Record<string, string>;
  value: number;
}

/**
 * What a query may read of a pod's labels (the `kube_pod_labels` names): a pod launched before skaha 1.4.0
 * has only the legacy names, unless the query maps them onto today's (`owned`: the raw figures' legacy
 * branch, and the recorded series, whose rules map them).
 */
export function podLabels(pod: UsagePod, owned = false): Record<string, string> {
  const base = { namespace: pod.namespace, pod: pod.pod };
  // a desktop app carries its desktop's id and an app id of its own (skaha's SessionJobBuilder)
  if (pod.legacy && !owned)
    return {
      ...base,
      label_canfar_net_userid: pod.username,
      label_canfar_net_sessionID: pod.id,
      label_canfar_net_sessionType: pod.kind,
      label_canfar_net_sessionName: pod.name,
      ...(pod.appId === undefined ? {} : { label_canfar_net_appID: pod.appId }),
    };
  return {
    ...base,
    label_canfar_net_username: pod.username,
    label_canfar_net_project: pod.legacy ? '' : pod.project,
    label_canfar_net_kind: pod.kind,
    label_canfar_net_id: pod.id,
    label_canfar_net_name: pod.name,
    ...(pod.appId === undefined || pod.legacy ? {} : { label_canfar_net_app_id: pod.appId }),
    // legacy pods had no flavor label (Prometheus drops an empty one)
    ...(pod.legacy ? {} : { label_canfar_net_flavor: pod.flexible ? 'flexible' : 'fixed' }),
  };
}

/** How the raw GPU and requested-hours figures start: the largest request of each pod in the window… */
const RUNNING_REQUESTS =
  'sum by (namespace, pod) (max by (namespace, pod, container) (max_over_time(kube_pod_container_resource_requests';
/** …times its samples Running. */
const RUNNING_JOIN =
  ' * on (namespace, pod) sum by (namespace, pod) (sum_over_time(kube_pod_status_phase{phase="Running"';

/** The series of deploy/prometheus/science-portal-rules.yaml and the raw range function each one records. */
const RECORDED: Readonly<Record<string, string>> = {
  'session:container_cpu_usage_seconds:increase5m': 'increase(container_cpu_usage_seconds_total',
  'session:container_memory_working_set_bytes:sum_over_time5m':
    'sum_over_time(container_memory_working_set_bytes',
  'session:container_memory_working_set_bytes:max_over_time5m':
    'max_over_time(container_memory_working_set_bytes',
  // the request times the Running samples (the rule's join with kube_pod_status_phase)
  'session:kube_pod_container_resource_requests:sum_over_time5m': RUNNING_REQUESTS,
  'session:kube_pod_container_resource_requests:max_over_time5m':
    'max_over_time(kube_pod_container_resource_requests',
  'session:kube_pod_status_phase_running:sum_over_time5m':
    'sum_over_time(kube_pod_status_phase{phase="Running"}',
};
export const recordedNames = Object.keys(RECORDED);

/**
 * A query on a recorded series, rewritten as the raw range function it sums: the fake's series are
 * continuous, so a sum of the 5-minute records equals the raw figure.
 */
function fromRecorded(inner: string): string | undefined {
  const match = /^(sum|max)_over_time\((session:[a-z_:0-9]+)\{((?:[^"}]|"(?:[^"\\]|\\.)*")*)\}/.exec(inner);
  const raw = match ? RECORDED[match[2] ?? ''] : undefined;
  if (!match || raw === undefined) return undefined;
  const resource = /resource="([a-z_]+)"/.exec(match[3] ?? '')?.[1];
  // the per-pod functions below tell the figures apart by these prefixes alone
  return `${raw}${resource ? `{resource="${resource}"` : ''}${inner.slice(match[0].length)}`;
}

/** `{a="x",b!="y"}` → matchers; PromQL string escapes (`\\`, `\"`, `\n`) read back. */
export function parseMatchers(text: string): Matcher[] {
  const matchers: Matcher[] = [];
  const pattern = /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(!=|=~|!~|=)\s*"((?:[^"\\]|\\.)*)"\s*,?/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const [, name = '', op, raw = ''] = match;
    const value = raw.replace(/\\(.)/g, (_, character: string) =>
      character === 'n' ? '\n' : character === 'r' ? '\r' : character === 't' ? '\t' : character,
    );
    matchers.push({ name, op: op === '!=' || op === '=~' || op === '!~' ? op : '=', value });
    if (pattern.lastIndex >= text.length) break;
  }
  if (pattern.lastIndex !== text.length && text.trim() !== '') throw new BadQuery(`bad matchers: {${text}}`);
  return matchers;
}

/** PromQL's regex matchers are anchored RE2; the builders' patterns mean the same in JavaScript. */
const test = (op: Matcher['op'], actual: string, value: string) =>
  op === '=' || op === '!='
    ? (actual === value) === (op === '=')
    : new RegExp(`^(?:${value})$`).test(actual) === (op === '=~');

const matches = (labels: Record<string, string>, matchers: readonly Matcher[]) =>
  matchers.every(({ name, op, value }) => test(op, labels[name] ?? '', value));

const UNITS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536000 };

function parseRange(query: string): number {
  const match = /\[(\d+)([smhdwy])\]/.exec(query);
  if (!match) throw new BadQuery('no range selector');
  return Number(match[1]) * (UNITS[match[2] ?? 's'] ?? 1);
}

/** The scalar arithmetic a query ends with, e.g. ` * 30 / 3600 / 1073741824`. */
function splitTail(query: string): { body: string; apply: (value: number) => number } {
  const match = /((?:\s*[*/]\s*\d+(?:\.\d+)?)+)$/.exec(query);
  if (!match) return { body: query, apply: (value) => value };
  const ops = [...(match[1] ?? '').matchAll(/([*/])\s*(\d+(?:\.\d+)?)/g)];
  return {
    body: query.slice(0, match.index).trim(),
    apply: (value) =>
      ops.reduce(
        (result, [, op, number]) => (op === '*' ? result * Number(number) : result / Number(number)),
        value,
      ),
  };
}

interface Window {
  from: number;
  to: number;
}

const overlap = (start: number, end: number, { from, to }: Window) =>
  Math.max(0, Math.min(end, to) - Math.max(start, from)) / 1000;

/** Seconds of the window the pod ran: its containers' (cAdvisor) series, and phase Running = 1. */
const runningSeconds = (pod: UsagePod, window: Window) => overlap(pod.start, pod.end, window);

/**
 * Seconds of the window the API server held the pod: kube-state-metrics' series (labels, phase, requests)
 * exist from its creation, Pending, to its deletion, after a finished Job's TTL.
 */
const heldSeconds = (pod: UsagePod, window: Window) => overlap(pod.created, pod.deleted, window);

const runningAt = (pod: UsagePod, time: number) => pod.start <= time && time < pod.end;

/**
 * The per-pod value of the range function a figure is built on, or undefined for an unknown shape.
 * `recorded`: the shape stands for a recorded series, whose rule already joined what the raw query joins.
 */
function perPod(
  inner: string,
  recorded: boolean,
): ((pod: UsagePod, window: Window) => number | undefined) | undefined {
  const request = /kube_pod_container_resource_requests\{resource="(cpu|memory|nvidia_com_gpu)"/.exec(
    inner,
  )?.[1];
  const requested = (pod: UsagePod) =>
    request === 'cpu' ? pod.cpuRequest : request === 'memory' ? pod.memoryRequestGib * GIB : pod.gpus;
  // a container that asks for no GPU has no such series
  const hasRequest = (pod: UsagePod) => request !== 'nvidia_com_gpu' || pod.gpus > 0;
  const present = (value: (pod: UsagePod, seconds: number) => number) => (pod: UsagePod, window: Window) => {
    const seconds = runningSeconds(pod, window);
    return seconds > 0 ? value(pod, seconds) : undefined;
  };
  const held = (value: (pod: UsagePod, window: Window) => number) => (pod: UsagePod, window: Window) =>
    heldSeconds(pod, window) > 0 && hasRequest(pod) ? value(pod, window) : undefined;
  // one session's cores over time (its chart): the counter grows at the pod's average rate
  if (inner.startsWith('rate(container_cpu_usage_seconds_total{') && inner.includes(',pod=~'))
    return present((pod) => pod.cpuUsed);
  if (inner.startsWith('increase(container_cpu_usage_seconds_total'))
    return present((pod, seconds) => pod.cpuUsed * seconds);
  if (inner.startsWith('sum_over_time(container_memory_working_set_bytes'))
    return present((pod, seconds) => (pod.memoryGib * GIB * seconds) / SCRAPE_SECONDS);
  if (inner.startsWith('max_over_time(container_memory_working_set_bytes'))
    return present((pod) => pod.memoryPeakGib * GIB);
  if (inner.startsWith(RUNNING_REQUESTS) && request && (recorded || inner.includes(RUNNING_JOIN)))
    return held((pod, window) => (requested(pod) * runningSeconds(pod, window)) / SCRAPE_SECONDS);
  // every sample the pod's requests have, Pending and finished too (the figure before it was fixed)
  if (inner.startsWith('sum_over_time(kube_pod_container_resource_requests') && request)
    return held((pod, window) => (requested(pod) * heldSeconds(pod, window)) / SCRAPE_SECONDS);
  if (inner.startsWith('max_over_time(kube_pod_container_resource_requests') && request)
    return held((pod) => requested(pod));
  // 0 while Pending and once finished, but present as long as the pod is
  if (inner.startsWith('sum_over_time(kube_pod_status_phase{phase="Running"'))
    return held((pod, window) => runningSeconds(pod, window) / SCRAPE_SECONDS);
  return undefined;
}

/** The instant value of a platform-wide expression at `time`. */
function platformValue(inner: string, pod: UsagePod, time: number): number | undefined {
  if (!runningAt(pod, time)) return undefined;
  if (inner.startsWith('kube_pod_container_resource_requests{resource="cpu"') && inner.includes('== 1'))
    return pod.cpuRequest;
  if (inner.startsWith('kube_pod_container_resource_requests{resource="memory"') && inner.includes('== 1'))
    return pod.memoryRequestGib * GIB;
  if (inner.startsWith('rate(container_cpu_usage_seconds_total')) return pod.cpuUsed;
  if (inner.startsWith('container_memory_working_set_bytes')) return pod.memoryGib * GIB;
  return undefined;
}

const labelList = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);

/** The pods a query's first selector names by its `pod` matcher (all of them when it has none). */
function namedPods(inner: string, pods: readonly UsagePod[]): readonly UsagePod[] {
  const selector = /\{((?:[^"}]|"(?:[^"\\]|\\.)*")*)\}/.exec(inner);
  const names = parseMatchers(selector?.[1] ?? '').filter(({ name }) => name === 'pod');
  return names.length === 0 ? pods : pods.filter((pod) => matches({ pod: pod.pod }, names));
}

/** The scope of a query: the matchers of its `kube_pod_labels` selector, if it has one. */
export function scopeOf(query: string): Matcher[] | undefined {
  const match = /(?:kube_pod_labels|session:[a-z_:0-9]+)(?:\{((?:[^"}]|"(?:[^"\\]|\\.)*")*)\})?\[/.exec(
    query,
  );
  if (!match) return undefined;
  // the resource of a recorded request series says what was asked for, not whose it is
  return parseMatchers(match[1] ?? '').filter(({ name }) => name !== 'resource');
}

function group(
  samples: { labels: Record<string, string>; value: number }[],
  by: string[],
  aggregate: string,
) {
  const groups = new Map<string, FakeSample>();
  for (const { labels, value } of samples) {
    const metric: Record<string, string> = {};
    for (const name of by) {
      const value = labels[name] ?? '';
      // Prometheus drops a label whose value is empty
      if (value !== '') metric[name] = value;
    }
    const key = JSON.stringify(by.map((name) => labels[name] ?? ''));
    const existing = groups.get(key);
    if (!existing) groups.set(key, { metric, value: aggregate === 'count' ? 1 : value });
    else if (aggregate === 'sum') existing.value += value;
    else if (aggregate === 'max') existing.value = Math.max(existing.value, value);
    else existing.value += 1;
  }
  return [...groups.values()];
}

/**
 * Evaluates the portal's own query shapes (src/api/usage/promql.ts) at `time` (epoch ms) over the pods;
 * anything else is refused as Prometheus refuses a query it cannot parse.
 */
export function evaluate(query: string, time: number, pods: readonly UsagePod[]): FakeSample[] {
  const { body, apply } = splitTail(query.trim());
  const outer = /^(sum|max|count)(?: by \(([^)]*)\))? ?\((.*)\)$/s.exec(body);
  if (!outer) throw new BadQuery(`the fake Prometheus does not understand: ${query}`);
  const [, aggregate = 'sum', byText, inner = ''] = outer;
  const by = labelList(byText);
  const scope = scopeOf(inner);
  // the raw figures' legacy branch and the recorded series see legacy pods under today's names
  const owned = inner.includes('label_canfar_net_userid') || inner.includes('(session:');
  const labelsOf = (pod: UsagePod) => podLabels(pod, owned);
  const named = namedPods(inner, pods);
  const inScope = scope === undefined ? named : named.filter((pod) => matches(labelsOf(pod), scope));

  // count by (…) (count by (label_canfar_net_id, …) (<owners or recorded series over [w]>)): sessions
  const nested =
    /^count by \(([^)]*)\) \((?:max by \([^)]*\) \()?max_over_time\((?:kube_pod_labels|session:)/.exec(inner);
  const window = (): Window => ({ from: time - parseRange(inner) * 1000, to: time });
  if (nested || inner.startsWith('max_over_time(kube_pod_labels')) {
    const span = window();
    // labels alone (and a recorded Running count of 0) are there from creation: only the Running phase
    // (raw `… == 1`, recorded `… > 0`) tells a session that ran from a pod that was only ever Pending
    const ranOnly =
      nested !== null &&
      (inner.includes('(session:')
        ? inner.endsWith(') > 0)')
        : inner.includes(
            'and on (namespace, pod) (max by (namespace, pod) (max_over_time(kube_pod_status_phase{phase="Running"',
          ) && inner.endsWith(') == 1))'));
    const seen = inScope
      .filter((pod) => (ranOnly ? runningSeconds(pod, span) : heldSeconds(pod, span)) > 0)
      .map((pod) => ({ labels: labelsOf(pod), value: 1 }));
    const first = nested ? group(seen, labelList(nested[1]), 'count') : [];
    const rows = nested ? first.map((sample) => ({ labels: sample.metric, value: 1 })) : seen;
    return group(rows, by, 'count').map((sample) => ({ ...sample, value: apply(sample.value) }));
  }

  const fromRecord = fromRecorded(inner);
  const rangeFunction = perPod(fromRecord ?? inner, fromRecord !== undefined);
  const values = inScope.flatMap((pod) => {
    const value = rangeFunction ? rangeFunction(pod, window()) : platformValue(inner, pod, time);
    return value === undefined ? [] : [{ labels: labelsOf(pod), value }];
  });
  if (!rangeFunction && scope !== undefined)
    throw new BadQuery(`the fake Prometheus does not understand: ${query}`);
  if (!rangeFunction && !/^(kube_pod_container_resource_requests|rate\(|container_memory)/.test(inner))
    throw new BadQuery(`the fake Prometheus does not understand: ${query}`);
  // An aggregation over nothing is an empty vector in Prometheus, not a zero.
  if (values.length === 0) return [];
  return group(values, by, aggregate).map((sample) => ({ ...sample, value: apply(sample.value) }));
}
