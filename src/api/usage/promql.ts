/**
 * PromQL for the usage figures of platform-api.md §8 (the operators' own dashboard queries), scoped to one
 * user, a group's members or one project through the labels skaha stamps on every session pod.
 *
 * Two sources answer the same figures: the raw kube-state-metrics and cAdvisor series, selected by the pod
 * names skaha gives a user's sessions so a query reads only what that user owns (§10.4), and the per-session
 * series recorded by deploy/prometheus/science-portal-rules.yaml at a 5-minute step, which long windows sum.
 */

/**
 * Whose usage: one user, a list of users (a group's members), one project (or one user's sessions in it, which
 * the usage proxy lets that user read when the whole project is for its PI), or every session pod.
 */
export type UsageScope =
  | { kind: 'user'; username: string }
  | { kind: 'members'; usernames: readonly string[] }
  | { kind: 'project'; project: string; username?: string }
  | { kind: 'platform' };

/** Which series a figure is computed from. */
export type UsageSource = 'raw' | 'recorded';

export const LABEL = {
  username: 'label_canfar_net_username',
  project: 'label_canfar_net_project',
  kind: 'label_canfar_net_kind',
  id: 'label_canfar_net_id',
  name: 'label_canfar_net_name',
  /** `fixed` or `flexible` (skaha ≥ 1.4.0; legacy sessions have none). */
  flavor: 'label_canfar_net_flavor',
} as const;

/** What sessions launched before skaha 1.4.0 (July 2026) carry instead, mapped onto today's names. */
export const LEGACY_LABEL = {
  username: 'label_canfar_net_userid',
  id: 'label_canfar_net_sessionID',
  kind: 'label_canfar_net_sessionType',
  name: 'label_canfar_net_sessionName',
} as const;

/** The series deploy/prometheus/science-portal-rules.yaml records, one per session pod every 5 minutes. */
export const RECORDED = {
  cpuSeconds: 'session:container_cpu_usage_seconds:increase5m',
  memorySamples: 'session:container_memory_working_set_bytes:sum_over_time5m',
  memoryPeak: 'session:container_memory_working_set_bytes:max_over_time5m',
  /** The request times the pod's Running samples (kept under its first name, so recorded history still counts). */
  requestSamples: 'session:kube_pod_container_resource_requests:sum_over_time5m',
  requestPeak: 'session:kube_pod_container_resource_requests:max_over_time5m',
  runningSamples: 'session:kube_pod_status_phase_running:sum_over_time5m',
} as const;

const GIB = 1073741824;
const SESSION_CONTAINERS = 'container!="",container!="POD"';

/**
 * A label value inside a double-quoted PromQL string: backslash, quote and line breaks escaped, so a name
 * typed by a person can never close the string and add matchers of its own.
 */
export function escapeLabelValue(value: string): string {
  return value.replace(/[\\"\n\r\t]/g, (character) => {
    switch (character) {
      case '\\':
        return '\\\\';
      case '"':
        return '\\"';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      default:
        return '\\t';
    }
  });
}

/** A literal inside a PromQL (RE2) regular expression: every metacharacter backslashed. */
export const escapeRegex = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The user id as it appears in skaha's job and pod names: `[^0-9a-zA-Z-]` replaced by `-`, lower-cased, as
 * K8SUtil.getJobName does (per UTF-16 unit, like Java's replaceAll, so an astral character gives two `-`).
 */
export const jobUserId = (username: string) => username.replace(/[^0-9a-zA-Z-]/g, '-').toLowerCase();

/** skaha's ids are lower-case letters and digits (RandomStringGenerator): 8 for a session, 3 for a desktop app. */
const SESSION_ID = '[0-9a-z]{8}';
const APP_ID = '[0-9a-z]{3}';

/**
 * The pods of skaha's sessions for a user part (a regex). A session's Job is `skaha-<type>-<user>-<session id>`
 * (K8SUtil.getJobName), but a desktop app's is `<desktop's session id>-<app id>-<user>-<image name>`
 * (PostAction.attachDesktopApp), so it needs its own alternative; either pod is `<job>-<5 characters>`.
 * skaha cuts an app's job name to 57 characters, which only ever shortens the image name: the desktop's own
 * job name must fit Kubernetes' 63, so the user part is at most 40.
 */
const sessionPods = (user: string) =>
  `skaha-[a-z_]+-${user}-[0-9a-z-]+|${SESSION_ID}-${APP_ID}-${user}-[0-9a-z.-]+-[0-9a-z]{5}`;

/**
 * The pods of these users' sessions and desktop apps (platform-api.md §10.2). A user whose name extends
 * another's (`bob-x` after `bob`) can match too: the owner join drops those, and the cost stays bounded by
 * the few users sharing the prefix.
 */
export function podPattern(usernames: readonly string[]): string {
  const users = [...new Set(usernames.map((name) => escapeRegex(jobUserId(name))))].sort();
  const user = users.length === 1 ? (users[0] ?? '') : `(?:${users.join('|')})`;
  return sessionPods(user);
}

/**
 * Every user's session and desktop-app pods, for the platform-wide figures: named, since the proxy lets those
 * through without an owner matcher (docs/usage.md), rather than joined to `kube_pod_labels`. The fixed-length
 * ids and the pod suffix keep other workloads' pods (`coredns-5d78c9869d-abcde`) out.
 */
const SESSION_PODS = sessionPods('[0-9a-z-]+');

const alternatives = (values: readonly string[]) =>
  values.length === 0 ? '$^' : [...new Set(values)].sort().map(escapeRegex).join('|');

/** The owner matchers of a scope under today's names, or under the legacy names (none for a project). */
function ownerMatcher(scope: UsageScope, names: { username: string }): string | undefined {
  switch (scope.kind) {
    case 'user':
      return `${names.username}="${escapeLabelValue(scope.username)}"`;
    case 'members':
      return `${names.username}=~"${escapeLabelValue(alternatives(scope.usernames))}"`;
    case 'project': {
      if (names !== LABEL) return undefined;
      const project = `${LABEL.project}="${escapeLabelValue(scope.project)}"`;
      return scope.username === undefined
        ? project
        : `${project},${LABEL.username}="${escapeLabelValue(scope.username)}"`;
    }
    case 'platform':
      return `${names.username}!=""`;
  }
}

/** The `kube_pod_labels` (or recorded series) matchers of a scope, braces included. */
export function scopeMatchers(scope: UsageScope): string {
  return scope.kind === 'platform' ? '' : `{${ownerMatcher(scope, LABEL) ?? ''}}`;
}

/** The pod-name matcher that keeps a raw selector to the scope's own series, when the scope has one. */
function podMatcher(scope: UsageScope): string {
  switch (scope.kind) {
    case 'user':
      return `,pod=~"${escapeLabelValue(podPattern([scope.username]))}"`;
    case 'members':
      return scope.usernames.length === 0
        ? ',pod=""'
        : `,pod=~"${escapeLabelValue(podPattern(scope.usernames))}"`;
    // no owner to narrow by: at least the session pods alone, not every pod of the cluster
    case 'platform':
      return `,pod=~"${escapeLabelValue(SESSION_PODS)}"`;
    case 'project':
      return `,pod=~"${escapeLabelValue(scope.username === undefined ? SESSION_PODS : podPattern([scope.username]))}"`;
  }
}

/** A Prometheus duration in whole seconds, e.g. 86400 → `86400s`. */
export const duration = (seconds: number) => `${Math.round(seconds)}s`;

const byClause = (by: readonly string[]) => (by.length > 0 ? ` by (${by.join(', ')})` : '');

const LEGACY_KEYS = ['username', 'id', 'kind', 'name'] as const;

/** Copies each legacy label onto today's name (the legacy series have none of today's). */
export function fromLegacyLabels(expression: string): string {
  return LEGACY_KEYS.reduce(
    (inner, key) => `label_replace(${inner}, "${LABEL[key]}", "$1", "${LEGACY_LABEL[key]}", "(.+)")`,
    expression,
  );
}

/**
 * The owners of the pods seen in the window, one series per pod: today's labels, or the legacy ones renamed
 * for pods that have only those. `max by` collapses duplicates a kube-state-metrics restart leaves behind,
 * so the join below stays one-to-one.
 */
function owners(scope: UsageScope, range: string, by: readonly string[]): string {
  const labels = ['namespace', 'pod', ...by].join(', ');
  const current = `max_over_time(kube_pod_labels${scopeMatchers(scope)}[${range}])`;
  const legacy = ownerMatcher(scope, LEGACY_LABEL);
  const selected =
    legacy === undefined
      ? current
      : `${current} or ${fromLegacyLabels(`max_over_time(kube_pod_labels{${LABEL.username}="",${legacy}}[${range}])`)}`;
  return `max by (${labels}) (${selected})`;
}

/** `aggregate by (…) (<per-pod expression> * on (namespace, pod) group_left(…) <owners>)` */
function perOwner(
  aggregate: 'sum' | 'max',
  expression: string,
  scope: UsageScope,
  range: string,
  by: readonly string[],
): string {
  return `${aggregate}${byClause(by)} (${expression} * on (namespace, pod) group_left(${by.join(', ')}) ${owners(scope, range, by)})`;
}

/** `<recorded series>{scope, …}[w]`: the owners are already on it. */
function recordedRange(series: string, scope: UsageScope, range: string, extra = ''): string {
  const matchers = [extra, scope.kind === 'platform' ? '' : ownerMatcher(scope, LABEL)].filter(Boolean);
  return `${series}{${matchers.join(',')}}[${range}]`;
}

/** `aggregate by (…) (range function(<recorded series>{scope, …}[w]))`. */
function recorded(
  aggregate: 'sum' | 'max',
  rangeFunction: 'sum_over_time' | 'max_over_time',
  series: string,
  scope: UsageScope,
  range: string,
  by: readonly string[],
  extra = '',
): string {
  return `${aggregate}${byClause(by)} (${rangeFunction}(${recordedRange(series, scope, range, extra)}))`;
}

export interface FigureOptions {
  scope: UsageScope;
  /** The window, seconds. */
  range: number;
  /** Labels to break the figure down by (none: one total). */
  by?: readonly string[];
  /** Raw series (the default) or the recorded per-session series. */
  source?: UsageSource;
}

export interface SampledFigureOptions extends FigureOptions {
  /** Seconds between two scrapes: a `sum_over_time` of a gauge times this is its integral over time. */
  scrapeInterval: number;
}

/** CPU core-hours actually used. */
export function cpuCoreHoursQuery({ scope, range, by = [], source = 'raw' }: FigureOptions): string {
  const window = duration(range);
  if (source === 'recorded')
    return `${recorded('sum', 'sum_over_time', RECORDED.cpuSeconds, scope, window, by)} / 3600`;
  const used = `increase(container_cpu_usage_seconds_total{${SESSION_CONTAINERS}${podMatcher(scope)}}[${window}])`;
  return `${perOwner('sum', used, scope, window, by)} / 3600`;
}

/** Memory GiB-hours (working set). */
export function memoryGibHoursQuery({
  scope,
  range,
  by = [],
  scrapeInterval,
  source = 'raw',
}: SampledFigureOptions): string {
  const window = duration(range);
  const tail = ` * ${scrapeInterval} / 3600 / ${GIB}`;
  if (source === 'recorded')
    return `${recorded('sum', 'sum_over_time', RECORDED.memorySamples, scope, window, by)}${tail}`;
  const used = `sum_over_time(container_memory_working_set_bytes{${SESSION_CONTAINERS}${podMatcher(scope)}}[${window}])`;
  return `${perOwner('sum', used, scope, window, by)}${tail}`;
}

/** What was requested (allocated) while the pods ran, in hours of the resource: cores, GiB or GPUs. */
export function requestedHoursQuery(
  resource: 'cpu' | 'memory' | 'nvidia_com_gpu',
  { scope, range, by = [], scrapeInterval, source = 'raw' }: SampledFigureOptions,
): string {
  const window = duration(range);
  const tail = ` * ${scrapeInterval} / 3600${resource === 'memory' ? ` / ${GIB}` : ''}`;
  if (source === 'recorded')
    return `${recorded('sum', 'sum_over_time', RECORDED.requestSamples, scope, window, by, `resource="${resource}"`)}${tail}`;
  const pods = podMatcher(scope);
  // kube-state-metrics exports a pod's requests while the API server holds it, Pending and finished (a Job's
  // ttlSecondsAfterFinished) included: only the samples where the pod is Running count. Requests are fixed
  // for a pod's life, so its request times its Running samples is the integral; `max by` keeps one series
  // per container across a kube-state-metrics restart.
  const request = `sum by (namespace, pod) (max by (namespace, pod, container) (max_over_time(kube_pod_container_resource_requests{resource="${resource}",${SESSION_CONTAINERS}${pods}}[${window}])))`;
  const running = `sum by (namespace, pod) (sum_over_time(kube_pod_status_phase{phase="Running"${pods}}[${window}]))`;
  return `${perOwner('sum', `${request} * on (namespace, pod) ${running}`, scope, window, by)}${tail}`;
}

/** GPU-hours held while Running (allocation, not utilisation: no GPU exporter is deployed). */
export const gpuHoursQuery = (options: SampledFigureOptions) =>
  requestedHoursQuery('nvidia_com_gpu', options);

/** Hours the session pods spent Running. */
export function sessionHoursQuery({
  scope,
  range,
  by = [],
  scrapeInterval,
  source = 'raw',
}: SampledFigureOptions): string {
  const window = duration(range);
  const tail = ` * ${scrapeInterval} / 3600`;
  if (source === 'recorded')
    return `${recorded('sum', 'sum_over_time', RECORDED.runningSamples, scope, window, by)}${tail}`;
  const running = `sum_over_time(kube_pod_status_phase{phase="Running"${podMatcher(scope)}}[${window}])`;
  return `${perOwner('sum', running, scope, window, by)}${tail}`;
}

/**
 * Sessions that ran in the window: distinct `label_canfar_net_id` values of pods seen Running. A pod that
 * was only Pending (queued, or never placed) has labels and a Running phase of 0 all the same: not counted.
 */
export function sessionCountQuery({ scope, range, by = [], source = 'raw' }: FigureOptions): string {
  const window = duration(range);
  const inner = [LABEL.id, ...by];
  const ran =
    source === 'recorded'
      ? `max_over_time(${recordedRange(RECORDED.runningSamples, scope, window)}) > 0`
      : `${owners(scope, window, inner)} and on (namespace, pod) (max by (namespace, pod) (max_over_time(kube_pod_status_phase{phase="Running"${podMatcher(scope)}}[${window}])) == 1)`;
  return `count${byClause(by)} (count by (${inner.join(', ')}) (${ran}))`;
}

/** The largest memory working set of each group in the window, GiB. */
export function memoryPeakGibQuery({ scope, range, by = [], source = 'raw' }: FigureOptions): string {
  const window = duration(range);
  if (source === 'recorded')
    return `${recorded('max', 'max_over_time', RECORDED.memoryPeak, scope, window, by)} / ${GIB}`;
  const peak = `max_over_time(container_memory_working_set_bytes{${SESSION_CONTAINERS}${podMatcher(scope)}}[${window}])`;
  return `${perOwner('max', peak, scope, window, by)} / ${GIB}`;
}

/** The largest request of each group in the window: cores, or GiB for memory. */
export function requestPeakQuery(
  resource: 'cpu' | 'memory',
  { scope, range, by = [], source = 'raw' }: FigureOptions,
): string {
  const window = duration(range);
  const unit = resource === 'memory' ? ` / ${GIB}` : '';
  if (source === 'recorded')
    return `${recorded('max', 'max_over_time', RECORDED.requestPeak, scope, window, by, `resource="${resource}"`)}${unit}`;
  const request = `max_over_time(kube_pod_container_resource_requests{resource="${resource}",${SESSION_CONTAINERS}${podMatcher(scope)}}[${window}])`;
  return `${perOwner('max', request, scope, window, by)}${unit}`;
}

/** The projects a user's sessions ran under in the window (legacy sessions have none). */
export function userProjectsQuery(username: string, range: number): string {
  return `count by (${LABEL.project}) (max_over_time(kube_pod_labels{${LABEL.username}="${escapeLabelValue(username)}",${LABEL.project}!=""}[${duration(range)}]))`;
}

const sessionPodsMatcher = podMatcher({ kind: 'platform' });

/** Platform-wide, at one instant: what Running session pods hold, in cores or GiB (platform view only). */
export function platformAllocatedQuery(resource: 'cpu' | 'memory'): string {
  const unit = resource === 'memory' ? ` / ${GIB}` : '';
  return `sum(kube_pod_container_resource_requests{resource="${resource}",${SESSION_CONTAINERS}${sessionPodsMatcher}} * on (namespace, pod) group_left() (kube_pod_status_phase{phase="Running"} == 1))${unit}`;
}

/** Platform-wide, at one instant: cores (5-minute rate) or GiB that session pods use (platform view only). */
export function platformUsedQuery(resource: 'cpu' | 'memory'): string {
  return resource === 'cpu'
    ? `sum(rate(container_cpu_usage_seconds_total{${SESSION_CONTAINERS}${sessionPodsMatcher}}[5m]))`
    : `sum(container_memory_working_set_bytes{${SESSION_CONTAINERS}${sessionPodsMatcher}}) / ${GIB}`;
}

/** One session of one user: what its over-time chart reads. */
export interface SessionSeriesOptions {
  username: string;
  /** `canfar.net/id`, which a desktop app shares with its desktop: the chart is the session, apps included. */
  id: string;
  /** The `query_range` step, seconds: each point covers the step before it. */
  step: number;
  scrapeInterval: number;
}

/**
 * The pods of one session: its own, `skaha-<type>-<user>-<session id>-<suffix>`, and those of a desktop's apps,
 * `<session id>-<app id>-<user>-<image name>-<suffix>` (§10.2, `sessionPods`); the owner join on the id keeps
 * the read to this session.
 */
export function sessionPodPattern(username: string, id: string): string {
  const user = escapeRegex(jobUserId(username));
  const session = escapeRegex(id.toLowerCase());
  return `skaha-[a-z_]+-${user}-${session}-[0-9a-z-]+|${session}-${APP_ID}-${user}-[0-9a-z.-]+-[0-9a-z]{5}`;
}

/** The owners of one session's pods, today's labels or the legacy ones renamed. */
function sessionOwners(username: string, id: string, range: string): string {
  const user = escapeLabelValue(username);
  const session = escapeLabelValue(id);
  const current = `max_over_time(kube_pod_labels{${LABEL.username}="${user}",${LABEL.id}="${session}"}[${range}])`;
  const legacy = `max_over_time(kube_pod_labels{${LABEL.username}="",${LEGACY_LABEL.username}="${user}",${LEGACY_LABEL.id}="${session}"}[${range}])`;
  return `max by (namespace, pod) (${current} or ${legacy})`;
}

/**
 * A session's CPU cores used, memory used (GiB, the largest working set of each step) or its request of
 * either, as a `query_range` over that session's pods only: the `pod` matcher keeps the read to its own
 * series, and the owner join to the signed-in user's or their group's (what the usage proxy enforces).
 */
export function sessionSeriesQuery(
  figure: 'cpu' | 'memory' | 'cpuRequest' | 'memoryRequest',
  { username, id, step, scrapeInterval }: SessionSeriesOptions,
): string {
  // a rate needs at least four scrapes to be steady; wider steps average over the whole step
  const range = duration(Math.max(step, 4 * scrapeInterval));
  const pod = `pod=~"${escapeLabelValue(sessionPodPattern(username, id))}"`;
  const selector = (metric: string, extra = '') => `${metric}{${extra}${SESSION_CONTAINERS},${pod}}`;
  const expression = {
    cpu: `rate(${selector('container_cpu_usage_seconds_total')}[${range}])`,
    memory: `max_over_time(${selector('container_memory_working_set_bytes')}[${range}])`,
    cpuRequest: `max_over_time(${selector('kube_pod_container_resource_requests', 'resource="cpu",')}[${range}])`,
    memoryRequest: `max_over_time(${selector('kube_pod_container_resource_requests', 'resource="memory",')}[${range}])`,
  }[figure];
  const unit = figure === 'memory' || figure === 'memoryRequest' ? ` / ${GIB}` : '';
  return `sum (${expression} * on (namespace, pod) group_left() ${sessionOwners(username, id, range)})${unit}`;
}
