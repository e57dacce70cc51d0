import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { standaloneServer } from '@/test/standalone-server';
import { createTestApi } from '@/test/test-api';
import { ApiError } from '../http/api-error';
import {
  artifactListQueryOptions,
  artifactQueryOptions,
  projectListQueryOptions,
  repositoryListQueryOptions,
} from './harbor-queries';
import { fuzzy, harborQuery } from './harbor-query';

const ORIGIN = window.location.origin;
const HARBOR = `${ORIGIN}/harbor/api/v2.0`;
const ARTIFACTS = readFileSync(
  join(import.meta.dirname, '../../../docs/samples/harbor-v2-artifacts.json'),
  'utf8',
);
const ONE_ARTIFACT = JSON.stringify((JSON.parse(ARTIFACTS) as unknown[])[0]);
const json = (body: string, headers: Record<string, string> = {}) =>
  HttpResponse.text(body, { headers: { 'Content-Type': 'application/json', ...headers } });
const PROJECT = { project_id: 3, name: 'skaha', repo_count: 41, metadata: { public: 'true' } };

const server = standaloneServer();

const api = createTestApi('tok');
const queryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('Harbor queries', () => {
  it('lists projects with the paging parameters and reads total and next from the headers', async () => {
    let url: URL | undefined;
    server.use(
      http.get(`${HARBOR}/projects`, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json([PROJECT], {
          headers: {
            'X-Total-Count': '31',
            Link: '</api/v2.0/projects?page=1&page_size=10>; rel="prev" , </api/v2.0/projects?page=3&page_size=10>; rel="next"',
          },
        });
      }),
    );
    const page = await queryClient().query(
      projectListQueryOptions(api, { page: 2, q: harborQuery({ name: fuzzy('ska') }), public: true }),
    );
    expect(page.total).toBe(31);
    expect(page.next).toBe(3);
    expect(page.items[0]?.metadata.public).toBe(true);
    expect(Object.fromEntries(url?.searchParams ?? [])).toEqual({
      page: '2',
      page_size: '10',
      q: 'name=~ska',
      public: 'true',
    });
  });

  it('caps the page size at 100 and has no next page on the last one', async () => {
    let pageSize: string | null = null;
    server.use(
      http.get(`${HARBOR}/projects/skaha/repositories`, ({ request }) => {
        pageSize = new URL(request.url).searchParams.get('page_size');
        return HttpResponse.json([{ id: 977, project_id: 3, name: 'skaha/astroml-notebook' }], {
          headers: { 'X-Total-Count': '1' },
        });
      }),
    );
    const page = await queryClient().query(repositoryListQueryOptions(api, 'skaha', { pageSize: 500 }));
    expect(pageSize).toBe('100');
    expect(page).toEqual({ items: [expect.objectContaining({ name: 'skaha/astroml-notebook' })], total: 1 });
  });

  it('counts what it has seen when a proxy drops the count, and follows the Link header alone', async () => {
    server.use(
      http.get(`${HARBOR}/projects`, () =>
        HttpResponse.json([PROJECT, { ...PROJECT, project_id: 4, name: 'cadc' }], {
          headers: { Link: '</api/v2.0/projects?page=4&page_size=2>; rel="next"' },
        }),
      ),
    );
    const page = await queryClient().query(projectListQueryOptions(api, { page: 3, pageSize: 2 }));
    // pages 1 and 2 held two each, this one two more
    expect(page.total).toBe(6);
    expect(page.next).toBe(4);
  });

  it('asks for labels and tags, double-encodes a nested repository and reads the sample', async () => {
    let url: URL | undefined;
    let isResourceName: string | null = null;
    server.use(
      http.get(`${HARBOR}/projects/skaha/repositories/:repository/artifacts`, ({ request }) => {
        url = new URL(request.url);
        isResourceName = request.headers.get('X-Is-Resource-Name');
        // No Link header here: the total alone says a second page exists.
        return json(ARTIFACTS, { 'X-Total-Count': '2' });
      }),
    );
    const page = await queryClient().query(
      artifactListQueryOptions(api, 'skaha', 'team/astroml-notebook', { pageSize: 1, sort: '-push_time' }),
    );
    expect(url?.pathname).toBe(
      '/harbor/api/v2.0/projects/skaha/repositories/team%252Fastroml-notebook/artifacts',
    );
    expect(url?.searchParams.get('with_label')).toBe('true');
    expect(url?.searchParams.get('with_tag')).toBe('true');
    expect(url?.searchParams.get('sort')).toBe('-push_time');
    expect(isResourceName).toBe('true');
    expect(page.total).toBe(2);
    expect(page.next).toBe(2);
    expect(page.items[0]?.labels.map((label) => label.name)).toEqual(['notebook']);
  });

  it('turns a body that does not match into the malformed ApiError the client produces', async () => {
    server.use(
      http.get(`${HARBOR}/projects/skaha/repositories/x/artifacts`, () =>
        HttpResponse.json([{ id: 'not-a-number' }], { headers: { 'X-Total-Count': '1' } }),
      ),
    );
    const error = await queryClient()
      .query(artifactListQueryOptions(api, 'skaha', 'x'))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ service: 'harbor', kind: 'malformed', status: 200 });
    expect(String(error)).toContain('at 0.id');
  });

  it("reads one artifact by tag and reports Harbor's own error text", async () => {
    server.use(
      http.get(`${HARBOR}/projects/skaha/repositories/astroml-notebook/artifacts/26.03`, () =>
        json(ONE_ARTIFACT),
      ),
      http.get(`${HARBOR}/projects/skaha/repositories/astroml-notebook/artifacts/missing`, () =>
        HttpResponse.json(
          { errors: [{ code: 'NOT_FOUND', message: 'artifact skaha/astroml-notebook:missing not found' }] },
          { status: 404 },
        ),
      ),
    );
    const artifact = await queryClient().query(
      artifactQueryOptions(api, 'skaha', 'astroml-notebook', '26.03'),
    );
    expect(artifact.tags.map((tag) => tag.name)).toContain('26.03');
    const error = await queryClient()
      .query(artifactQueryOptions(api, 'skaha', 'astroml-notebook', 'missing'))
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      kind: 'http',
      status: 404,
      message: 'artifact skaha/astroml-notebook:missing not found',
    });
  });
});
