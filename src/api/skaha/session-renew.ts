import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../http/client';
import { skahaKeys } from './skaha-keys';
import { sessionSchema, type Session } from './session-schemas';

// A module of its own: renew is the one change the dashboard's tiles offer before any dialog loads, and the other
// mutations (launch, delete, desktop apps) would otherwise come with it into the first page's code.

/**
 * Renew answers with an empty body, so read the session again for its new expiry. The renew is done once the
 * POST is: a read that fails after it gives `undefined` (renewed, new expiry unknown), not a failed renew.
 */
export function renewSessionMutationOptions(api: ApiClient) {
  return mutationOptions({
    mutationKey: [...skahaKeys.sessions(), 'renew'],
    mutationFn: async (id: string): Promise<Session | undefined> => {
      const path = `/v1/session/${encodeURIComponent(id)}`;
      await api.request('skaha', path, { method: 'POST', form: new URLSearchParams({ action: 'renew' }) });
      try {
        return await api.json('skaha', path, sessionSchema);
      } catch {
        // the list's refresh (onSettled) brings the new expiry instead
        return undefined;
      }
    },
    onSuccess: (session, id, _result, context) => {
      if (session === undefined) return;
      context.client.setQueryData(skahaKeys.session(id), session);
      putInLists(context.client, session);
    },
    // A refusal too: skaha's 400 "No active job…" means the session ended since the last poll, and the tiles
    // should say so now rather than at the next one.
    onSettled: (_session, _error, _id, _result, context) =>
      context.client.invalidateQueries({ queryKey: skahaKeys.sessionLists() }),
  });
}

/** The tiles read the lists: the renewed session goes there at once, so its time left agrees with "Renewed". */
function putInLists(client: QueryClient, session: Session) {
  client.setQueriesData<Session[]>({ queryKey: skahaKeys.sessionLists() }, (sessions) => {
    // a desktop's apps carry its id too: only the entry of the session itself is replaced
    const isIt = (entry: Session) => entry.id === session.id && entry.type === session.type;
    if (!sessions?.some(isIt)) return sessions;
    return sessions.map((entry) => (isIt(entry) ? session : entry));
  });
}
