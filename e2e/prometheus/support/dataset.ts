/**
 * A known set of session pods written as OpenMetrics, the way kube-state-metrics and cAdvisor expose them,
 * for `promtool tsdb create-blocks-from openmetrics`. Times are relative to an anchor `now` so the data is
 * recent whenever the test runs; samples sit 30 s off the minute so no sample falls on a window's edge.
 */

export const SCRAPE_SECONDS = 60;
const GIB = 1024 ** 3;
const MIN = 60;
const HOUR = 3600;

export interface DatasetPod {
  username: string;
  project: string;
  id: string;
  kind: string;
  /** Seconds relative to the anchor; the pod's first and last sample lie on the 30-s-offset grid. */
  from: number;
  to: number;
  cores: number;
  memoryBytes: number;
  cpuRequest: number;
  memoryRequestBytes: number;
  gpus: number;
  /** Launched before skaha 1.4.0: only the legacy labels (`label_canfar_net_userid`, …). */
  legacy?: boolean;
  /**
   * Seconds the finished pod is kept after `to` (a Job's ttlSecondsAfterFinished): kube-state-metrics goes on
   * exporting its labels, phase (Succeeded) and requests, cAdvisor nothing.
   */
  keptS?: number;
  /**
   * Never ran: Pending from `from` to `to` (held in the queue, then deleted). kube-state-metrics exports its
   * labels, requests and phase (Running = 0), cAdvisor nothing.
   */
  queued?: boolean;
  /**
   * A desktop app of the desktop session `id` (skaha's PostAction.attachDesktopApp): its pod is named
   * `<id>-<app id>-<user>-<name>-<suffix>`, not `skaha-…`, and labelled with the desktop's id, its own
   * `canfar.net/app-id` and `canfar.net/name` (the image's name), kind `desktop-app`.
   */
  app?: { id: string; name: string };
}

/**
 * jdoe's sessions (one started before the day window, one finished within it, one with only the labels skaha
 * set before 1.4.0, one that waited in the queue and was deleted without running, a desktop with a desktop
 * app: one session of two pods) and one of someone else's.
 */
export const datasetPods: readonly DatasetPod[] = [
  {
    username: 'jdoe',
    project: 'survey-team',
    id: 'nb7long1',
    kind: 'notebook',
    from: -26 * HOUR,
    to: 5 * MIN,
    cores: 0.5,
    memoryBytes: 2 * GIB,
    cpuRequest: 2,
    memoryRequestBytes: 8 * GIB,
    gpus: 0,
  },
  {
    username: 'jdoe',
    project: 'survey-team',
    id: 'hl3batch',
    kind: 'headless',
    from: -3 * HOUR,
    to: -1 * HOUR,
    cores: 1.5,
    memoryBytes: 3 * GIB,
    cpuRequest: 4,
    memoryRequestBytes: 16 * GIB,
    gpus: 1,
    // kept for skaha's headless TTL, up to the anchor: its GPU still exported, not held
    keptS: HOUR,
  },
  {
    username: 'jdoe',
    project: 'survey-team',
    id: 'ca5carta',
    kind: 'carta',
    from: -5 * HOUR,
    to: 5 * MIN,
    cores: 0.25,
    memoryBytes: 1.5 * GIB,
    cpuRequest: 1,
    memoryRequestBytes: 4 * GIB,
    gpus: 0,
  },
  {
    username: 'jdoe',
    project: '',
    id: 'lg2old01',
    kind: 'headless',
    from: -8 * HOUR,
    to: -6 * HOUR,
    cores: 2,
    memoryBytes: 6 * GIB,
    cpuRequest: 4,
    memoryRequestBytes: 8 * GIB,
    gpus: 0,
    legacy: true,
  },
  {
    username: 'jdoe',
    project: 'survey-team',
    id: 'qu4never',
    kind: 'notebook',
    from: -2 * HOUR,
    to: -90 * MIN,
    cores: 0,
    memoryBytes: 0,
    cpuRequest: 8,
    memoryRequestBytes: 32 * GIB,
    gpus: 1,
    queued: true,
  },
  {
    username: 'jdoe',
    project: 'survey-team',
    id: 'dk6desk1',
    kind: 'desktop',
    from: -4 * HOUR,
    to: -2 * HOUR,
    cores: 0.125,
    memoryBytes: 1 * GIB,
    cpuRequest: 1,
    memoryRequestBytes: 4 * GIB,
    gpus: 0,
  },
  {
    username: 'jdoe',
    project: 'survey-team',
    id: 'dk6desk1',
    kind: 'desktop-app',
    app: { id: 'x7k', name: 'ds9-8-6' },
    from: -4 * HOUR + 10 * MIN,
    to: -2 * HOUR,
    cores: 0.75,
    memoryBytes: 2 * GIB,
    cpuRequest: 1,
    memoryRequestBytes: 4 * GIB,
    gpus: 0,
  },
  {
    username: 'mchen',
    project: 'lensing-lab',
    id: 'mc9other',
    kind: 'notebook',
    from: -10 * HOUR,
    to: 5 * MIN,
    cores: 3,
    memoryBytes: 10 * GIB,
    cpuRequest: 4,
    memoryRequestBytes: 16 * GIB,
    gpus: 2,
  },
];

const NAMESPACE = 'skaha-workload';
/**
 * `<job>-<5 characters>`, the job named as skaha's K8SUtil.getJobName names a session's, or as
 * PostAction.attachDesktopApp names a desktop app's.
 */
export const podName = (pod: DatasetPod) =>
  pod.app
    ? `${pod.id}-${pod.app.id}-${pod.username}-${pod.app.name}-${pod.app.id}x9`
    : `skaha-${pod.kind}-${pod.username}-${pod.id}-${pod.id.slice(0, 3)}x9`;

/** `canfar.net/name`: an app's is its image's name. */
export const sessionName = (pod: DatasetPod) => pod.app?.name ?? `${pod.kind} run`;

/** Sample times (unix seconds) of a pod: every scrape from `from` to `to`, 30 s off the anchor's minute. */
export function sampleTimes(anchor: number, pod: DatasetPod): number[] {
  const times: number[] = [];
  for (let offset = pod.from; offset <= pod.to; offset += SCRAPE_SECONDS) times.push(anchor + offset - 30);
  return times;
}

/** The scrapes of a finished pod's kube-state-metrics series after `to`, while it is kept. */
function keptTimes(anchor: number, pod: DatasetPod): number[] {
  const times: number[] = [];
  for (let offset = pod.to + SCRAPE_SECONDS; offset <= pod.to + (pod.keptS ?? 0); offset += SCRAPE_SECONDS)
    times.push(anchor + offset - 30);
  return times;
}

const labels = (entries: Record<string, string>) =>
  `{${Object.entries(entries)
    .map(([name, value]) => `${name}="${value}"`)
    .join(',')}}`;

interface Family {
  name: string;
  type: 'counter' | 'gauge';
  /** The sample name (a counter's `_total`). */
  sample: string;
  /** kube-state-metrics' (exported while the pod is kept), not cAdvisor's. */
  kept: boolean;
  series: (pod: DatasetPod) => {
    labels: Record<string, string>;
    value: (elapsed: number, running: boolean) => number;
  }[];
}

const base = (pod: DatasetPod) => ({ namespace: NAMESPACE, pod: podName(pod) });

// cAdvisor also reports the pod's cgroup (container="") and the pause container ("POD"): the figures must
// leave both out, so they carry values here that would show if they were counted.
const families: Family[] = [
  {
    name: 'kube_pod_labels',
    type: 'gauge',
    sample: 'kube_pod_labels',
    kept: true,
    series: (pod) => [
      {
        labels: pod.legacy
          ? {
              ...base(pod),
              label_canfar_net_userid: pod.username,
              label_canfar_net_sessionID: pod.id,
              label_canfar_net_sessionType: pod.kind,
              label_canfar_net_sessionName: sessionName(pod),
              ...(pod.app ? { label_canfar_net_appID: pod.app.id } : {}),
            }
          : {
              ...base(pod),
              label_canfar_net_username: pod.username,
              label_canfar_net_project: pod.project,
              label_canfar_net_id: pod.id,
              label_canfar_net_kind: pod.kind,
              label_canfar_net_name: sessionName(pod),
              ...(pod.app ? { label_canfar_net_app_id: pod.app.id } : {}),
            },
        value: () => 1,
      },
    ],
  },
  {
    name: 'kube_pod_status_phase',
    type: 'gauge',
    sample: 'kube_pod_status_phase',
    kept: true,
    series: (pod) => [
      { labels: { ...base(pod), phase: 'Running' }, value: (_, running) => (running ? 1 : 0) },
      { labels: { ...base(pod), phase: 'Pending' }, value: () => (pod.queued ? 1 : 0) },
      ...(pod.keptS === undefined
        ? []
        : [
            {
              labels: { ...base(pod), phase: 'Succeeded' },
              value: (_: number, running: boolean) => (running ? 0 : 1),
            },
          ]),
    ],
  },
  {
    name: 'container_cpu_usage_seconds',
    type: 'counter',
    sample: 'container_cpu_usage_seconds_total',
    kept: false,
    series: (pod) => [
      { labels: { ...base(pod), container: 'session' }, value: (elapsed) => pod.cores * elapsed },
      { labels: { ...base(pod), container: '' }, value: (elapsed) => (pod.cores + 0.01) * elapsed },
      { labels: { ...base(pod), container: 'POD' }, value: (elapsed) => 0.01 * elapsed },
    ],
  },
  {
    name: 'container_memory_working_set_bytes',
    type: 'gauge',
    sample: 'container_memory_working_set_bytes',
    kept: false,
    series: (pod) => [
      { labels: { ...base(pod), container: 'session' }, value: () => pod.memoryBytes },
      { labels: { ...base(pod), container: '' }, value: () => pod.memoryBytes + 1024 ** 2 },
      { labels: { ...base(pod), container: 'POD' }, value: () => 1024 ** 2 },
    ],
  },
  {
    name: 'kube_pod_container_resource_requests',
    type: 'gauge',
    sample: 'kube_pod_container_resource_requests',
    kept: true,
    series: (pod) => [
      {
        labels: { ...base(pod), container: 'session', resource: 'cpu', unit: 'core' },
        value: () => pod.cpuRequest,
      },
      {
        labels: { ...base(pod), container: 'session', resource: 'memory', unit: 'byte' },
        value: () => pod.memoryRequestBytes,
      },
      ...(pod.gpus > 0
        ? [
            {
              labels: { ...base(pod), container: 'session', resource: 'nvidia_com_gpu', unit: 'integer' },
              value: () => pod.gpus,
            },
          ]
        : []),
    ],
  },
];

/** The whole data set as OpenMetrics text, anchored at `anchor` (unix seconds, a whole minute). */
export const openMetrics = (anchor: number): string => openMetricsOf(anchor, datasetPods);

/** Any set of pods as OpenMetrics text (the bench's generated platform uses it too). */
export function openMetricsOf(anchor: number, pods: readonly DatasetPod[]): string {
  const lines: string[] = [];
  for (const family of families) {
    lines.push(`# TYPE ${family.name} ${family.type}`);
    for (const pod of pods) {
      if (pod.queued && !family.kept) continue;
      const times = sampleTimes(anchor, pod);
      const first = times[0] ?? anchor;
      const kept = family.kept ? keptTimes(anchor, pod) : [];
      for (const series of family.series(pod)) {
        const text = `${family.sample}${labels(series.labels)}`;
        for (const time of times) lines.push(`${text} ${series.value(time - first, !pod.queued)} ${time}`);
        for (const time of kept) lines.push(`${text} ${series.value(time - first, false)} ${time}`);
      }
    }
  }
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}
