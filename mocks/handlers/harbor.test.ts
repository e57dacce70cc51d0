// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getPlatform } from '../node';
import { catalogFor } from '../platform/harbor/catalog';
import { call, runAgainstFakePlatform } from '../test-helpers';

runAgainstFakePlatform();

const API = '/harbor/api/v2.0';
const anonymous = { token: '' };
const names = async (response: Response) =>
  ((await response.json()) as { name: string }[]).map((item) => item.name);

describe('fake Harbor', () => {
  it('pages projects with X-Total-Count and a Link header written as Harbor writes it', async () => {
    const response = await call(`${API}/projects?page=2&page_size=10`, anonymous);
    expect(response.status).toBe(200);
    const total = Number(response.headers.get('X-Total-Count'));
    expect(total).toBeGreaterThanOrEqual(25);
    expect(response.headers.get('Link')).toBe(
      '</api/v2.0/projects?page=1&page_size=10>; rel="prev" , </api/v2.0/projects?page=3&page_size=10>; rel="next"',
    );
    expect(await names(response)).toHaveLength(10);
  });

  it('shows anonymous callers public projects only, and a member their private ones', async () => {
    const all = await call(`${API}/projects?page_size=100`, anonymous);
    const publicNames = await names(all);
    expect(publicNames).toContain('skaha');
    expect(publicNames).not.toContain('survey-team');
    const signedIn = await names(await call(`${API}/projects?page_size=100`, { user: 'jdoe' }));
    expect(signedIn).toContain('survey-team');
    expect(signedIn).not.toContain('lensing-lab');
    expect(signedIn.length).toBe(publicNames.length + 1);
    const refused = await call(`${API}/projects/survey-team/repositories`, anonymous);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ errors: [{ code: 'UNAUTHORIZED', message: 'unauthorized' }] });
    expect((await call(`${API}/projects/lensing-lab/repositories`, { user: 'jdoe' })).status).toBe(403);
    // a token Harbor cannot verify is taken as anonymous: public projects, and 401 on a private one
    expect(await names(await call(`${API}/projects?page_size=100`, { token: 'not-a-token' }))).toEqual(
      publicNames,
    );
    expect((await call(`${API}/projects/survey-team/repositories`, { token: 'not-a-token' })).status).toBe(
      401,
    );
  });

  it('holds about 40 projects and 400 repositories', async () => {
    const { projects } = catalogFor(getPlatform().harbor.seedTime);
    expect(projects).toHaveLength(40);
    const repositories = projects.flatMap((project) => project.repositories);
    expect(repositories.length).toBeGreaterThanOrEqual(380);
    expect(new Set(repositories.map((repository) => repository.name)).size).toBe(repositories.length);
    expect(new Set(repositories.map((repository) => repository.id)).size).toBe(repositories.length);
    const visible = await call(`${API}/repositories?page_size=1`, { user: 'mchen' });
    expect(Number(visible.headers.get('X-Total-Count'))).toBeGreaterThanOrEqual(280);
  });

  it('filters with q: fuzzy, exact, OR lists and ranges', async () => {
    const fuzzy = await names(
      await call(`${API}/projects/skaha/repositories?q=name%3D~note&page_size=50`, anonymous),
    );
    expect(fuzzy.sort()).toEqual(['skaha/astroml-notebook', 'skaha/scipy-notebook']);
    const exact = await names(await call(`${API}/projects?q=name%3Dskaha`, anonymous));
    expect(exact).toEqual(['skaha']);
    const union = await names(
      await call(`${API}/projects?q=${encodeURIComponent('name={skaha myproject}')}`, anonymous),
    );
    expect(union.sort()).toEqual(['myproject', 'skaha']);
    const big = `${API}/projects/skaha/repositories/astro-nightly/artifacts`;
    const tagged = await call(`${big}?q=${encodeURIComponent('tags=build-4999')}`, anonymous);
    const [artifact] = (await tagged.json()) as { tags: { name: string }[]; labels: null }[];
    expect(artifact?.tags.map((tag) => tag.name)).toEqual(['build-4999']);
    expect(artifact?.labels).toBeNull();
    // tags by a case-sensitive LIKE, not the ORM's case-insensitive match of the other fields
    const tagCount = async (q: string) =>
      Number((await call(`${big}?q=${encodeURIComponent(q)}`, anonymous)).headers.get('X-Total-Count'));
    expect(await tagCount('tags=~build-4999')).toBe(1);
    expect(await tagCount('tags=~BUILD-4999')).toBe(0);
    const ranged = await call(`${API}/projects?q=${encodeURIComponent('project_id=[3~3]')}`, anonymous);
    expect(await names(ranged)).toEqual(['skaha']);
    const bad = await call(`${API}/projects?q=name`, anonymous);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ code: 'BAD_REQUEST' }] });
  });

  it('answers page_size=-1 (skaha’s image cache) and 0 with every item, as Harbor sets no limit for them', async () => {
    const repositories = `${API}/projects/skaha/repositories`;
    const total = Number((await call(`${repositories}?page_size=1`, anonymous)).headers.get('X-Total-Count'));
    expect(total).toBeGreaterThan(10);
    const all = await call(`${repositories}?page_size=-1`, anonymous);
    expect(all.status).toBe(200);
    expect(await names(all)).toHaveLength(total);
    // Harbor's Links: pageSize*pageNumber < total holds for -1, so even the only page has a "next"
    expect(all.headers.get('Link')).toBe(
      '</api/v2.0/projects/skaha/repositories?page=2&page_size=-1>; rel="next"',
    );
    const zero = await call(`${repositories}?page_size=0`, anonymous);
    expect(await names(zero)).toHaveLength(total);
    expect(zero.headers.get('Link')).toBeNull();
    const artifacts = await call(
      `${repositories}/astro-nightly/artifacts?detail=true&with_label=true&page_size=-1`,
      anonymous,
    );
    expect(((await artifacts.json()) as unknown[]).length).toBe(5000);
    // a page below 1 sets no offset; a size that is not a number is refused as go-swagger refuses it
    expect(await names(await call(`${repositories}?page=0&page_size=2`, anonymous))).toEqual(
      await names(await call(`${repositories}?page=1&page_size=2`, anonymous)),
    );
    const bad = await call(`${repositories}?page_size=all`, anonymous);
    expect(bad.status).toBe(422);
  });

  it('pages the 5,000 artifacts of one repository, filters by label and reads a double-encoded name', async () => {
    const big = `${API}/projects/skaha/repositories/astro-nightly/artifacts`;
    const last = await call(`${big}?page=50&page_size=100&with_label=true`, anonymous);
    expect(last.headers.get('X-Total-Count')).toBe('5000');
    expect(last.headers.get('Link')).toContain('rel="prev"');
    expect(last.headers.get('Link')).not.toContain('rel="next"');
    const items = (await last.json()) as { tags: { name: string }[] | null }[];
    expect(items).toHaveLength(100);
    expect(items.at(-1)?.tags?.[0]?.name).toBe('build-1');
    const notebooks = await call(
      `${big}?q=${encodeURIComponent('labels=(4)')}&with_label=true&page_size=5`,
      anonymous,
    );
    const labelled = (await notebooks.json()) as { labels: { name: string }[] }[];
    expect(Number(notebooks.headers.get('X-Total-Count'))).toBeLessThan(5000);
    expect(labelled.every((item) => item.labels.some((label) => label.name === 'notebook'))).toBe(true);
    const nested = await call(
      `${API}/projects/skaha/repositories/team%252Fastroml-gpu/artifacts/latest`,
      anonymous,
    );
    expect(nested.status).toBe(200);
    expect(
      (await call(`${API}/projects/skaha/repositories/team%2Fastroml-gpu/artifacts/latest`, anonymous))
        .status,
    ).toBe(404);
  });

  it('lists an artifact’s tags newest push first, as Harbor sorts them', async () => {
    // HB src/pkg/tag/model/tag/model.go: Tag.GetDefaultSorts is push_time, then id, both descending
    const listed = await call(
      `${API}/projects/skaha/repositories/astroml-notebook/artifacts?page_size=3&with_label=true`,
      anonymous,
    );
    const artifacts = (await listed.json()) as {
      tags: { id: number; name: string; push_time: string }[] | null;
    }[];
    const tagLists = artifacts.map((artifact) => artifact.tags ?? []);
    expect(tagLists[0]?.length).toBeGreaterThan(1);
    for (const tags of tagLists) {
      const harborOrder = [...tags].sort(
        (a, b) => Date.parse(b.push_time) - Date.parse(a.push_time) || b.id - a.id,
      );
      expect(tags.map((tag) => tag.name)).toEqual(harborOrder.map((tag) => tag.name));
    }
    const tags = (await (
      await call(`${API}/projects/skaha/repositories/astroml-notebook/artifacts/latest/tags`, anonymous)
    ).json()) as { name: string; push_time: string }[];
    expect(tags.map((tag) => tag.name)).toEqual(tagLists[0]?.map((tag) => tag.name));
  });

  it('answers an artifact by tag with its image config, its tags, the labels, search and systeminfo', async () => {
    const response = await call(
      `${API}/projects/skaha/repositories/astroml-notebook/artifacts/26.03?with_label=true`,
      anonymous,
    );
    const artifact = (await response.json()) as Record<string, unknown>;
    expect(artifact).toMatchObject({
      id: 48211,
      repository_name: 'skaha/astroml-notebook',
      digest: 'sha256:5b0f7c2e9d3a41f6a8e2c1d94b7a60e3f2c8d19a4e6b3c7f0a1d2e3f4a5b6c7d',
      extra_attrs: { architecture: 'amd64', os: 'linux', config: { Cmd: ['start-notebook.sh'] } },
      labels: [{ id: 4, name: 'notebook', scope: 'g' }],
    });
    const tags = await call(
      `${API}/projects/skaha/repositories/astroml-notebook/artifacts/26.03/tags`,
      anonymous,
    );
    expect(await names(tags)).toEqual(['26.03', 'latest']);
    const missing = await call(
      `${API}/projects/skaha/repositories/astroml-notebook/artifacts/nope`,
      anonymous,
    );
    expect(await missing.json()).toEqual({
      errors: [{ code: 'NOT_FOUND', message: 'artifact skaha/astroml-notebook:nope not found' }],
    });
    const labels = await names(await call(`${API}/labels?scope=g&page_size=100`, anonymous));
    expect(labels).toEqual(
      expect.arrayContaining(['notebook', 'desktop', 'carta', 'firefly', 'contributed', 'headless']),
    );
    const search = (await (await call(`${API}/search?q=survey-team`, anonymous)).json()) as {
      project: unknown[];
      repository: unknown[];
    };
    expect(search.repository).toEqual([]);
    const signedIn = (await (await call(`${API}/search?q=survey-team`, { user: 'jdoe' })).json()) as {
      repository: { repository_name: string }[];
    };
    expect(signedIn.repository.map((repo) => repo.repository_name)).toContain('survey-team/survey-notebook');
    const info = (await (await call(`${API}/systeminfo`, anonymous)).json()) as { registry_url: string };
    expect(info.registry_url).toBe('images.canfar.net');
  });
});
