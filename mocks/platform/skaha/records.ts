import type { Random } from '../random';
import type { SessionRecord } from './model';
import { fixedResources } from './model';

/** What a launch or a seed decides; the rest of a record (pod, node, usage, events) is derived. */
export type NewSession = Omit<SessionRecord, 'gpus' | 'usage' | 'pod' | 'node' | 'timeline'> &
  Partial<Pick<SessionRecord, 'gpus' | 'usage' | 'timeline'>>;

const round = (value: number, digits: number) => Number(value.toFixed(digits));

function plausibleUsage(random: Random, session: NewSession): SessionRecord['usage'] {
  const fixed = fixedResources(session);
  const ramLimit = fixed?.ramGB ?? 8;
  const coreLimit = fixed?.cores ?? 2;
  return {
    ramGB: round(ramLimit * (0.05 + random.next() * 0.4), 2),
    cores: round(coreLimit * (0.005 + random.next() * 0.3), 3),
  };
}

// Scheduled, Pulling, Pulled, Started spread over the Pending period, as on a node with a warm cache.
function defaultTimeline(session: NewSession): SessionRecord['timeline'] {
  const span = (session.startAt ?? session.createdAt + 4_000) - session.createdAt;
  const at = (fraction: number) => session.createdAt + Math.round(span * fraction);
  return [at(0.375), at(0.45), at(0.725), at(0.875)];
}

/** skaha's job names cut to this (PostAction.MAX_JOB_NAME_LENGTH); only a desktop app's can reach it. */
const MAX_JOB_NAME_LENGTH = 57;

/**
 * The Job skaha names: `skaha-<type>-<user>-<id>` (K8SUtil.getJobName), or for a desktop app
 * `<desktop's id>-<app id>-<user>-<name>` cut to 57 characters, ending on a letter or digit
 * (PostAction.attachDesktopApp); the user as `[^0-9a-zA-Z-]` → `-`, lower-cased.
 */
export function jobName(session: Pick<NewSession, 'id' | 'appid' | 'type' | 'userid' | 'name'>): string {
  const user = session.userid.replace(/[^0-9a-zA-Z-]/g, '-');
  if (session.appid === undefined) return `skaha-${session.type}-${user}-${session.id}`.toLowerCase();
  let job = `${session.id}-${session.appid}-${user.toLowerCase()}-${session.name.toLowerCase()}`;
  if (job.length > MAX_JOB_NAME_LENGTH) {
    job = job.slice(0, MAX_JOB_NAME_LENGTH);
    while (!/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(job)) job = job.slice(0, -1);
  }
  return job;
}

export function buildRecord(random: Random, session: NewSession): SessionRecord {
  const { gpus = 0, usage, timeline, ...rest } = session;
  return {
    ...rest,
    gpus,
    usage: usage ?? plausibleUsage(random, session),
    pod: `${jobName(session)}-${random.chars(5)}`,
    node: `node-w${String(random.int(1, 48)).padStart(2, '0')}`,
    timeline: timeline ?? defaultTimeline(session),
  };
}

/** An id unused by any record: 8 characters for sessions, 3 for desktop-apps. */
export function freshId(random: Random, taken: (id: string) => boolean, length: number): string {
  for (;;) {
    const id = random.chars(length);
    if (!taken(id)) return id;
  }
}
