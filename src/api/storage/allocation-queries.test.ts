import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { resetFakePlatform, tokenFor } from '@/test/fake-platform';
import { createTestApi } from '@/test/test-api';
import { allocationFraction, allocationQueryOptions, homePath } from './allocation-queries';

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

  it('has no fraction when the deployment reports no quota', () => {
    expect(allocationFraction({ path: '/home/x', used: 5, quota: undefined, exists: true })).toBeUndefined();
  });
});
