import { describe, expect, it } from 'vitest';
import {
  cpuCoreHoursQuery,
  escapeLabelValue,
  memoryGibHoursQuery,
  platformAllocatedQuery,
  scopeMatchers,
  sessionCountQuery,
  userProjectsQuery,
} from './promql';

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

  it('scopes a figure by user or project, and joins pods to their owners one-to-one', () => {
    const query = cpuCoreHoursQuery({
      scope: { kind: 'user', username: 'jdoe' },
      range: 86_400,
      by: ['label_canfar_net_kind'],
    });
    expect(query).toBe(
      'sum by (label_canfar_net_kind) (increase(container_cpu_usage_seconds_total{container!="",container!="POD"}[86400s])' +
        ' * on (namespace, pod) group_left(label_canfar_net_kind)' +
        ' max by (namespace, pod, label_canfar_net_kind) (max_over_time(kube_pod_labels{label_canfar_net_username="jdoe"}[86400s])))' +
        ' / 3600',
    );
  });

  it('turns sampled gauges into hours with the configured scrape interval', () => {
    const query = memoryGibHoursQuery({
      scope: { kind: 'project', project: 'survey-team' },
      range: 604_800,
      scrapeInterval: 60,
    });
    expect(query).toMatch(/^sum \(sum_over_time\(container_memory_working_set_bytes\{[^}]*\}\[604800s\]\)/);
    expect(query).toContain('kube_pod_labels{label_canfar_net_project="survey-team"}[604800s]');
    expect(query.endsWith(') * 60 / 3600 / 1073741824')).toBe(true);
  });

  it('counts sessions by their id, lists projects and sums what Running pods hold', () => {
    expect(sessionCountQuery({ scope: { kind: 'user', username: 'jdoe' }, range: 3600 })).toBe(
      'count (count by (label_canfar_net_id) (max_over_time(kube_pod_labels{label_canfar_net_username="jdoe"}[3600s])))',
    );
    expect(userProjectsQuery('mchen', 60)).toBe(
      'count by (label_canfar_net_project) (max_over_time(kube_pod_labels{label_canfar_net_username="mchen",label_canfar_net_project!=""}[60s]))',
    );
    expect(platformAllocatedQuery('memory')).toBe(
      'sum(kube_pod_container_resource_requests{resource="memory",container!="",container!="POD"} * on (namespace, pod) group_left() (kube_pod_status_phase{phase="Running"} == 1)) / 1073741824',
    );
  });
});
