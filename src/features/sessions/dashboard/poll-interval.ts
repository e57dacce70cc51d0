import type { Session } from '@/api/skaha/session-schemas';

export const FAST_POLL_MS = 3_000;
export const SLOW_POLL_MS = 60_000;

/** Poll every few seconds while something is changing on its own (or we changed it), about a minute otherwise. */
export function pollInterval(sessions: readonly Session[] | undefined, mutating: boolean): number {
  if (mutating) return FAST_POLL_MS;
  const changing = (sessions ?? []).some(
    (session) => session.status === 'Pending' || session.status === 'Terminating',
  );
  return changing ? FAST_POLL_MS : SLOW_POLL_MS;
}
