import { useIsMutating, useQuery } from '@tanstack/react-query';
import { useApi } from '@/api/api-context';
import { pollAfter } from '@/api/backoff';
import { skahaKeys } from '@/api/skaha/skaha-keys';
import { sessionListQueryOptions } from '@/api/skaha/session-queries';
import { intervalPerState, unchangedFor } from '@/lib/slowing-poll';
import { listSignature, pollInterval } from './poll-interval';

/**
 * The caller's sessions, polled adaptively (slower the longer a Pending session waits, slower still while
 * skaha fails), paused in a hidden tab, refreshed when the tab regains focus.
 */
export function useSessions() {
  const api = useApi();
  const mutating = useIsMutating({ mutationKey: skahaKeys.sessions() }) > 0;
  return useQuery({
    ...sessionListQueryOptions(api),
    refetchInterval: (query) =>
      intervalPerState(query, String(mutating), () => {
        const unchanged = unchangedFor(query, listSignature(query.state.data));
        return pollAfter(pollInterval(query.state.data, mutating, unchanged), query);
      }),
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
  });
}
