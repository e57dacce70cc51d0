import type { Session } from '@/api/skaha/session-schemas';

export interface StatusChange {
  id: string;
  name: string;
  /** `null`: the session went away. */
  status: string | null;
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
    if (before.get(key)?.status !== session.status) {
      changes.push({ id: session.id, name: session.name, status: session.status });
    }
  }
  for (const [key, session] of before) {
    if (!seen.has(key)) changes.push({ id: session.id, name: session.name, status: null });
  }
  return changes;
}
