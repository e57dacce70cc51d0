import type { Session } from '@/api/skaha/session-schemas';

const FINISHED = new Set(['Completed', 'Succeeded', 'Failed', 'Error']);

export interface SessionGroups {
  live: Session[];
  finished: Session[];
  jobs: Session[];
}

/** Where a session is shown; a desktop app is shown in its desktop's tile, not on its own. */
function groupOf(session: Session): keyof SessionGroups | undefined {
  if (session.type === 'desktop-app') return undefined;
  if (session.type === 'headless') return 'jobs';
  return FINISHED.has(session.status) ? 'finished' : 'live';
}

/** Live interactive tiles, finished interactive sessions, and headless jobs (their own table). */
export function partitionSessions(sessions: readonly Session[]): SessionGroups {
  const groups: SessionGroups = { live: [], finished: [], jobs: [] };
  for (const session of sessions) {
    const group = groupOf(session);
    if (group) groups[group].push(session);
  }
  return groups;
}

/** Why a finished session stopped: an interactive session that reached its deadline is reported Failed by skaha. */
export function finishedReason(session: Session, now: number): 'completed' | 'expired' | 'failed' {
  if (session.status === 'Completed' || session.status === 'Succeeded') return 'completed';
  if (session.expiryTime !== undefined && session.expiryTime <= now) return 'expired';
  return 'failed';
}

/** Whether the session's tile says Expired in place of its status (a finished session past its deadline). */
export const showsExpired = (session: Session, now: number) =>
  groupOf(session) === 'finished' && finishedReason(session, now) === 'expired';
