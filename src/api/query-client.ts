import { QueryClient } from '@tanstack/react-query';
import { RETRY_CAP_MS, retryAfterMs, retryDelay } from './backoff';
import { isApiError } from './http/api-error';
import { isQueryTooCostly } from './usage/query-cost';

/**
 * Retry what may pass on its own (no answer, 5xx, a proxy's 429), never what the service refused (other 4xx).
 * A timeout is not retried: the user has already waited the whole timeout, and the message offers "Try again".
 * Nor is a failure whose `Retry-After` asks for longer than a retry would wait: the message says it at once.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2 || !isApiError(error)) return false;
  if ((retryAfterMs(error) ?? 0) > RETRY_CAP_MS) return false;
  // a query the usage service refused for its cost costs the same again, its timeout included
  if (isQueryTooCostly(error)) return false;
  return error.kind === 'network' || (error.kind === 'http' && (error.status >= 500 || error.status === 429));
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // `always`: offline, a call fails at once and says so ("You appear to be offline") instead of
      // waiting silently, paused, behind a spinner; coming back online still refetches stale data.
      queries: { retry: shouldRetry, retryDelay, staleTime: 10_000, networkMode: 'always' },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
