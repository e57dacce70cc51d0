import type { QueryState } from '@tanstack/react-query';
import { isApiError } from './http/api-error';

/** The first automatic retry waits 0.5–1 s, each next one twice as long, never more than the cap. */
export const RETRY_BASE_MS = 1_000;
export const RETRY_CAP_MS = 30_000;
/** The longest a failing poll waits before it asks again, unless the service asked for longer. */
export const ERROR_POLL_CAP_MS = 120_000;
/** The longest a poll waits out a `Retry-After`: a mistaken day-long one must not stop the page for a day. */
export const RETRY_AFTER_POLL_CAP_MS = 600_000;

/**
 * How long the service asked to be left alone (`Retry-After`: seconds, or an HTTP date), in milliseconds;
 * undefined when it did not say, or said something unreadable.
 */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
  if (!isApiError(error) || error.retryAfter === undefined) return undefined;
  const value = error.retryAfter.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * TanStack Query's `retryDelay`. Equal jitter (half the exponential step, plus a random part of the other
 * half): sixty trainees whose calls failed together do not all come back in the same instant, and none
 * retries at once. A `Retry-After` is waited out, plus up to a second of jitter (`shouldRetry` gives up on
 * one longer than the cap).
 */
export function retryDelay(failureCount: number, error: unknown, random: () => number = Math.random): number {
  const asked = retryAfterMs(error);
  if (asked !== undefined) return asked + random() * RETRY_BASE_MS;
  const step = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** failureCount);
  return step / 2 + (random() * step) / 2;
}

type PolledState = Pick<
  QueryState<unknown, unknown>,
  'status' | 'error' | 'dataUpdatedAt' | 'errorUpdatedAt' | 'errorUpdateCount'
>;

/** A polled query: TanStack Query's `Query`, whose identity outlives its changing state. */
export interface PolledQuery {
  readonly state: PolledState;
}

const failuresSeen = new WeakMap<PolledQuery, { lastSuccess: number; firstFailure: number }>();

/** When the failures since the query's last success began: the first of them seen here. */
function firstFailureAt(query: PolledQuery): number {
  const { dataUpdatedAt, errorUpdatedAt } = query.state;
  const seen = failuresSeen.get(query);
  if (seen?.lastSuccess === dataUpdatedAt && seen.firstFailure <= errorUpdatedAt) return seen.firstFailure;
  failuresSeen.set(query, { lastSuccess: dataUpdatedAt, firstFailure: errorUpdatedAt });
  return errorUpdatedAt;
}

/**
 * The wait before the next poll of a query polled every `intervalMs`. While it fails, each poll waits as long
 * as the query has been failing (so the wait doubles), up to two minutes (or the interval itself if longer),
 * and at least what the service asked for (up to ten minutes): an overloaded service is not asked as often
 * as a healthy one by every open tab. The failing is counted from an interval before its first failure, not
 * from the last success: a laptop that slept an hour would otherwise count the hour, and wait two minutes
 * after the first poll on waking failed.
 */
export function pollAfter(intervalMs: number | false, query: PolledQuery, now = Date.now()): number | false {
  const { state } = query;
  if (intervalMs === false || state.status !== 'error') return intervalMs;
  const failingFor =
    state.dataUpdatedAt > 0
      ? Math.min(
          state.errorUpdatedAt - state.dataUpdatedAt,
          state.errorUpdatedAt - firstFailureAt(query) + intervalMs,
        )
      : intervalMs * (2 ** state.errorUpdateCount - 1);
  const backedOff = Math.min(Math.max(intervalMs, ERROR_POLL_CAP_MS), intervalMs + Math.max(0, failingFor));
  return Math.max(backedOff, Math.min(RETRY_AFTER_POLL_CAP_MS, retryAfterMs(state.error, now) ?? 0));
}
