import type { Session } from '@/api/skaha/session-schemas';

export interface StatusChange {
  id: string;
  name: string;
  /** `null`: the session went away. */
  status: string | null;
  /** The status it had at the previous poll; none for a new session. */
  was?: string;
}

const keyOf = (session: Pick<Session, 'id' | 'appid'>) => `${session.id}:${session.appid ?? ''}`;

/** What changed between two polls: new sessions, new statuses, and sessions that went away. */
export function statusChanges(previous: readonly Session[], next: readonly Session[]): StatusChange[] {
  const before = new Map(previous.map((session) => [keyOf(session), session]));
  const changes: StatusChange[] = [];
  const seen = new Set<string>();
  for (const session of next) {
    const key = keyOf(session);
    seen.add(key);
    const was = before.get(key)?.status;
    if (was !== session.status) {
      changes.push({ id: session.id, name: session.name, status: session.status, ...(was && { was }) });
    }
  }
  for (const [key, session] of before) {
    if (!seen.has(key))
      changes.push({ id: session.id, name: session.name, status: null, was: session.status });
  }
  return changes;
}
