// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ERROR_POLL_CAP_MS,
  RETRY_AFTER_POLL_CAP_MS,
  RETRY_CAP_MS,
  pollAfter,
  type PolledQuery,
  retryAfterMs,
  retryDelay,
} from './backoff';
import { ApiError } from './http/api-error';

const unavailable = (retryAfter?: string) =>
  new ApiError({ service: 'skaha', kind: 'http', status: 503, message: 'busy', retryAfter });

const lowest = () => 0;
const highest = () => 0.999_999;

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-08-18T14:00:00Z');
    expect(retryAfterMs(unavailable('7'), now)).toBe(7_000);
    expect(retryAfterMs(unavailable('Tue, 18 Aug 2026 14:00:20 GMT'), now)).toBe(20_000);
    expect(retryAfterMs(unavailable('Tue, 18 Aug 2026 13:59:00 GMT'), now)).toBe(0);
    expect(retryAfterMs(unavailable('soon'), now)).toBeUndefined();
    expect(retryAfterMs(unavailable(), now)).toBeUndefined();
    expect(retryAfterMs(new Error('7'), now)).toBeUndefined();
  });
});

describe('the delay before an automatic retry', () => {
  it('is jittered between half and all of a step that doubles, never zero', () => {
    const error = unavailable();
    expect(retryDelay(0, error, lowest)).toBe(500);
    expect(retryDelay(0, error, highest)).toBeCloseTo(1_000, 0);
    expect(retryDelay(1, error, lowest)).toBe(1_000);
    expect(retryDelay(1, error, highest)).toBeCloseTo(2_000, 0);
    const draws = [0.1, 0.5, 0.9].map((value) => retryDelay(1, error, () => value));
    expect(new Set(draws).size).toBe(3);
  });

  it('never waits more than the cap', () => {
    expect(retryDelay(10, unavailable(), highest)).toBeLessThanOrEqual(RETRY_CAP_MS);
    expect(retryDelay(10, unavailable(), lowest)).toBe(RETRY_CAP_MS / 2);
  });

  it('waits out what the service asked for, plus up to a second', () => {
    expect(retryDelay(0, unavailable('5'), lowest)).toBe(5_000);
    expect(retryDelay(0, unavailable('5'), highest)).toBeCloseTo(6_000, 0);
  });
});

describe('a poll while its query fails', () => {
  const success = {
    status: 'success' as const,
    error: null,
    dataUpdatedAt: 1_000,
    errorUpdatedAt: 0,
    errorUpdateCount: 0,
  };

  it('keeps its interval while the query succeeds, and polls nothing when it was not polling', () => {
    expect(pollAfter(3_000, { state: success })).toBe(3_000);
    expect(pollAfter(false, { state: { ...success, status: 'error' } })).toBe(false);
  });

  /** One query whose polls fail at these times after its last success (at 1 s), and the wait after each. */
  function waitsAfterFailures(intervalMs: number, failedAfter: readonly number[]) {
    const query = { state: success as PolledQuery['state'] };
    return failedAfter.map((since) => {
      query.state = { ...success, status: 'error', error: unavailable(), errorUpdatedAt: 1_000 + since };
      return pollAfter(intervalMs, query);
    });
  }

  it('waits as long again as the query has been failing, so the wait doubles, up to a cap', () => {
    // each poll when the wait before it ran out: 3 s, then 6 s, 12 s, 24 s … later
    expect(waitsAfterFailures(3_000, [3_000, 9_000, 21_000, 45_000, 93_000, 189_000])).toEqual([
      6_000,
      12_000,
      24_000,
      48_000,
      96_000,
      ERROR_POLL_CAP_MS,
    ]);
    // a poll already slower than the cap is not made faster
    expect(waitsAfterFailures(300_000, [300_000])).toEqual([300_000]);
  });

  it('counts from the first failure, not the last success, when the two are far apart (a laptop’s sleep)', () => {
    // an hour asleep: the first poll on waking fails, then the one after it
    expect(waitsAfterFailures(3_000, [3_600_000, 3_606_000])).toEqual([6_000, 12_000]);
  });

  it('counts afresh once the query has succeeded again', () => {
    const query = { state: success as PolledQuery['state'] };
    const failAt = (dataUpdatedAt: number, errorUpdatedAt: number) => {
      query.state = { ...success, status: 'error', error: unavailable(), dataUpdatedAt, errorUpdatedAt };
      return pollAfter(3_000, query);
    };
    expect([failAt(1_000, 4_000), failAt(1_000, 10_000), failAt(40_000, 43_000)]).toEqual([
      6_000, 12_000, 6_000,
    ]);
  });

  it('doubles with each failure when the query never succeeded', () => {
    const never = (count: number) => ({
      state: {
        status: 'error' as const,
        error: unavailable(),
        dataUpdatedAt: 0,
        errorUpdatedAt: 5_000,
        errorUpdateCount: count,
      },
    });
    expect([1, 2, 3].map((count) => pollAfter(3_000, never(count)))).toEqual([6_000, 12_000, 24_000]);
  });

  it('waits at least what the service asked for, up to ten minutes', () => {
    const asked = (retryAfter: string) => ({
      state: {
        status: 'error' as const,
        error: unavailable(retryAfter),
        dataUpdatedAt: 1_000,
        errorUpdatedAt: 4_000,
        errorUpdateCount: 1,
      },
    });
    expect(pollAfter(3_000, asked('90'))).toBe(90_000);
    expect(pollAfter(3_000, asked('86400'))).toBe(RETRY_AFTER_POLL_CAP_MS);
  });
});
