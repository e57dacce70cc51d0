import { mutationOptions } from '@tanstack/react-query';
import type { ApiClient } from '../http/client';
import { skahaKeys } from './skaha-keys';
import { sessionSchema } from './session-schemas';

// A module of its own: renew is the one change the dashboard's tiles offer before any dialog loads, and the other
// mutations (launch, delete, desktop apps) would otherwise come with it into the first page's code.

/** Renew answers with an empty body, so read the session again for its new expiry. */
export function renewSessionMutationOptions(api: ApiClient) {
  return mutationOptions({
    mutationKey: [...skahaKeys.sessions(), 'renew'],
    mutationFn: async (id: string) => {
      const path = `/v1/session/${encodeURIComponent(id)}`;
      await api.request('skaha', path, { method: 'POST', form: new URLSearchParams({ action: 'renew' }) });
      return api.json('skaha', path, sessionSchema);
    },
    onSuccess: (session, id, _result, context) => {
      context.client.setQueryData(skahaKeys.session(id), session);
      return context.client.invalidateQueries({ queryKey: skahaKeys.sessionLists() });
    },
  });
}
