/**
 * PromQL for the usage figures of platform-api.md §8 (the operators' own dashboard queries), scoped to one
 * user or one project through the labels skaha stamps on every session pod.
 */

/** Whose usage: one user, one project, or every session pod of the platform. */
export type UsageScope =
  { kind: 'user'; username: string } | { kind: 'project'; project: string } | { kind: 'platform' };

export const LABEL = {
  username: 'label_canfar_net_username',
  project: 'label_canfar_net_project',
  kind: 'label_canfar_net_kind',
  id: 'label_canfar_net_id',
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

/** The `kube_pod_labels` matchers of a scope. */
export function scopeMatchers(scope: UsageScope): string {
  switch (scope.kind) {
    case 'user':
      return `{${LABEL.username}="${escapeLabelValue(scope.username)}"}`;
    case 'project':
      return `{${LABEL.project}="${escapeLabelValue(scope.project)}"}`;
    case 'platform':
      return '';
  }
}

/** A Prometheus duration in whole seconds, e.g. 86400 → `86400s`. */
export const duration = (seconds: number) => `${Math.round(seconds)}s`;

const byClause = (by: readonly string[]) => (by.length > 0 ? ` by (${by.join(', ')})` : '');

/**
 * The owners of the pods seen in the window, one series per pod: `max by` collapses duplicates a
 * kube-state-metrics restart leaves behind, so the join below stays one-to-one.
 */
function owners(scope: UsageScope, range: string, by: readonly string[]): string {
  const labels = ['namespace', 'pod', ...by].join(', ');
  return `max by (${labels}) (max_over_time(kube_pod_labels${scopeMatchers(scope)}[${range}]))`;
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

export interface FigureOptions {
  scope: UsageScope;
  /** The window, seconds. */
  range: number;
  /** Labels to break the figure down by (none: one total). */
  by?: readonly string[];
}

export interface SampledFigureOptions extends FigureOptions {
  /** Seconds between two scrapes: a `sum_over_time` of a gauge times this is its integral over time. */
  scrapeInterval: number;
}

/** CPU core-hours actually used. */
export function cpuCoreHoursQuery({ scope, range, by = [] }: FigureOptions): string {
  const window = duration(range);
  const used = `increase(container_cpu_usage_seconds_total{${SESSION_CONTAINERS}}[${window}])`;
  return `${perOwner('sum', used, scope, window, by)} / 3600`;
}

/** Memory GiB-hours (working set). */
export function memoryGibHoursQuery({ scope, range, by = [], scrapeInterval }: SampledFigureOptions): string {
  const window = duration(range);
  const used = `sum_over_time(container_memory_working_set_bytes{${SESSION_CONTAINERS}}[${window}])`;
  return `${perOwner('sum', used, scope, window, by)} * ${scrapeInterval} / 3600 / ${GIB}`;
}

/** What was requested (allocated), in hours of the resource: cores, GiB or GPUs. */
export function requestedHoursQuery(
  resource: 'cpu' | 'memory' | 'nvidia_com_gpu',
  { scope, range, by = [], scrapeInterval }: SampledFigureOptions,
): string {
  const window = duration(range);
  const held = `sum_over_time(kube_pod_container_resource_requests{resource="${resource}",${SESSION_CONTAINERS}}[${window}])`;
  const unit = resource === 'memory' ? ` / ${GIB}` : '';
  return `${perOwner('sum', held, scope, window, by)} * ${scrapeInterval} / 3600${unit}`;
}

/** GPU-hours held (allocation, not utilisation: no GPU exporter is deployed). */
export const gpuHoursQuery = (options: SampledFigureOptions) =>
  requestedHoursQuery('nvidia_com_gpu', options);

/** Hours the session pods spent Running. */
export function sessionHoursQuery({ scope, range, by = [], scrapeInterval }: SampledFigureOptions): string {
  const window = duration(range);
  const running = `sum_over_time(kube_pod_status_phase{phase="Running"}[${window}])`;
  return `${perOwner('sum', running, scope, window, by)} * ${scrapeInterval} / 3600`;
}

/** Sessions seen in the window: distinct `label_canfar_net_id` values. */
export function sessionCountQuery({ scope, range, by = [] }: FigureOptions): string {
  const inner = [LABEL.id, ...by].join(', ');
  return `count${byClause(by)} (count by (${inner}) (max_over_time(kube_pod_labels${scopeMatchers(scope)}[${duration(range)}])))`;
}

/** The largest memory working set of each group in the window, GiB. */
export function memoryPeakGibQuery({ scope, range, by = [] }: FigureOptions): string {
  const window = duration(range);
  const peak = `max_over_time(container_memory_working_set_bytes{${SESSION_CONTAINERS}}[${window}])`;
  return `${perOwner('max', peak, scope, window, by)} / ${GIB}`;
}

/** The largest request of each group in the window: cores, or GiB for memory. */
export function requestPeakQuery(
  resource: 'cpu' | 'memory',
  { scope, range, by = [] }: FigureOptions,
): string {
  const window = duration(range);
  const request = `max_over_time(kube_pod_container_resource_requests{resource="${resource}",${SESSION_CONTAINERS}}[${window}])`;
  const unit = resource === 'memory' ? ` / ${GIB}` : '';
  return `${perOwner('max', request, scope, window, by)}${unit}`;
}

/** The projects a user's sessions ran under in the window. */
export function userProjectsQuery(username: string, range: number): string {
  return `count by (${LABEL.project}) (max_over_time(kube_pod_labels{${LABEL.username}="${escapeLabelValue(username)}",${LABEL.project}!=""}[${duration(range)}]))`;
}

/** Platform-wide, at one instant: what Running session pods hold, in cores or GiB. */
export function platformAllocatedQuery(resource: 'cpu' | 'memory'): string {
  const unit = resource === 'memory' ? ` / ${GIB}` : '';
  return `sum(kube_pod_container_resource_requests{resource="${resource}",${SESSION_CONTAINERS}} * on (namespace, pod) group_left() (kube_pod_status_phase{phase="Running"} == 1))${unit}`;
}

/** Platform-wide, at one instant: cores (5-minute rate) or GiB actually in use. */
export function platformUsedQuery(resource: 'cpu' | 'memory'): string {
  return resource === 'cpu'
    ? `sum(rate(container_cpu_usage_seconds_total{${SESSION_CONTAINERS}}[5m]))`
    : `sum(container_memory_working_set_bytes{${SESSION_CONTAINERS}}) / ${GIB}`;
}
