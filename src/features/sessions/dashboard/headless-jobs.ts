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

/**
 * The reference without its registry host (`skaha/terminal:1.1.2`): every job's image comes from one of a few
 * hosts, so the host takes the room that tells jobs apart. The first part is a host as Docker reads a
 * reference: it holds a `.` or a `:`, or is `localhost` (distribution/reference, `splitDockerDomain`).
 */
export function imageWithoutHost(image: string): string {
  const slash = image.indexOf('/');
  if (slash < 0) return image;
  const first = image.slice(0, slash);
  const isHost = first.includes('.') || first.includes(':') || first === 'localhost';
  return isHost ? image.slice(slash + 1) : image;
}
