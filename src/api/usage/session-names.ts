import type { SessionUsage } from './usage-figures';

/**
 * Session id → the name its owner gave it (`canfar.net/name`, or the legacy `canfar-net-sessionName`), read
 * with the sessions' own figures. A desktop's apps share its id under their own names: the session's name is
 * the desktop's. A session with no name has no entry and is shown by its id.
 */
export function sessionNames(sessions: readonly SessionUsage[] | undefined): Map<string, string> {
  return new Map(
    (sessions ?? []).flatMap((session) =>
      session.name && session.kind !== 'desktop-app' ? [[session.id, session.name]] : [],
    ),
  );
}
