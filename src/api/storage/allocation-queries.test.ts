import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { resetFakePlatform, tokenFor } from '@/test/fake-platform';
import { createTestApi } from '@/test/test-api';
import { ApiError } from '../http/api-error';
import { allocationFraction, allocationQueryOptions, homePath, isNodeNotFound } from './allocation-queries';

const GiB = 1024 ** 3;
const queryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('allocation query', () => {
  it('reads the home folder’s length and quota from its node, without children', async () => {
    const api = createTestApi(tokenFor('jdoe'));
    const allocation = await queryClient().query(allocationQueryOptions(api, homePath('jdoe')));
    expect(allocation).toEqual({ path: '/home/jdoe', used: 20 * GiB, quota: 100 * GiB, exists: true });
    expect(allocationFraction(allocation)).toBeCloseTo(0.2);
  });

  it('sees a full home in the home-full scenario', async () => {
    resetFakePlatform('home-full');
    const api = createTestApi(tokenFor('jdoe'));
    const allocation = await queryClient().query(allocationQueryOptions(api, '/home/jdoe/'));
    expect(allocationFraction(allocation)).toBe(1);
  });

  it('answers that a brand-new user’s home does not exist yet, rather than failing', async () => {
    resetFakePlatform('new-user');
    const api = createTestApi(tokenFor('jdoe'));
    const allocation = await queryClient().query(allocationQueryOptions(api, homePath('jdoe')));
    expect(allocation).toEqual({ path: '/home/jdoe', used: undefined, quota: undefined, exists: false });
    expect(allocationFraction(allocation)).toBeUndefined();
  });

  it('answers that a folder named as cavern cannot address has none it can serve, sending nothing', async () => {
    const api = createTestApi(tokenFor('jdoe'));
    const allocation = await queryClient().query(allocationQueryOptions(api, '/projects/x"} or vector(1) #'));
    expect(allocation).toMatchObject({ used: undefined, quota: undefined, exists: false });
  });

  it('has no fraction when the deployment reports no quota, or a quota of nothing', () => {
    expect(allocationFraction({ path: '/home/x', used: 5, quota: undefined, exists: true })).toBeUndefined();
    expect(allocationFraction({ path: '/home/x', used: 5, quota: 0, exists: true })).toBeUndefined();
    expect(allocationFraction({ path: '/home/x', used: 0, quota: 10, exists: true })).toBe(0);
  });

  it('takes only the storage service’s 404 for a folder that does not exist', () => {
    const error = (service: 'storage' | 'harbor', kind: 'http' | 'malformed', status: number) =>
      new ApiError({ service, kind, status, message: 'NodeNotFound: /home/x' });
    expect(isNodeNotFound(error('storage', 'http', 404))).toBe(true);
    expect(isNodeNotFound(error('storage', 'http', 403))).toBe(false);
    expect(isNodeNotFound(error('storage', 'http', 500))).toBe(false);
    expect(isNodeNotFound(error('harbor', 'http', 404))).toBe(false);
    expect(isNodeNotFound(error('storage', 'malformed', 404))).toBe(false);
    expect(isNodeNotFound(new Error('NodeNotFound'))).toBe(false);
  });
});
