import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { getPlatform, tokenFor } from '@/test/fake-platform';
import { createTestApi } from '@/test/test-api';
import { harborClient } from './harbor-access';
import {
  labelListQueryOptions,
  projectListQueryOptions,
  searchQueryOptions,
  systemInfoQueryOptions,
  tagListQueryOptions,
} from './harbor-queries';

const queryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('Harbor through the fake platform', () => {
  it('browses anonymously when the token source says none, whatever the portal sign-in', async () => {
    const unauthorized: string[] = [];
    const api = createTestApi(tokenFor('jdoe'), () => unauthorized.push('expired'));
    const anonymous = harborClient(api, () => null);
    const page = await queryClient().query(projectListQueryOptions(anonymous, { pageSize: 100 }));
    expect(page.items.map((project) => project.name)).not.toContain('survey-team');
    const signedIn = harborClient(api, () => undefined);
    const member = await queryClient().query(projectListQueryOptions(signedIn, { pageSize: 100 }));
    expect(member.items.map((project) => project.name)).toContain('survey-team');
    expect(member.total).toBe(page.total + 1);
    // A token of its own (the OIDC ID token) replaces the portal's.
    const own = harborClient(createTestApi(undefined), () => tokenFor('mchen'));
    const pi = await queryClient().query(projectListQueryOptions(own, { pageSize: 100 }));
    expect(pi.items.map((project) => project.name)).toContain('lensing-lab');
    expect(unauthorized).toEqual([]);
    expect(getPlatform().harbor.seedTime).toBeGreaterThan(0);
  });

  it('reads labels, search, an artifact’s tags a page at a time and the registry host', async () => {
    const api = harborClient(createTestApi(undefined), () => null);
    const labels = await queryClient().query(labelListQueryOptions(api, { scope: 'g' }));
    expect(labels.items.find((label) => label.name === 'notebook')).toMatchObject({ id: 4, scope: 'g' });
    const search = await queryClient().query(searchQueryOptions(api, 'carta'));
    expect(search.repository.map((repository) => repository.repository_name)).toContain('skaha/carta');
    const tags = await queryClient().query(
      tagListQueryOptions(api, 'skaha', 'team/astroml-gpu', 'latest', { pageSize: 1 }),
    );
    expect(tags).toMatchObject({ total: 2, next: 2, items: [{ name: '26.03-cuda12' }] });
    const info = await queryClient().query(systemInfoQueryOptions(api));
    expect(info.registry_url).toBe('images.canfar.net');
  });
});
