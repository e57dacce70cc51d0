import type { ApiClient } from '../http/client';
import type { SessionListFilters } from './skaha-keys';
import { sessionListSchema, type Session } from './session-schemas';

/**
 * `GET {skaha}/v1/session`: the caller's sessions. `view=interactive` keeps desktop-app entries (a skaha quirk),
 * so they are dropped here. Apart from the query layer, so the start can ask for it before React has loaded
 * (app/early-requests.ts).
 */
export async function listSessions(
  api: ApiClient,
  filters: SessionListFilters = {},
  signal?: AbortSignal,
): Promise<Session[]> {
  const sessions = await api.json('skaha', '/v1/session', sessionListSchema, {
    query: { ...filters },
    signal,
  });
  return filters.view === 'interactive'
    ? sessions.filter((session) => session.type !== 'desktop-app')
    : sessions;
}
