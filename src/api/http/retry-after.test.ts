import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { standaloneServer } from '@/test/standalone-server';
import { ApiError } from './api-error';
import { createApiClient } from './client';

const ORIGIN = 'http://portal.test';
const server = standaloneServer();

const api = createApiClient({
  services: {
    skaha: `${ORIGIN}/skaha`,
    storage: `${ORIGIN}/arc`,
    ac: `${ORIGIN}/ac`,
    harbor: `${ORIGIN}/harbor`,
    usage: `${ORIGIN}/prometheus`,
  },
  getToken: () => 'tok',
  onUnauthorized: () => undefined,
});

describe('a failure the service says when to retry', () => {
  it('carries its Retry-After, and none when it sent none', async () => {
    server.use(
      http.get(`${ORIGIN}/skaha/v1/session`, () =>
        HttpResponse.text('Transient: too many requests\n', {
          status: 503,
          headers: { 'Retry-After': '12' },
        }),
      ),
      http.get(`${ORIGIN}/skaha/v1/image`, () => HttpResponse.text('down\n', { status: 503 })),
    );
    const failure = await api.text('skaha', '/v1/session').catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 503, retryAfter: '12' });
    const plain = await api.text('skaha', '/v1/image').catch((caught: unknown) => caught);
    expect(plain).toMatchObject({ status: 503, retryAfter: undefined });
  });
});
