import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/api/api-context';
import { pollAfter } from '@/api/backoff';
import {
  contextQueryOptions,
  imageListQueryOptions,
  platformStatsQueryOptions,
  repositoryHostsQueryOptions,
} from '@/api/skaha/platform-queries';
import { sessionListQueryOptions } from '@/api/skaha/session-queries';
import type { Session } from '@/api/skaha/session-schemas';
import { isSessionAccessDenied } from '@/api/skaha/access';
import { allocationFraction, allocationQueryOptions, homePath } from '@/api/storage/allocation-queries';
import { useCurrentUser } from '@/auth/auth-context';
import { intervalPerState, unchangedFor } from '@/lib/slowing-poll';
import { listSignature, pollInterval } from '../dashboard/poll-interval';
import { offeredBy, type LaunchInputs } from './launch-inputs';

/** What the form's checks read from the platform (launch-inputs.ts). */
type LoadedInputs = Pick<
  LaunchInputs,
  'images' | 'sessions' | 'context' | 'hosts' | 'homeFraction' | 'unchecked'
>;

const isStarting = (session: Session) => session.status === 'Pending';

/** What the launch form reads from the platform, and what the page makes of it. */
export function useLaunchData() {
  const api = useApi();
  const user = useCurrentUser();
  const images = useQuery(imageListQueryOptions(api));
  const context = useQuery(contextQueryOptions(api));
  const hosts = useQuery(repositoryHostsQueryOptions(api));
  const stats = useQuery({ ...platformStatsQueryOptions(api), retry: false });
  // While a session is starting, the list is read again at the dashboard's pace: the form's notices (a taken
  // name's "starting" becoming "running" with Open, the session limit) follow it. With nothing starting, the
  // list changes only through what the user does, which refetches it: no poll then.
  const sessions = useQuery({
    ...sessionListQueryOptions(api),
    refetchInterval: (query) =>
      intervalPerState(query, 'launch', () => {
        const list = query.state.data;
        if (!list?.some(isStarting)) return false;
        return pollAfter(pollInterval(list, false, unchangedFor(query, listSignature(list))), query);
      }),
  });
  const home = useQuery(allocationQueryOptions(api, homePath(user.username)));
  const homeFraction = home.data ? allocationFraction(home.data) : undefined;
  const loaded: LoadedInputs = {
    images: images.data,
    sessions: sessions.data,
    context: context.data,
    hosts: hosts.data,
    homeFraction,
    unchecked: [sessions, context].some((query) => query.isError && query.data === undefined),
  };
  return {
    images,
    context,
    hosts,
    stats,
    sessions,
    homeFraction,
    loaded,
    offered: offeredBy(context.data),
    loadError: [images, context, hosts, sessions].find((query) => query.isError),
    accessDenied: [sessions, context, images].find(
      (query) => query.data === undefined && isSessionAccessDenied(query.error),
    ),
  };
}
