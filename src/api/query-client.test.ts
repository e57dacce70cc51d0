// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { retryDelay } from './backoff';
import { ApiError, type ApiErrorKind } from './http/api-error';
import { createQueryClient, shouldRetry } from './query-client';

const error = (kind: ApiErrorKind, status = 0, retryAfter?: string) =>
  new ApiError({ service: 'skaha', kind, status, message: '', retryAfter });

describe('shouldRetry', () => {
  it('retries twice what may pass on its own: no answer, 5xx', () => {
    expect(shouldRetry(0, error('network'))).toBe(true);
    expect(shouldRetry(1, error('http', 503))).toBe(true);
    expect(shouldRetry(2, error('http', 500))).toBe(false);
  });

  it('never retries a refusal, a malformed answer or a timeout the user already waited through', () => {
    expect(shouldRetry(0, error('http', 401))).toBe(false);
    expect(shouldRetry(0, error('http', 404))).toBe(false);
    expect(shouldRetry(0, error('malformed', 200))).toBe(false);
    expect(shouldRetry(0, error('timeout'))).toBe(false);
    expect(shouldRetry(0, new Error('not an API error'))).toBe(false);
  });

  it('retries a proxy’s 429 too, but not when the service asks to wait longer than a retry would', () => {
    expect(shouldRetry(0, error('http', 429, '2'))).toBe(true);
    expect(shouldRetry(0, error('http', 503, '30'))).toBe(true);
    expect(shouldRetry(0, error('http', 503, '120'))).toBe(false);
  });
});

describe('a usage query refused for its cost', () => {
  const prometheus = (status: number, errorType: string, message: string) =>
    new ApiError({
      service: 'usage',
      kind: 'http',
      status,
      message,
      body: JSON.stringify({ status: 'error', errorType, error: message }),
    });

  it('is not asked again: its timeout would be waited through again, its samples refused again', () => {
    expect(shouldRetry(0, prometheus(503, 'timeout', 'query timed out in query execution'))).toBe(false);
    expect(
      shouldRetry(
        0,
        prometheus(422, 'execution', 'query processing would load too many samples into memory'),
      ),
    ).toBe(false);
    // the service down for a moment is still retried
    expect(shouldRetry(0, prometheus(503, 'unavailable', 'Service Unavailable'))).toBe(true);
  });
});

describe('the query client', () => {
  it('retries reads after the jittered delay that honours Retry-After', () => {
    expect(createQueryClient().getDefaultOptions().queries?.retryDelay).toBe(retryDelay);
  });
});
