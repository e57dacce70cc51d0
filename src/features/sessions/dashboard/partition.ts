import type { Session } from '@/api/skaha/session-schemas';

const FINISHED = new Set(['Completed', 'Succeeded', 'Failed', 'Error']);

export interface SessionGroups {
  live: Session[];
  finished: Session[];
  jobs: Session[];
}

/** Live interactive tiles, finished interactive sessions, and headless jobs (their own table). */
export function partitionSessions(sessions: readonly Session[]): SessionGroups {
  const groups: SessionGroups = { live: [], finished: [], jobs: [] };
  for (const session of sessions) {
    if (session.type === 'desktop-app') continue;
    if (session.type === 'headless') groups.jobs.push(session);
    else if (FINISHED.has(session.status)) groups.finished.push(session);
    else groups.live.push(session);
  }
  return groups;
}
