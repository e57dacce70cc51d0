import type { Session } from '@/api/skaha/session-schemas';
import { slowingInterval, type SlowingPoll } from '@/lib/slowing-poll';

export const FAST_POLL_MS = 3_000;
export const SLOW_POLL_MS = 60_000;

/**
 * While a session is on its way: every 3 s for the first seconds after the list last changed (a pod usually
 * starts within them), then a quarter of the time it has stayed the same, up to 30 s, since a job Kueue holds
 * can wait an hour (platform-api §10.2).
 */
export const WAITING_POLL: SlowingPoll = { minMs: FAST_POLL_MS, maxMs: 30_000, share: 1 / 4 };

/** A Pending session's events: as the list, from 5 s. */
export const EVENTS_POLL: SlowingPoll = { minMs: 5_000, maxMs: 30_000, share: 1 / 4 };

/**
 * A Pending session with no pod yet (skaha's 404): Kueue holds it until there is room, which takes minutes
 * rather than seconds, so half the time it has waited, up to 2 min. The first answers may be a pod not yet
 * created for a fresh launch, which the 5 s start still catches.
 */
export const NO_POD_POLL: SlowingPoll = { minMs: 5_000, maxMs: 120_000, share: 1 / 2 };

const isOnItsWay = (session: Session) => session.status === 'Pending' || session.status === 'Terminating';

/**
 * What a change of the list is, for the waiting poll: a session came or went, or one started or stopped
 * being on its way (not CPU figures, which move on every poll). Built from the few sessions on their way,
 * so a list of thousands costs no more than the scan for them.
 */
export const listSignature = (sessions: readonly Session[] | undefined): string =>
  [
    String(sessions?.length ?? 0),
    ...(sessions ?? []).filter(isOnItsWay).map((session) => `${session.id}:${session.status}`),
  ].join(',');

/**
 * Every 3 s while a launch or delete is in flight; while anything is Pending or Terminating, the waiting poll
 * above by how long the list has been unchanged; about a minute otherwise.
 */
export function pollInterval(
  sessions: readonly Session[] | undefined,
  mutating: boolean,
  unchangedMs: number,
): number {
  if (mutating) return FAST_POLL_MS;
  const changing = (sessions ?? []).some(isOnItsWay);
  return changing ? slowingInterval(unchangedMs, WAITING_POLL) : SLOW_POLL_MS;
}
