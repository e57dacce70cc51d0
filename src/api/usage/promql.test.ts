// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  cpuCoreHoursQuery,
  escapeLabelValue,
  escapeRegex,
  gpuHoursQuery,
  jobUserId,
  memoryGibHoursQuery,
  memoryPeakGibQuery,
  podPattern,
  requestPeakQuery,
  platformAllocatedQuery,
  platformUsedQuery,
  scopeMatchers,
  sessionCountQuery,
  sessionPodPattern,
  sessionSeriesQuery,
  userProjectsQuery,
} from './promql';

/** A `=~` matcher's regex as Prometheus applies it: anchored at both ends. */
const promRegex = (pattern: string) => new RegExp(`^(?:${pattern})$`);

describe('PromQL builders', () => {
  it('escapes what would end a label string or start a new line', () => {
    expect(escapeLabelValue('survey-team')).toBe('survey-team');
    expect(escapeLabelValue('a"b')).toBe('a\\"b');
    expect(escapeLabelValue('back\\slash')).toBe('back\\\\slash');
    expect(escapeLabelValue('two\nlines\r\tend')).toBe('two\\nlines\\r\\tend');
  });

  it('keeps a hostile project name inside its string', () => {
    const matchers = scopeMatchers({ kind: 'project', project: 'x"} or vector(1) #' });
    expect(matchers).toBe('{label_canfar_net_project="x\\"} or vector(1) #"}');
    // exactly one unescaped quote pair: the value cannot close the string early
    expect(matchers.replace(/\\./g, '').match(/"/g)).toHaveLength(2);
  });

  // today's owners, or the legacy ones renamed (sessions launched before skaha 1.4.0)
  const owners = (matcher: string, legacy: string, range: string, by: string) =>
    `max by (namespace, pod, ${by}) (max_over_time(kube_pod_labels{${matcher}}[${range}]) or ` +
    'label_replace(label_replace(label_replace(label_replace(' +
    `max_over_time(kube_pod_labels{label_canfar_net_username="",${legacy}}[${range}]), ` +
    '"label_canfar_net_username", "$1", "label_canfar_net_userid", "(.+)"), ' +
    '"label_canfar_net_id", "$1", "label_canfar_net_sessionID", "(.+)"), ' +
    '"label_canfar_net_kind", "$1", "label_canfar_net_sessionType", "(.+)"), ' +
    '"label_canfar_net_name", "$1", "label_canfar_net_sessionName", "(.+)"))';

  it("names a user's pods as skaha does: sanitised, lower-cased, regex-escaped", () => {
    // K8SUtil.getJobName: [^0-9a-zA-Z-] → "-", then lower case
    expect(jobUserId('J.Doe_2@cadc')).toBe('j-doe-2-cadc');
    expect(jobUserId('ÉLodie')).toBe('-lodie');
    expect(escapeRegex('a.b*c(d)|e[f]\\g')).toBe('a\\.b\\*c\\(d\\)\\|e\\[f\\]\\\\g');
    expect(podPattern(['J.Doe'])).toBe(
      'skaha-[a-z_]+-j-doe-[0-9a-z-]+|[0-9a-z]{8}-[0-9a-z]{3}-j-doe-[0-9a-z.-]+-[0-9a-z]{5}',
    );
    expect(podPattern(['mchen', 'akumar', 'mchen'])).toBe(
      'skaha-[a-z_]+-(?:akumar|mchen)-[0-9a-z-]+|[0-9a-z]{8}-[0-9a-z]{3}-(?:akumar|mchen)-[0-9a-z.-]+-[0-9a-z]{5}',
    );
    // the pattern fits the names skaha gives, and not a user whose name only ends the same
    const pattern = promRegex(podPattern(['bob']));
    expect(pattern.test('skaha-notebook-bob-k3j5h8t2-x7q2m')).toBe(true);
    expect(pattern.test('skaha-notebook-x-bob-k3j5h8t2-x7q2m')).toBe(false);
  });

  it("names a user's desktop apps as skaha does: the desktop's id, the app's, the user, the image", () => {
    // PostAction.attachDesktopApp: `<session id>-<app id>-<user>-<name>`, the pod `<job>-<5 characters>`
    const bob = promRegex(podPattern(['bob']));
    expect(bob.test('k3j5h8t2-x9k-bob-ds9-8-6-q2w3e')).toBe(true);
    // an image name cut short by skaha's 57 characters; a dot, legal in a job name, though getImageName
    // has turned the image's into dashes since 2021
    expect(bob.test('k3j5h8t2-x9k-bob-astroimagej-with-a-very-long-name-q2w3e')).toBe(true);
    expect(bob.test('k3j5h8t2-x9k-bob-casa-6.6.5-q2w3e')).toBe(true);
    // not another user's, even one whose name ends like bob's
    expect(bob.test('k3j5h8t2-x9k-alice-ds9-q2w3e')).toBe(false);
    expect(bob.test('k3j5h8t2-x9k-x-bob-ds9-q2w3e')).toBe(false);
    expect(promRegex(podPattern(['J.Doe'])).test('k3j5h8t2-x9k-j-doe-topcat-4-10-q2w3e')).toBe(true);
  });

  it('counts every session and desktop-app pod on the platform, and no other workload', () => {
    const pod = /pod=~"([^"]+)"/.exec(platformUsedQuery('cpu'))?.[1] ?? '';
    const platform = promRegex(pod);
    expect(platform.test('skaha-notebook-bob-k3j5h8t2-x7q2m')).toBe(true);
    expect(platform.test('skaha-headless-j-doe-k3j5h8t2-x7q2m')).toBe(true);
    expect(platform.test('k3j5h8t2-x9k-bob-ds9-8-6-q2w3e')).toBe(true);
    for (const other of [
      'coredns-5d78c9869d-abcde',
      'kube-proxy-x7q2m',
      'keycloak-api-5d78c9869d-abcde',
      'prometheus-server-0',
      'other-workloads',
    ])
      expect(platform.test(other), other).toBe(false);
  });

  it("reads only a user's own pods, and joins them to their owners one-to-one", () => {
    const query = cpuCoreHoursQuery({
      scope: { kind: 'user', username: 'J.Doe' },
      range: 86_400,
      by: ['label_canfar_net_kind'],
    });
    expect(query).toBe(
      'sum by (label_canfar_net_kind) (increase(container_cpu_usage_seconds_total{container!="",container!="POD",pod=~"skaha-[a-z_]+-j-doe-[0-9a-z-]+|[0-9a-z]{8}-[0-9a-z]{3}-j-doe-[0-9a-z.-]+-[0-9a-z]{5}"}[86400s])' +
        ' * on (namespace, pod) group_left(label_canfar_net_kind) ' +
        owners(
          'label_canfar_net_username="J.Doe"',
          'label_canfar_net_userid="J.Doe"',
          '86400s',
          'label_canfar_net_kind',
        ) +
        ') / 3600',
    );
  });

  it("reads a group's members by their pods, and a project by its label alone", () => {
    const members = gpuHoursQuery({
      scope: { kind: 'members', usernames: ['lwong', 'a.kumar'] },
      range: 3600,
      scrapeInterval: 30,
      by: ['label_canfar_net_username'],
    });
    const pods =
      'pod=~"skaha-[a-z_]+-(?:a-kumar|lwong)-[0-9a-z-]+|[0-9a-z]{8}-[0-9a-z]{3}-(?:a-kumar|lwong)-[0-9a-z.-]+-[0-9a-z]{5}"';
    // each pod's request (one series per container), times its samples Running: not Pending, not finished
    expect(members).toBe(
      'sum by (label_canfar_net_username) (' +
        `sum by (namespace, pod) (max by (namespace, pod, container) (max_over_time(kube_pod_container_resource_requests{resource="nvidia_com_gpu",container!="",container!="POD",${pods}}[3600s])))` +
        ` * on (namespace, pod) sum by (namespace, pod) (sum_over_time(kube_pod_status_phase{phase="Running",${pods}}[3600s]))` +
        ' * on (namespace, pod) group_left(label_canfar_net_username) ' +
        owners(
          'label_canfar_net_username=~"a\\\\.kumar|lwong"',
          'label_canfar_net_userid=~"a\\\\.kumar|lwong"',
          '3600s',
          'label_canfar_net_username',
        ) +
        ') * 30 / 3600',
    );
    // nobody: a selector that matches no pod, not every pod
    expect(memoryPeakGibQuery({ scope: { kind: 'members', usernames: [] }, range: 60 })).toContain(
      '{container!="",container!="POD",pod=""}',
    );
  });

  it('sums the recorded per-session series, scoped by their owner labels', () => {
    const user = { kind: 'user', username: 'jdoe' } as const;
    expect(cpuCoreHoursQuery({ scope: user, range: 31_536_000, source: 'recorded' })).toBe(
      'sum (sum_over_time(session:container_cpu_usage_seconds:increase5m{label_canfar_net_username="jdoe"}[31536000s])) / 3600',
    );
    expect(
      gpuHoursQuery({
        scope: { kind: 'project', project: 'survey-team' },
        range: 600,
        scrapeInterval: 60,
        source: 'recorded',
        by: ['label_canfar_net_username'],
      }),
    ).toBe(
      'sum by (label_canfar_net_username) (sum_over_time(session:kube_pod_container_resource_requests:sum_over_time5m{resource="nvidia_com_gpu",label_canfar_net_project="survey-team"}[600s])) * 60 / 3600',
    );
    expect(requestPeakQuery('memory', { scope: user, range: 600, source: 'recorded' })).toBe(
      'max (max_over_time(session:kube_pod_container_resource_requests:max_over_time5m{resource="memory",label_canfar_net_username="jdoe"}[600s])) / 1073741824',
    );
    expect(sessionCountQuery({ scope: user, range: 600, source: 'recorded' })).toBe(
      'count (count by (label_canfar_net_id) (max_over_time(session:kube_pod_status_phase_running:sum_over_time5m{label_canfar_net_username="jdoe"}[600s]) > 0))',
    );
  });

  it('turns sampled gauges into hours with the configured scrape interval', () => {
    const query = memoryGibHoursQuery({
      scope: { kind: 'project', project: 'survey-team' },
      range: 604_800,
      scrapeInterval: 60,
    });
    // no owner in a pod's name, but only the session pods are read, not every pod of the cluster
    expect(query).toMatch(
      /^sum \(sum_over_time\(container_memory_working_set_bytes\{container!="",container!="POD",pod=~"skaha-\[a-z_\]\+-\[0-9a-z-\]\+-\[0-9a-z-\]\+\|\[0-9a-z\]\{8\}-[^"]+"\}\[604800s\]\)/,
    );
    // a project has no pod name and no legacy label: its owners are today's labelled pods only
    expect(query).toContain(
      'max by (namespace, pod) (max_over_time(kube_pod_labels{label_canfar_net_project="survey-team"}[604800s]))',
    );
    expect(query.endsWith(') * 60 / 3600 / 1073741824')).toBe(true);
  });

  it('counts sessions by their id, lists projects and sums what Running pods hold', () => {
    expect(sessionCountQuery({ scope: { kind: 'user', username: 'jdoe' }, range: 3600 })).toBe(
      'count (count by (label_canfar_net_id) (' +
        owners(
          'label_canfar_net_username="jdoe"',
          'label_canfar_net_userid="jdoe"',
          '3600s',
          'label_canfar_net_id',
        ) +
        // a pod only ever Pending has labels too: it counts once it is seen Running
        ' and on (namespace, pod) (max by (namespace, pod) (max_over_time(kube_pod_status_phase{phase="Running",pod=~"skaha-[a-z_]+-jdoe-[0-9a-z-]+|[0-9a-z]{8}-[0-9a-z]{3}-jdoe-[0-9a-z.-]+-[0-9a-z]{5}"}[3600s])) == 1)))',
    );
    expect(userProjectsQuery('mchen', 60)).toBe(
      'count by (label_canfar_net_project) (max_over_time(kube_pod_labels{label_canfar_net_username="mchen",label_canfar_net_project!=""}[60s]))',
    );
    expect(platformAllocatedQuery('memory')).toBe(
      'sum(kube_pod_container_resource_requests{resource="memory",container!="",container!="POD",pod=~"skaha-[a-z_]+-[0-9a-z-]+-[0-9a-z-]+|[0-9a-z]{8}-[0-9a-z]{3}-[0-9a-z-]+-[0-9a-z.-]+-[0-9a-z]{5}"} * on (namespace, pod) group_left() (kube_pod_status_phase{phase="Running"} == 1)) / 1073741824',
    );
    expect(platformUsedQuery('cpu')).toBe(
      'sum(rate(container_cpu_usage_seconds_total{container!="",container!="POD",pod=~"skaha-[a-z_]+-[0-9a-z-]+-[0-9a-z-]+|[0-9a-z]{8}-[0-9a-z]{3}-[0-9a-z-]+-[0-9a-z.-]+-[0-9a-z]{5}"}[5m]))',
    );
    expect(platformUsedQuery('memory')).toBe(
      'sum(container_memory_working_set_bytes{container!="",container!="POD",pod=~"skaha-[a-z_]+-[0-9a-z-]+-[0-9a-z-]+|[0-9a-z]{8}-[0-9a-z]{3}-[0-9a-z-]+-[0-9a-z.-]+-[0-9a-z]{5}"}) / 1073741824',
    );
  });

  describe("one session's series over time", () => {
    const options = { username: 'J.Doe', id: 'p7w1zr4c', step: 300, scrapeInterval: 30 };
    const owners =
      'max by (namespace, pod) (max_over_time(kube_pod_labels{label_canfar_net_username="J.Doe",label_canfar_net_id="p7w1zr4c"}[300s]) or max_over_time(kube_pod_labels{label_canfar_net_username="",label_canfar_net_userid="J.Doe",label_canfar_net_sessionID="p7w1zr4c"}[300s]))';
    const pod =
      'pod=~"skaha-[a-z_]+-j-doe-p7w1zr4c-[0-9a-z-]+|p7w1zr4c-[0-9a-z]{3}-j-doe-[0-9a-z.-]+-[0-9a-z]{5}"';

    it("selects that session's pods by name, the user id as skaha writes it", () => {
      expect(sessionPodPattern('J.Doe', 'p7w1zr4c')).toBe(
        'skaha-[a-z_]+-j-doe-p7w1zr4c-[0-9a-z-]+|p7w1zr4c-[0-9a-z]{3}-j-doe-[0-9a-z.-]+-[0-9a-z]{5}',
      );
    });

    it("reads a desktop's own pod and its apps' (they share its id), and no other session's", () => {
      const desktop = promRegex(sessionPodPattern('mchen', 'm4r8c2nt'));
      expect(desktop.test('skaha-desktop-mchen-m4r8c2nt-q2w3e')).toBe(true);
      expect(desktop.test('m4r8c2nt-x7k-mchen-ds9-8-6-q2w3e')).toBe(true);
      expect(desktop.test('m4r8c2nt-b2c-mchen-topcat-4-10-a1b2c')).toBe(true);
      expect(desktop.test('k3j5h8t2-x7k-mchen-ds9-8-6-q2w3e')).toBe(false);
      expect(desktop.test('skaha-notebook-mchen-k3j5h8t2-q2w3e')).toBe(false);
      expect(desktop.test('m4r8c2nt-x7k-jdoe-ds9-q2w3e')).toBe(false);
    });

    it('reads cores used as a rate over the step, joined to the owner and id (legacy labels too)', () => {
      expect(sessionSeriesQuery('cpu', options)).toBe(
        `sum (rate(container_cpu_usage_seconds_total{container!="",container!="POD",${pod}}[300s]) * on (namespace, pod) group_left() ${owners})`,
      );
    });

    it('reads memory as the largest working set of each step, in GiB, and the requests likewise', () => {
      expect(sessionSeriesQuery('memory', options)).toBe(
        `sum (max_over_time(container_memory_working_set_bytes{container!="",container!="POD",${pod}}[300s]) * on (namespace, pod) group_left() ${owners}) / 1073741824`,
      );
      expect(sessionSeriesQuery('cpuRequest', options)).toBe(
        `sum (max_over_time(kube_pod_container_resource_requests{resource="cpu",container!="",container!="POD",${pod}}[300s]) * on (namespace, pod) group_left() ${owners})`,
      );
      expect(sessionSeriesQuery('memoryRequest', options)).toContain('{resource="memory",');
    });

    it('never rates over fewer than four scrapes', () => {
      expect(sessionSeriesQuery('cpu', { ...options, step: 60 })).toContain('[120s])');
    });
  });
});
