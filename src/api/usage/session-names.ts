import type { SessionUsage } from './usage-figures';

/**
 * Session id → the name its owner gave it (`canfar.net/name`, or the legacy `canfar-net-sessionName`), read
 * with the sessions' own figures. A session with neither label has no entry and is shown by its id.
 */
export function sessionNames(sessions: readonly SessionUsage[] | undefined): Map<string, string> {
  return new Map((sessions ?? []).flatMap((session) => (session.name ? [[session.id, session.name]] : [])));
}
