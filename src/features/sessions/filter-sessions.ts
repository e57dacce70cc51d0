import type { Session } from '@/api/skaha/session-schemas';

/** Case-insensitive match on the name, the type or the status (in the words the user sees). */
export function filterSessions(
  sessions: readonly Session[],
  filter: string,
  label: (session: Session) => readonly string[],
): Session[] {
  const needle = filter.trim().toLocaleLowerCase();
  if (!needle) return [...sessions];
  return sessions.filter((session) =>
    [session.name, session.type, session.status, ...label(session)].some((text) =>
      text.toLocaleLowerCase().includes(needle),
    ),
  );
}
