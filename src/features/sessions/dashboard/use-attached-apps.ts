import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/api/api-context';
import { desktopAppsQueryOptions } from '@/api/skaha/session-queries';

/**
 * Whether apps are attached to a desktop, which changes what skaha answers for its events and logs: it selects
 * the pods by the session's labels, which the apps' pods carry too (SessionLabels.forSession). The events of
 * several pods are never found, so `<none>` (SessionAction.getEvents); the logs are every pod's, one after
 * another (SessionAction.streamPodLogs). Not a desktop, or the apps unknown: no apps.
 */
export function useAttachedApps(id: string, type: string): { isPending: boolean; hasApps: boolean } {
  const api = useApi();
  const isDesktop = type === 'desktop';
  const apps = useQuery({ ...desktopAppsQueryOptions(api, id), enabled: isDesktop });
  return { isPending: isDesktop && apps.isPending, hasApps: (apps.data?.length ?? 0) > 0 };
}
