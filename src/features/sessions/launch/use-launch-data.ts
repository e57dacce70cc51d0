import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/api/api-context';
import {
  contextQueryOptions,
  imageListQueryOptions,
  platformStatsQueryOptions,
  repositoryHostsQueryOptions,
} from '@/api/skaha/platform-queries';
import { sessionListQueryOptions } from '@/api/skaha/session-queries';
import { isSessionAccessDenied } from '@/api/skaha/access';
import { allocationFraction, allocationQueryOptions, homePath } from '@/api/storage/allocation-queries';
import { useCurrentUser } from '@/auth/auth-context';
import { offeredBy, type LaunchInputs } from './launch-inputs';

/** What the form's checks read from the platform (launch-inputs.ts). */
type LoadedInputs = Pick<
  LaunchInputs,
  'images' | 'sessions' | 'context' | 'hosts' | 'homeFraction' | 'unchecked'
>;

/** What the launch form reads from the platform, and what the page makes of it. */
export function useLaunchData() {
  const api = useApi();
  const user = useCurrentUser();
  const images = useQuery(imageListQueryOptions(api));
  const context = useQuery(contextQueryOptions(api));
  const hosts = useQuery(repositoryHostsQueryOptions(api));
  const stats = useQuery({ ...platformStatsQueryOptions(api), retry: false });
  const sessions = useQuery(sessionListQueryOptions(api));
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
