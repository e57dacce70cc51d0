// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { memberUsage, mergeSessions, sortMembers, sumTotals } from './group-figures';
import type { SessionUsage, UsageTotals } from './usage-figures';

const totals = (cpu: number, peak: number | undefined): UsageTotals => ({
  cpuCoreHours: cpu,
  memoryGibHours: 2 * cpu,
  gpuHours: 0,
  sessionHours: cpu / 2,
  sessions: 1,
  cpuRequestedCoreHours: 3 * cpu,
  memoryRequestedGibHours: 4 * cpu,
  memoryPeakGib: peak,
});

const session = (id: string, hours: number, username: string): SessionUsage => ({
  id,
  name: '',
  kind: 'notebook',
  username,
  cpuCoreHours: 0,
  sessionHours: hours,
  gpuHours: 0,
  cpuRequest: 1,
  memoryRequestGib: 4,
  memoryPeakGib: 1,
  flexible: false,
});

describe("a group's figures from its members'", () => {
  it('keeps a member without usage as a row of zeros, listed last', () => {
    const rows = sortMembers([memberUsage('nkaur', undefined), memberUsage('jdoe', totals(5, 2))]);
    expect(rows.map((row) => [row.username, row.cpuCoreHours, row.sessions])).toEqual([
      ['jdoe', 5, 1],
      ['nkaur', 0, 0],
    ]);
  });

  it('sums the totals and keeps the largest memory peak', () => {
    const sum = sumTotals([totals(1, 2), totals(3, undefined), totals(2, 7)]);
    expect(sum).toMatchObject({ cpuCoreHours: 6, memoryGibHours: 12, sessions: 3, memoryPeakGib: 7 });
    expect(sumTotals([]).memoryPeakGib).toBeUndefined();
  });

  it("merges every member's sessions, longest first", () => {
    const merged = mergeSessions([
      [session('a', 1, 'jdoe')],
      [session('b', 3, 'mchen'), session('c', 1, 'mchen')],
    ]);
    expect(merged.map((row) => `${row.id}:${row.username}`)).toEqual(['b:mchen', 'a:jdoe', 'c:mchen']);
  });
});
