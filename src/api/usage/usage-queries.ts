import { queryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { ApiClient } from '../http/client';
import { instantQuerySchema, rangeQuerySchema, rulesSchema } from './prometheus-schemas';
import { usageKeys } from './usage-keys';

const ONE_MINUTE = 60_000;

/** Prometheus reads times as unix seconds (fractions allowed); the app keeps epoch milliseconds. */
const seconds = (epochMs: number) => String(epochMs / 1000);

/**
 * `POST /api/v1/query`: PromQL expressions are long, and a form body keeps them out of URLs and logs.
 * `time` is epoch milliseconds; without it the server evaluates at its own now. An answer for a given instant
 * does not change, so it is never asked again (not on focus, not on reconnect); one for now is, after a minute.
 */
export function instantQueryOptions(api: ApiClient, query: string, time?: number) {
  const fetcher = usageFetcher(api);
  return queryOptions({
    queryKey: usageKeys.instant(query, time),
    queryFn: ({ signal }) => fetcher.instant(query, time, signal),
    staleTime: time === undefined ? ONE_MINUTE : Infinity,
  });
}

/**
 * `POST /api/v1/query_range`: `start` and `end` are epoch milliseconds, `step` seconds or a Prometheus
 * duration ("1h"). Between fixed instants, so never asked again.
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
    staleTime: Infinity,
  });
}

/**
 * The calls of a figure made of several, each through the query cache: when one of a batch fails, retrying
 * the figure sends again only what did not answer. Each call itself is not retried (the figure is), and the
 * figure's `signal` (the page left, the period changed) still stops the calls in flight.
 */
export function cachedUsageFetcher(client: QueryClient, api: ApiClient, signal: AbortSignal) {
  const stopOnAbort = (queryKey: QueryKey) => {
    signal.addEventListener('abort', () => void client.cancelQueries({ queryKey, exact: true }), {
      once: true,
    });
  };
  return {
    instant: (query: string, time: number) => {
      const options = instantQueryOptions(api, query, time);
      stopOnAbort(options.queryKey);
      return client.query({ ...options, retry: false });
    },
    range: (query: string, start: number, end: number, step: number | string) => {
      const options = rangeQueryOptions(api, query, start, end, step);
      stopOnAbort(options.queryKey);
      return client.query({ ...options, retry: false });
    },
  };
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
