import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../http/client';
import { instantQuerySchema, rangeQuerySchema, rulesSchema } from './prometheus-schemas';
import { usageKeys } from './usage-keys';

const ONE_MINUTE = 60_000;

/** Prometheus reads times as unix seconds (fractions allowed); the app keeps epoch milliseconds. */
const seconds = (epochMs: number) => String(epochMs / 1000);

/**
 * `POST /api/v1/query`: PromQL expressions are long, and a form body keeps them out of URLs and logs.
 * `time` is epoch milliseconds; without it the server evaluates at its own now.
 */
export function instantQueryOptions(api: ApiClient, query: string, time?: number) {
  const fetcher = usageFetcher(api);
  return queryOptions({
    queryKey: usageKeys.instant(query, time),
    queryFn: ({ signal }) => fetcher.instant(query, time, signal),
    staleTime: ONE_MINUTE,
  });
}

/**
 * `POST /api/v1/query_range`: `start` and `end` are epoch milliseconds, `step` seconds or a Prometheus
 * duration ("1h").
 */
export function rangeQueryOptions(
  api: ApiClient,
  query: string,
  start: number,
  end: number,
  step: number | string,
) {
  const fetcher = usageFetcher(api);
  return queryOptions({
    queryKey: usageKeys.range(query, start, end, step),
    queryFn: ({ signal }) => fetcher.range(query, start, end, step, signal),
    staleTime: ONE_MINUTE,
  });
}

/** The Prometheus calls, bound to the portal's API client (which stays out of the query keys). */
export function usageFetcher(api: ApiClient) {
  return {
    instant: (query: string, time: number | undefined, signal?: AbortSignal) => {
      const form = new URLSearchParams({ query });
      if (time !== undefined) form.set('time', seconds(time));
      return api.json('usage', '/api/v1/query', instantQuerySchema, { method: 'POST', form, signal });
    },
    range: (query: string, start: number, end: number, step: number | string, signal?: AbortSignal) => {
      const form = new URLSearchParams({
        query,
        start: seconds(start),
        end: seconds(end),
        step: String(step),
      });
      return api.json('usage', '/api/v1/query_range', rangeQuerySchema, { method: 'POST', form, signal });
    },
    /** The names of the recording rules the service evaluates. */
    recordingRules: (signal?: AbortSignal) =>
      api.json('usage', '/api/v1/rules', rulesSchema, { query: { type: 'record' }, signal }),
  };
}
