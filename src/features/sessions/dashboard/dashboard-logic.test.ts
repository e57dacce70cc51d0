// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sessionSchema } from '@/api/skaha/session-schemas';
import { relaunchUrl } from './finished-sessions';
import { sortJobs } from './headless-jobs';
import { partitionSessions } from './partition';
import { FAST_POLL_MS, SLOW_POLL_MS, pollInterval } from './poll-interval';
import { statusChanges } from './status-changes';
import { remaining } from './time-left';

const session = (fields: Record<string, unknown>) =>
  sessionSchema.parse({ id: 'a', type: 'notebook', status: 'Running', name: 'nb', ...fields });

describe('polling', () => {
  it('is fast while anything is Pending or Terminating or a change is in flight, slow otherwise', () => {
    expect(pollInterval([session({})], false)).toBe(SLOW_POLL_MS);
    expect(pollInterval([session({}), session({ id: 'b', status: 'Pending' })], false)).toBe(FAST_POLL_MS);
    expect(pollInterval([session({ status: 'Terminating' })], false)).toBe(FAST_POLL_MS);
    expect(pollInterval([session({})], true)).toBe(FAST_POLL_MS);
    expect(pollInterval(undefined, false)).toBe(SLOW_POLL_MS);
  });
});

describe('status changes between polls', () => {
  it('reports new statuses, new sessions and sessions that went away, not unchanged ones', () => {
    const before = [session({ id: 'a', status: 'Pending', name: 'one' }), session({ id: 'b', name: 'two' })];
    const after = [session({ id: 'a', name: 'one' }), session({ id: 'c', status: 'Pending', name: 'three' })];
    expect(statusChanges(before, after)).toEqual([
      { id: 'a', name: 'one', status: 'Running' },
      { id: 'c', name: 'three', status: 'Pending' },
      { id: 'b', name: 'two', status: null },
    ]);
    expect(statusChanges(after, after)).toEqual([]);
  });
});

describe('grouping and sorting', () => {
  it('puts live tiles, finished sessions and headless jobs apart', () => {
    const groups = partitionSessions([
      session({ id: 'a' }),
      session({ id: 'b', status: 'Failed' }),
      session({ id: 'c', type: 'headless', status: 'Completed' }),
      session({ id: 'd', type: 'desktop-app' }),
    ]);
    expect([groups.live, groups.finished, groups.jobs].map((list) => list.map((s) => s.id))).toEqual([
      ['a'],
      ['b'],
      ['c'],
    ]);
  });

  it('sorts jobs by name naturally and by start time with unstarted ones last', () => {
    const jobs = [
      session({ id: '1', name: 'batch-10', startTime: '2026-01-01T10:00:00Z' }),
      session({ id: '2', name: 'batch-9' }),
      session({ id: '3', name: 'batch-1', startTime: '2026-01-01T09:00:00Z' }),
    ];
    expect(sortJobs(jobs, { key: 'name', direction: 'asc' }).map((j) => j.name)).toEqual([
      'batch-1',
      'batch-9',
      'batch-10',
    ]);
    expect(sortJobs(jobs, { key: 'startTime', direction: 'desc' }).map((j) => j.id)).toEqual(['1', '3', '2']);
  });
});

describe('time left and relaunch', () => {
  it('counts whole days, hours and minutes', () => {
    expect(remaining(Date.UTC(2026, 0, 3, 4, 5), Date.UTC(2026, 0, 1))).toEqual({
      days: 2,
      hours: 4,
      minutes: 5,
    });
    expect(remaining(0, 1)).toBeUndefined();
  });

  it('relaunches with the same type, image and fixed resources (skaha reports Gi as decimal GB)', () => {
    const url = new URL(
      relaunchUrl(
        session({
          type: 'carta',
          status: 'Failed',
          name: 'm31',
          image: 'images.canfar.net/skaha/carta:5.1.0',
          isFixedResources: true,
          requestedCPUCores: '4',
          requestedRAM: '17.18',
        }),
      ),
      'http://portal.test',
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      type: 'carta',
      image: 'images.canfar.net/skaha/carta:5.1.0',
      name: 'm31',
      resources: 'fixed',
      cores: '4',
      ram: '16',
    });
  });
});
