// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/http/api-error';
import { PartialLaunchError } from '@/api/skaha/session-mutations';
import { sessionSchema, type Session } from '@/api/skaha/session-schemas';
import { CLOCK_SKEW_MS, findLaunched, isOutcomeUnknown } from './launch-outcome';

const skaha = (status: number, message: string) =>
  new ApiError({ service: 'skaha', kind: 'http', status, message });

describe('isOutcomeUnknown', () => {
  it('is unknown without an answer of skaha’s own', () => {
    for (const kind of ['timeout', 'network', 'malformed'] as const)
      expect(isOutcomeUnknown(new ApiError({ service: 'skaha', kind, status: 0, message: 'x' }))).toBe(true);
    for (const status of [500, 502, 503, 504])
      expect(isOutcomeUnknown(skaha(status, 'Bad Gateway'))).toBe(true);
    expect(isOutcomeUnknown(new PartialLaunchError(skaha(504, 'Gateway Timeout'), ['a1']))).toBe(true);
  });

  it('is known for skaha’s refusals, an expired sign-in and skaha’s 503 about its resources', () => {
    for (const status of [400, 401, 403, 404, 409])
      expect(isOutcomeUnknown(skaha(status, 'refused'))).toBe(false);
    expect(isOutcomeUnknown(skaha(503, 'Insufficient resources to start the session'))).toBe(false);
    expect(isOutcomeUnknown(new Error('not from a service'))).toBe(false);
  });
});

describe('findLaunched', () => {
  const sentAt = Date.parse('2026-08-18T14:00:00Z');
  const session = (fields: Record<string, unknown>): Session =>
    sessionSchema.parse({
      id: 'new00001',
      type: 'notebook',
      status: 'Pending',
      name: 'notebook2',
      image: 'images.canfar.net/skaha/astroml-notebook:26.03',
      ...fields,
    });
  const request = {
    name: 'Notebook2',
    type: 'notebook',
    image: 'images.canfar.net/skaha/astroml-notebook:26.03',
  } as const;
  const sent = { request, sentAt, knownIds: new Set(['old00001']) };

  it('finds the session by the name as sent (lower-cased), type and image, queued or started since', () => {
    expect(findLaunched([session({})], sent)?.id).toBe('new00001');
    expect(findLaunched([session({ startTime: '2026-08-18T14:00:05Z' })], sent)).toBeDefined();
    // the browser's clock may be ahead of skaha's
    expect(findLaunched([session({ startTime: '2026-08-18T13:58:00Z' })], sent)).toBeDefined();
  });

  it('finds it under the name skaha lists for the one sent: cut to 63 characters, then to a letter or digit', () => {
    const cut = { ...sent, request: { ...request, name: `${'A'.repeat(62)}-b` } };
    expect(findLaunched([session({ name: 'a'.repeat(62) })], cut)?.id).toBe('new00001');
    expect(findLaunched([session({ name: `${'a'.repeat(62)}-` })], cut)).toBeUndefined();
  });

  it('reads a start on the minute, which skaha prints without its seconds (OffsetDateTime.toString)', () => {
    const onTheMinute = session({ startTime: '2026-08-18T14:02Z' });
    expect(onTheMinute.startTime).toBe(Date.parse('2026-08-18T14:02:00Z'));
    expect(session({ startTime: '2026-08-18T14:02:11Z' }).startTime).toBe(
      Date.parse('2026-08-18T14:02:11.000Z'),
    );
    expect(findLaunched([onTheMinute], sent)).toBeDefined();
  });

  it('ignores a session listed before, started long before, or of another name, type or image', () => {
    expect(findLaunched([session({ id: 'old00001' })], sent)).toBeUndefined();
    const before = new Date(sentAt - CLOCK_SKEW_MS - 1_000).toISOString();
    expect(findLaunched([session({ startTime: before })], { ...sent, knownIds: undefined })).toBeUndefined();
    expect(findLaunched([session({ name: 'notebook3' })], sent)).toBeUndefined();
    expect(findLaunched([session({ type: 'carta' })], sent)).toBeUndefined();
    expect(findLaunched([session({ image: 'images.canfar.net/skaha/other:1' })], sent)).toBeUndefined();
  });
});
