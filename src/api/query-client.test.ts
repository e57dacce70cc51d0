// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorKind } from './http/api-error';
import { shouldRetry } from './query-client';

const error = (kind: ApiErrorKind, status = 0) =>
  new ApiError({ service: 'skaha', kind, status, message: '' });

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
});
