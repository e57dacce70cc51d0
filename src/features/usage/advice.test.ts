// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SessionUsage } from '@/api/usage/usage-figures';
import { adviseSession, roundUpSize, topAdvice } from './advice';

const session = (overrides: Partial<SessionUsage>): SessionUsage => ({
  id: 's1',
  name: '',
  kind: 'notebook',
  username: 'jdoe',
  cpuCoreHours: 1,
  sessionHours: 10,
  gpuHours: 0,
  cpuRequest: undefined,
  memoryRequestGib: undefined,
  memoryPeakGib: undefined,
  flexible: false,
  ...overrides,
});

describe('efficiency advice', () => {
  it('rounds a size up to a power of two', () => {
    expect([0.2, 1, 1.5, 3, 4, 4.1, 12].map(roundUpSize)).toEqual([1, 1, 2, 4, 4, 8, 16]);
  });

  it('says 16 GB asked and 2 GB used at most: 4 GB would do', () => {
    const [advice] = adviseSession(session({ memoryRequestGib: 16, memoryPeakGib: 2 }));
    expect(advice).toMatchObject({ resource: 'memory', requested: 16, peak: 2, suggested: 4 });
  });

  it('says nothing when the request fits the use, or the session was too short to judge', () => {
    expect(adviseSession(session({ memoryRequestGib: 4, memoryPeakGib: 2.9 }))).toEqual([]);
    expect(adviseSession(session({ memoryRequestGib: 64, memoryPeakGib: 1, sessionHours: 0.1 }))).toEqual([]);
  });

  it('leaves flexible sessions alone: their request is the operators’ default, not their owner’s', () => {
    const flexible = session({ flexible: true, memoryRequestGib: 16, memoryPeakGib: 2, cpuRequest: 8 });
    expect(adviseSession(flexible)).toEqual([]);
    const advice = topAdvice([flexible, session({ id: 'fixed', memoryRequestGib: 8, memoryPeakGib: 2 })]);
    expect(advice.map((item) => [item.session.id, item.resource])).toEqual([['fixed', 'memory']]);
  });

  it('leaves desktop and Firefly sessions alone: their size is the platform’s template, which no launch changes', () => {
    const asked = { memoryRequestGib: 8, memoryPeakGib: 1, cpuRequest: 4, cpuCoreHours: 5 };
    expect(adviseSession(session({ kind: 'desktop', ...asked }))).toEqual([]);
    expect(adviseSession(session({ kind: 'firefly', ...asked }))).toEqual([]);
    expect(adviseSession(session({ kind: 'carta', ...asked })).map((item) => item.resource)).toEqual([
      'memory',
      'cpu',
    ]);
  });

  it('advises fewer cores from the average used', () => {
    // 8 cores asked, 10 core-hours over 10 hours: 1 core on average, 2 would do
    const [advice] = adviseSession(session({ cpuRequest: 8, cpuCoreHours: 10 }));
    expect(advice).toMatchObject({ resource: 'cpu', requested: 8, used: 1, suggested: 2 });
  });

  it('puts the largest savings first', () => {
    const advice = topAdvice([
      session({ id: 'a', memoryRequestGib: 8, memoryPeakGib: 2 }),
      session({ id: 'b', memoryRequestGib: 64, memoryPeakGib: 1 }),
    ]);
    expect(advice.map((item) => item.session.id)).toEqual(['b', 'a']);
  });
});
