import { describe, expect, it } from 'vitest';
import { parseEventsTable } from './events';

describe('parseEventsTable', () => {
  it('keeps no time for a kube-scheduler event, which kubectl prints as <none>', () => {
    const table = [
      'TYPE      REASON             MESSAGE                                          FIRST-TIME             LAST-TIME',
      'Warning   FailedScheduling   0/12 nodes are available: 12 Insufficient cpu.   <none>                 <none>',
      'Normal    Pulling            Pulling image "images.canfar.net/skaha/astroml-notebook:26.03"   2026-08-18T14:01:59Z   2026-08-18T14:03:01Z',
      '',
    ].join('\n');
    expect(parseEventsTable(table)).toEqual([
      {
        type: 'Warning',
        reason: 'FailedScheduling',
        message: '0/12 nodes are available: 12 Insufficient cpu.',
        firstTime: undefined,
        lastTime: undefined,
      },
      {
        type: 'Normal',
        reason: 'Pulling',
        message: 'Pulling image "images.canfar.net/skaha/astroml-notebook:26.03"',
        firstTime: '2026-08-18T14:01:59Z',
        lastTime: '2026-08-18T14:03:01Z',
      },
    ]);
  });
});
