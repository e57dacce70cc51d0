import { useIsMutating, useQuery } from '@tanstack/react-query';
import { useApi } from '@/api/api-context';
import { skahaKeys } from '@/api/skaha/skaha-keys';
import { sessionListQueryOptions } from '@/api/skaha/session-queries';
import { pollInterval } from './poll-interval';

/** The caller's sessions, polled adaptively, paused in a hidden tab, refreshed when the tab regains focus. */
export function useSessions() {
  const api = useApi();
  const mutating = useIsMutating({ mutationKey: skahaKeys.sessions() }) > 0;
  return useQuery({
    ...sessionListQueryOptions(api),
    refetchInterval: (query) => pollInterval(query.state.data, mutating),
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
  });
}
