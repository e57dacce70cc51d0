import { queryOptions } from '@tanstack/react-query';
import type { $ZodType } from 'zod/v4/core';
import { parseJsonBody, readText, type ApiClient, type RequestOptions } from '../http/client';
import { artifactListSchema, artifactSchema, labelListSchema, tagListSchema } from './artifact-schemas';
import {
  harborKeys,
  MAX_PAGE_SIZE,
  normalizePage,
  type ArtifactListParams,
  type HarborPageParams,
  type LabelListParams,
  type ProjectListParams,
} from './harbor-keys';
import { repositoryPath } from './harbor-query';
import { parsePaging } from './parse-paging';
import {
  projectListSchema,
  projectSchema,
  repositoryListSchema,
  repositorySchema,
  searchResultSchema,
} from './project-schemas';
import { systemInfoSchema } from './system-schemas';

const API = '/api/v2.0';
const FIVE_MINUTES = 5 * 60_000;
// A project called "2024" would otherwise be read as the project with id 2024 (HB swagger, `isResourceName`).
const HEADERS = { Accept: 'application/json', 'X-Is-Resource-Name': 'true' };

export interface HarborPage<T> {
  items: T[];
  /** Every match across pages (`X-Total-Count`). */
  total: number;
  /** The next page number, when there is one (from the `Link` header). */
  next?: number;
}

const projectPath = (project: string) => `${API}/projects/${encodeURIComponent(project)}`;
const repoPath = (project: string, repository: string) =>
  `${projectPath(project)}/repositories/${repositoryPath(repository)}`;

function listRequest(params: HarborPageParams, signal: AbortSignal, extra: RequestOptions['query'] = {}) {
  const query = { page: params.page, page_size: params.pageSize, q: params.q, sort: params.sort, ...extra };
  return { query, headers: HEADERS, signal };
}

/** One page: the body read with its schema, the count and the next page from Harbor's headers. */
async function readPage<T>(
  response: Response,
  schema: $ZodType<T[]>,
  params: { page: number; pageSize: number },
  signal: AbortSignal,
): Promise<HarborPage<T>> {
  const items = parseJsonBody('harbor', await readText('harbor', response, signal), schema);
  const paging = parsePaging(response.headers);
  const total = paging.total ?? (params.page - 1) * params.pageSize + items.length;
  const page: HarborPage<T> = { items, total };
  if (paging.next) page.next = paging.next.page ?? params.page + 1;
  // Without a Link header (a proxy may drop it) the count still tells whether more pages follow.
  else if (!response.headers.has('Link') && total > params.page * params.pageSize)
    page.next = params.page + 1;
  return page;
}

/** Projects the caller may see (only public ones when signed out), by name. */
export function projectListQueryOptions(api: ApiClient, params: ProjectListParams = {}) {
  const normalized = normalizePage(params);
  return queryOptions({
    queryKey: harborKeys.projectList(normalized),
    queryFn: async ({ signal }) => {
      const extra = { name: normalized.name, public: normalized.public };
      const response = await api.request('harbor', `${API}/projects`, listRequest(normalized, signal, extra));
      return readPage(response, projectListSchema, normalized, signal);
    },
    staleTime: FIVE_MINUTES,
  });
}

export function repositoryListQueryOptions(api: ApiClient, project: string, params: HarborPageParams = {}) {
  const normalized = normalizePage(params);
  return queryOptions({
    queryKey: harborKeys.repositoryList(project, normalized),
    queryFn: async ({ signal }) => {
      const path = `${projectPath(project)}/repositories`;
      const response = await api.request('harbor', path, listRequest(normalized, signal));
      return readPage(response, repositoryListSchema, normalized, signal);
    },
    staleTime: FIVE_MINUTES,
  });
}

/** `repository` is the name without its project (`astroml-notebook`, not `skaha/astroml-notebook`). */
export function artifactListQueryOptions(
  api: ApiClient,
  project: string,
  repository: string,
  params: ArtifactListParams = {},
) {
  const normalized = normalizePage({
    ...params,
    withLabel: params.withLabel ?? true,
    withTag: params.withTag ?? true,
  });
  return queryOptions({
    queryKey: harborKeys.artifactList(project, repository, normalized),
    queryFn: async ({ signal }) => {
      const path = `${repoPath(project, repository)}/artifacts`;
      const extra = { with_label: normalized.withLabel, with_tag: normalized.withTag };
      const response = await api.request('harbor', path, listRequest(normalized, signal, extra));
      return readPage(response, artifactListSchema, normalized, signal);
    },
    staleTime: FIVE_MINUTES,
  });
}

/** One artifact by tag or digest, with its tags and labels. */
export function artifactQueryOptions(api: ApiClient, project: string, repository: string, reference: string) {
  return queryOptions({
    queryKey: harborKeys.artifact(project, repository, reference),
    queryFn: ({ signal }) =>
      api.json(
        'harbor',
        `${repoPath(project, repository)}/artifacts/${encodeURIComponent(reference)}`,
        artifactSchema,
        { query: { with_label: true, with_tag: true }, headers: HEADERS, signal },
      ),
    staleTime: FIVE_MINUTES,
  });
}

/** One project (its public flag and repository count). */
export function projectQueryOptions(api: ApiClient, project: string) {
  return queryOptions({
    queryKey: harborKeys.project(project),
    queryFn: ({ signal }) =>
      api.json('harbor', projectPath(project), projectSchema, { headers: HEADERS, signal }),
    staleTime: FIVE_MINUTES,
  });
}

/** One repository (its artifact and pull counts). */
export function repositoryQueryOptions(api: ApiClient, project: string, repository: string) {
  return queryOptions({
    queryKey: harborKeys.repository(project, repository),
    queryFn: ({ signal }) =>
      api.json('harbor', repoPath(project, repository), repositorySchema, { headers: HEADERS, signal }),
    staleTime: FIVE_MINUTES,
  });
}

/** An artifact's tags, a page at a time: the detail page asks for them only when it shows them. */
export function tagListQueryOptions(
  api: ApiClient,
  project: string,
  repository: string,
  reference: string,
  params: HarborPageParams = {},
) {
  const normalized = normalizePage(params);
  return queryOptions({
    queryKey: harborKeys.tagList(project, repository, reference, normalized),
    queryFn: async ({ signal }) => {
      const path = `${repoPath(project, repository)}/artifacts/${encodeURIComponent(reference)}/tags`;
      const response = await api.request('harbor', path, listRequest(normalized, signal));
      return readPage(response, tagListSchema, normalized, signal);
    },
    staleTime: FIVE_MINUTES,
  });
}

/** Labels, e.g. the global ones CANFAR marks session types with (`scope: 'g'`). */
export function labelListQueryOptions(api: ApiClient, params: LabelListParams) {
  const normalized = normalizePage({ pageSize: MAX_PAGE_SIZE, ...params });
  return queryOptions({
    queryKey: harborKeys.labelList(normalized),
    queryFn: async ({ signal }) => {
      const extra = { scope: normalized.scope, project_id: normalized.projectId };
      const response = await api.request('harbor', `${API}/labels`, listRequest(normalized, signal, extra));
      return readPage(response, labelListSchema, normalized, signal);
    },
    staleTime: FIVE_MINUTES,
  });
}

/** Projects and repositories whose names contain `text`, across every project the caller may see. */
export function searchQueryOptions(api: ApiClient, text: string) {
  return queryOptions({
    queryKey: harborKeys.search(text),
    queryFn: ({ signal }) =>
      api.json('harbor', `${API}/search`, searchResultSchema, {
        // Harbor matches project names case-sensitively (repositories not), and a project's name is always
        // lower case: "Skaha" must find the project skaha too.
        query: { q: text.toLowerCase() },
        headers: HEADERS,
        signal,
      }),
    staleTime: FIVE_MINUTES,
  });
}

/** The registry's host (`registry_url`), for pull references; anonymous callers may read it. */
export function systemInfoQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: harborKeys.systemInfo(),
    queryFn: ({ signal }) =>
      api.json('harbor', `${API}/systeminfo`, systemInfoSchema, { headers: HEADERS, signal }),
    staleTime: Infinity,
  });
}
