import { queryOptions, skipToken } from '@tanstack/react-query';
import type { ApiClient } from '../http/client';
import { parseEventsTable } from './events';
import { skahaKeys, type SessionListFilters } from './skaha-keys';
import { listSessions } from './session-list';
import { sessionListSchema, sessionSchema } from './session-schemas';

/** The caller's sessions (session-list.ts). */
export function sessionListQueryOptions(api: ApiClient, filters: SessionListFilters = {}) {
  return queryOptions({
    queryKey: skahaKeys.sessionList(filters),
    queryFn: ({ signal }) => listSessions(api, filters, signal),
  });
}

export function sessionQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: skahaKeys.session(id),
    queryFn: ({ signal }) =>
      api.json('skaha', `/v1/session/${encodeURIComponent(id)}`, sessionSchema, { signal }),
  });
}

/**
 * When skaha last took a delete of the session, as its mutation recorded it (never fetched). Kept half an hour
 * after the last tile that showed it went: skaha's 200 does not say the session went (platform-api §1.8).
 */
export function deleteTakenQueryOptions(id: string) {
  return queryOptions<number>({
    queryKey: skahaKeys.deleteTaken(id),
    queryFn: skipToken,
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  });
}

/**
 * Container logs: whole, streamed by skaha (`kubectl logs --tail -1`), so only loaded on demand. skaha answers
 * 200 before it runs kubectl and streams only its standard output (GetAction, CommandExecutioner), so a
 * session without a pod, like one whose container has written nothing, gives an empty body, not a 404.
 */
export function sessionLogsQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: skahaKeys.sessionLogs(id),
    queryFn: ({ signal }) =>
      api.text('skaha', `/v1/session/${encodeURIComponent(id)}`, {
        query: { view: 'logs' },
        headers: { Accept: 'text/plain' },
        signal,
      }),
    staleTime: 0,
  });
}

export function sessionEventsQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: skahaKeys.sessionEvents(id),
    queryFn: async ({ signal }) =>
      parseEventsTable(
        await api.text('skaha', `/v1/session/${encodeURIComponent(id)}`, {
          query: { view: 'events' },
          headers: { Accept: 'text/plain' },
          signal,
        }),
      ),
  });
}

/** Desktop apps attached to a desktop session. skaha lists all of the caller's apps; keep this session's. */
export function desktopAppsQueryOptions(api: ApiClient, sessionId: string) {
  return queryOptions({
    queryKey: skahaKeys.desktopApps(sessionId),
    queryFn: async ({ signal }) => {
      const apps = await api.json(
        'skaha',
        `/v1/session/${encodeURIComponent(sessionId)}/app`,
        sessionListSchema,
        { signal },
      );
      return apps.filter((app) => app.id === sessionId);
    },
  });
}
