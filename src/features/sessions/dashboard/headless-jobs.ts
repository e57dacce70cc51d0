import type { Session } from '@/api/skaha/session-schemas';

export type JobSortKey = 'name' | 'status' | 'startTime' | 'image';
export interface JobSort {
  key: JobSortKey;
  direction: 'asc' | 'desc';
}

/** Sorted copy; undefined start times (not started yet) sort last either way. */
export function sortJobs(jobs: readonly Session[], sort: JobSort): Session[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...jobs].sort((a, b) => {
    if (sort.key === 'startTime') {
      if (a.startTime === undefined) return b.startTime === undefined ? 0 : 1;
      if (b.startTime === undefined) return -1;
      return sign * (a.startTime - b.startTime);
    }
    return sign * a[sort.key].localeCompare(b[sort.key], undefined, { numeric: true });
  });
}
