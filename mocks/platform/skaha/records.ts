import type { Random } from '../random';
import type { SessionRecord } from './model';

/** What a launch or a seed decides; the rest of a record (pod, node, usage, events) is derived. */
export type NewSession = Omit<SessionRecord, 'gpus' | 'usage' | 'pod' | 'node' | 'timeline'> &
  Partial<Pick<SessionRecord, 'gpus' | 'usage' | 'timeline'>>;

const round = (value: number, digits: number) => Number(value.toFixed(digits));

function plausibleUsage(random: Random, session: NewSession): SessionRecord['usage'] {
  const ramLimit = session.fixed?.ramGB ?? 8;
  const coreLimit = session.fixed?.cores ?? 2;
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

export function buildRecord(random: Random, session: NewSession): SessionRecord {
  const { gpus = 0, usage, timeline, ...rest } = session;
  const podPrefix =
    session.appid === undefined ? `skaha-${session.type}` : `skaha-desktop-app-${session.appid}`;
  return {
    ...rest,
    gpus,
    usage: usage ?? plausibleUsage(random, session),
    pod: `${podPrefix}-${session.userid}-${session.id}-${random.chars(5)}`,
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
