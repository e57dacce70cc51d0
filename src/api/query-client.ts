import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './http/api-error';

/**
 * Retry what may pass on its own (no answer, 5xx), never what the service refused (4xx). A timeout is not
 * retried: the user has already waited the whole timeout, and the message offers "Try again".
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2 || !isApiError(error)) return false;
  return error.kind === 'network' || (error.kind === 'http' && error.status >= 500);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // `always`: offline, a call fails at once and says so ("You appear to be offline") instead of
      // waiting silently, paused, behind a spinner; coming back online still refetches stale data.
      queries: { retry: shouldRetry, staleTime: 10_000, networkMode: 'always' },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
