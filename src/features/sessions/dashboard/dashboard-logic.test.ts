// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sessionSchema } from '@/api/skaha/session-schemas';
import { relaunchUrl } from './finished-sessions';
import { imageWithoutHost, listCutShort, sortJobs } from './headless-jobs';
import { partitionSessions, showsExpired } from './partition';
import { FAST_POLL_MS, SLOW_POLL_MS, WAITING_POLL, listSignature, pollInterval } from './poll-interval';
import { statusChanges } from './status-changes';
import { remaining } from './time-left';

const session = (fields: Record<string, unknown>) =>
  sessionSchema.parse({ id: 'a', type: 'notebook', status: 'Running', name: 'nb', ...fields });

describe('polling', () => {
  const pending = [session({}), session({ id: 'b', status: 'Pending' })];

  it('is fast just after the list changed while anything is Pending or Terminating, slow when nothing is', () => {
    expect(pollInterval([session({})], false, 0)).toBe(SLOW_POLL_MS);
    expect(pollInterval(pending, false, 0)).toBe(FAST_POLL_MS);
    expect(pollInterval([session({ status: 'Terminating' })], false, 0)).toBe(FAST_POLL_MS);
    expect(pollInterval(undefined, false, 0)).toBe(SLOW_POLL_MS);
  });

  it('slows while a session stays Pending with nothing changing, to at most 30 s', () => {
    expect(pollInterval(pending, false, 9_000)).toBe(FAST_POLL_MS);
    expect(pollInterval(pending, false, 40_000)).toBe(10_000);
    expect(pollInterval(pending, false, 60 * 60_000)).toBe(WAITING_POLL.maxMs);
    expect(WAITING_POLL.maxMs).toBe(30_000);
  });

  it('is fast whenever a launch or delete is in flight, however long nothing changed', () => {
    expect(pollInterval([session({})], true, 60 * 60_000)).toBe(FAST_POLL_MS);
    expect(pollInterval(pending, true, 60 * 60_000)).toBe(FAST_POLL_MS);
  });

  it('counts as a change a session coming, going or starting or ending a wait, not its figures moving', () => {
    const before = listSignature([
      session({ cpuCoresInUse: '0.5' }),
      session({ id: 'b', status: 'Pending' }),
    ]);
    const figuresMoved = [session({ cpuCoresInUse: '1.5' }), session({ id: 'b', status: 'Pending' })];
    expect(listSignature(figuresMoved)).toBe(before);
    expect(listSignature([session({}), session({ id: 'b' })])).not.toBe(before);
    expect(listSignature([session({ id: 'b', status: 'Pending' })])).not.toBe(before);
    expect(listSignature([...figuresMoved, session({ id: 'c', status: 'Pending' })])).not.toBe(before);
  });
});

describe('status changes between polls', () => {
  it('reports new statuses, new sessions and sessions that went away, not unchanged ones', () => {
    const before = [session({ id: 'a', status: 'Pending', name: 'one' }), session({ id: 'b', name: 'two' })];
    const after = [session({ id: 'a', name: 'one' }), session({ id: 'c', status: 'Pending', name: 'three' })];
    expect(statusChanges(before, after)).toEqual([
      { id: 'a', name: 'one', status: 'Running', was: 'Pending' },
      { id: 'c', name: 'three', status: 'Pending' },
      { id: 'b', name: 'two', status: null, was: 'Running' },
    ]);
    expect(statusChanges(after, after)).toEqual([]);
  });
});

const english = { locale: 'en', statusLabel: (status: string) => status };

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

  it('says Expired only of a finished interactive session past its deadline, as its tile does', () => {
    const now = Date.parse('2026-01-02T00:00:00Z');
    const past = '2026-01-01T00:00:00Z';
    const future = '2026-01-03T00:00:00Z';
    expect(showsExpired(session({ status: 'Failed', expiryTime: past }), now)).toBe(true);
    expect(showsExpired(session({ status: 'Failed', expiryTime: future }), now)).toBe(false);
    expect(showsExpired(session({ status: 'Completed', expiryTime: past }), now)).toBe(false);
    // live, or a headless job (its own table shows the status)
    expect(showsExpired(session({ status: 'Running', expiryTime: past }), now)).toBe(false);
    expect(showsExpired(session({ type: 'headless', status: 'Failed', expiryTime: past }), now)).toBe(false);
  });

  it('sorts jobs by name naturally and by start time with unstarted ones last', () => {
    const jobs = [
      session({ id: '1', name: 'batch-10', startTime: '2026-01-01T10:00:00Z' }),
      session({ id: '2', name: 'batch-9' }),
      session({ id: '3', name: 'batch-1', startTime: '2026-01-01T09:00:00Z' }),
    ];
    expect(sortJobs(jobs, { key: 'name', direction: 'asc' }, english).map((j) => j.name)).toEqual([
      'batch-1',
      'batch-9',
      'batch-10',
    ]);
    expect(sortJobs(jobs, { key: 'startTime', direction: 'desc' }, english).map((j) => j.id)).toEqual([
      '1',
      '3',
      '2',
    ]);
  });

  it('sorts jobs by the status the reader sees, in the order of the reader’s language', () => {
    const french: Record<string, string> = {
      Completed: 'Terminée',
      Failed: 'Échouée',
      Pending: 'En attente',
      Running: 'En cours',
    };
    const jobs = ['Completed', 'Failed', 'Pending', 'Running'].map((status) =>
      session({ id: status, type: 'headless', status }),
    );
    const statusLabel = (status: string) => french[status] ?? status;
    const sorted = sortJobs(jobs, { key: 'status', direction: 'asc' }, { locale: 'fr', statusLabel });
    // É sorts with E, not after Z
    expect(sorted.map((job) => statusLabel(job.status))).toEqual([
      'Échouée',
      'En attente',
      'En cours',
      'Terminée',
    ]);
  });

  it('names the first few of a long list and counts the others, as the language lists', () => {
    const others = (count: number) => `${count} others`;
    expect(listCutShort(['a', 'b'], 3, 'en', others)).toBe('a and b');
    expect(listCutShort(['a', 'b', 'c', 'd', 'e'], 3, 'en', others)).toBe('a, b, c, and 2 others');
    expect(listCutShort(['a', 'b', 'c', 'd'], 2, 'fr', (count) => `${count} autres`)).toBe(
      'a, b et 2 autres',
    );
  });

  it('shows a job’s image without its registry host, as Docker tells a host from a project', () => {
    expect(imageWithoutHost('images.canfar.net/skaha/terminal:1.1.2')).toBe('skaha/terminal:1.1.2');
    expect(imageWithoutHost('registry.example.org:5000/team/sub/tool:2')).toBe('team/sub/tool:2');
    expect(imageWithoutHost('localhost/tool:1')).toBe('tool:1');
    // no host: the first part is a Docker Hub namespace, kept
    expect(imageWithoutHost('library/ubuntu:24.04')).toBe('library/ubuntu:24.04');
    expect(imageWithoutHost('ubuntu:24.04')).toBe('ubuntu:24.04');
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

  it('leaves out the resources a Firefly template fixes, which the launch form does not offer', () => {
    const url = new URL(
      relaunchUrl(
        session({
          type: 'firefly',
          status: 'Failed',
          name: 'ff',
          image: 'images.canfar.net/skaha/firefly:2025.3',
          isFixedResources: true,
          requestedCPUCores: '0.100',
          requestedRAM: '4.29',
        }),
      ),
      'http://portal.test',
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      type: 'firefly',
      image: 'images.canfar.net/skaha/firefly:2025.3',
      name: 'ff',
    });
  });
});
