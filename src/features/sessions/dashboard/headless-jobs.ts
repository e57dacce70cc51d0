import type { Session } from '@/api/skaha/session-schemas';

export type JobSortKey = 'name' | 'status' | 'startTime' | 'image';
export interface JobSort {
  key: JobSortKey;
  direction: 'asc' | 'desc';
}

/** What the table shows a job's words in: the status as labelled, ordered as the reader's language orders. */
export interface JobSortWords {
  locale: string;
  statusLabel: (status: string) => string;
}

/** Sorted copy, by what the table shows; undefined start times (not started yet) sort last either way. */
export function sortJobs(jobs: readonly Session[], sort: JobSort, words: JobSortWords): Session[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  if (sort.key === 'startTime') {
    return [...jobs].sort((a, b) => {
      if (a.startTime === undefined) return b.startTime === undefined ? 0 : 1;
      if (b.startTime === undefined) return -1;
      return sign * (a.startTime - b.startTime);
    });
  }
  const { key } = sort;
  const collator = new Intl.Collator(words.locale, { numeric: true });
  // a few statuses among thousands of jobs: each labelled once
  const labels = new Map<string, string>();
  const shown = (job: Session) => {
    if (key !== 'status') return job[key];
    const label = labels.get(job.status) ?? words.statusLabel(job.status);
    labels.set(job.status, label);
    return label;
  };
  return [...jobs].sort((a, b) => sign * collator.compare(shown(a), shown(b)));
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

/**
 * The first `max` items as the language lists them ("a, b, and c"), and what is left counted by `others`
 * ("a, b, and 3 others"): a list of thousands says which without filling the screen.
 */
export function listCutShort(
  items: readonly string[],
  max: number,
  locale: string,
  others: (count: number) => string,
): string {
  const shown = items.length > max ? [...items.slice(0, max), others(items.length - max)] : items;
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(shown);
}
