import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../http/client';
import { LABEL, duration, scopeMatchers } from './promql';
import type { FigureRequest } from './usage-figures';
import { usageFetcher } from './usage-queries';
import { usageKeys } from './usage-keys';
import { windowSpans } from './usage-windows';

/** `canfar.net/name` as kube-state-metrics exports it (skaha ≥ 1.4.0, platform-api §10.3). */
export const NAME_LABEL = 'label_canfar_net_name';

/** Session id → the name its owner gave it, for the sessions of a scope seen in the window. */
export function sessionNamesQuery(request: Pick<FigureRequest, 'scope' | 'window'>): string {
  const range = duration(windowSpans[request.window].seconds);
  return `count by (${LABEL.id}, ${NAME_LABEL}) (max_over_time(kube_pod_labels${scopeMatchers(request.scope)}[${range}]))`;
}

/**
 * The names of a scope's sessions, so the pages name them as their owners do with the id second. A session
 * without the label (launched before skaha 1.4.0) has no entry, and is shown by its id.
 */
export function sessionNamesQueryOptions(api: ApiClient, request: FigureRequest) {
  const fetcher = usageFetcher(api);
  return queryOptions({
    queryKey: usageKeys.figure('session-names', request),
    queryFn: async ({ signal }): Promise<Map<string, string>> => {
      const result = await fetcher.instant(sessionNamesQuery(request), request.time, signal);
      const names = new Map<string, string>();
      for (const sample of result.samples) {
        const id = sample.metric[LABEL.id];
        const name = sample.metric[NAME_LABEL];
        if (id && name) names.set(id, name);
      }
      return names;
    },
    staleTime: 60_000,
  });
}
