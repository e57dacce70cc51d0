import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../http/client';
import { skahaKeys } from './skaha-keys';
import {
  contextSchema,
  imageListSchema,
  platformStatsSchema,
  repositoryHostsSchema,
} from './platform-schemas';

const FIVE_MINUTES = 5 * 60_000;

export function platformStatsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: skahaKeys.stats(),
    queryFn: ({ signal }) =>
      api.json('skaha', '/v1/session', platformStatsSchema, { query: { view: 'stats' }, signal }),
  });
}

/** Launchable images (skaha's cache of labelled public Harbor artifacts), optionally of one type. */
export function imageListQueryOptions(api: ApiClient, type?: string) {
  return queryOptions({
    queryKey: skahaKeys.images(type),
    queryFn: ({ signal }) => api.json('skaha', '/v1/image', imageListSchema, { query: { type }, signal }),
    staleTime: FIVE_MINUTES,
  });
}

export function contextQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: skahaKeys.context(),
    queryFn: ({ signal }) => api.json('skaha', '/v1/context', contextSchema, { signal }),
    staleTime: FIVE_MINUTES,
  });
}

export function repositoryHostsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: skahaKeys.repositories(),
    queryFn: ({ signal }) => api.json('skaha', '/v1/repository', repositoryHostsSchema, { signal }),
    staleTime: FIVE_MINUTES,
  });
}
