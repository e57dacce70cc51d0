import { describe, expect, it } from 'vitest';
import { sessionNamesQuery } from './session-names';

describe('session names', () => {
  it("reads each session's name label over the window, for one scope, escaped", () => {
    expect(sessionNamesQuery({ scope: { kind: 'user', username: 'jdoe"x' }, window: 'day' })).toBe(
      'count by (label_canfar_net_id, label_canfar_net_name) (max_over_time(kube_pod_labels{label_canfar_net_username="jdoe\\"x"}[86400s]))',
    );
  });
});
