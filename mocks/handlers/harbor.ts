import type { RequestHandler } from 'msw';
import { http, HttpResponse } from 'msw';
import type { Account } from '../platform/accounts';
import { artifactsOf, catalogFor } from '../platform/harbor/catalog';
import { artifactJson, labelJson, projectJson, repositoryJson, tagJson } from '../platform/harbor/json';
import type { FakeArtifact, FakeProject, FakeRepository } from '../platform/harbor/model';
import { matches, parseQuery, QueryError, type Condition } from '../platform/harbor/query';
import type { Platform } from '../platform/platform';
import { demoUsers } from '../platform/users';
import { pathWithin } from './http-utils';

const MAX_PAGE_SIZE = 100;
const REGISTRY_HOST = 'images.canfar.net';

class HarborError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Harbor's error body, `{"errors":[{"code","message"}]}`. */
const errorResponse = (error: HarborError) =>
  HttpResponse.json({ errors: [{ code: error.code, message: error.message }] }, { status: error.status });

const notFound = (message: string) => new HarborError(404, 'NOT_FOUND', message);
const badRequest = (message: string) => new HarborError(400, 'BAD_REQUEST', message);

interface Caller {
  account: Account | undefined;
}

/** Harbor project roles: 1 admin, 2 developer (HB:src/common/const.go). */
function roleOf(project: FakeProject, caller: Caller): number | undefined {
  const username = caller.account?.username;
  if (username === undefined) return undefined;
  if (project.ownerName === username) return 1;
  const user = demoUsers.find((candidate) => candidate.username === username);
  return user?.projects.includes(project.name) ? 2 : undefined;
}

/** Anonymous callers see public projects only; a signed-in one also sees the projects they are a member of. */
const canSee = (project: FakeProject, caller: Caller) =>
  project.public || roleOf(project, caller) !== undefined;

function requireProject(platform: Platform, caller: Caller, name: string): FakeProject {
  const project = catalogFor(platform.harbor.seedTime, platform.harbor.hostile).projects.find(
    (candidate) => candidate.name === name,
  );
  if (!project) throw notFound(`project ${name} not found`);
  if (!canSee(project, caller)) {
    throw caller.account
      ? new HarborError(403, 'FORBIDDEN', 'forbidden')
      : new HarborError(401, 'UNAUTHORIZED', 'unauthorized');
  }
  return project;
}

function requireRepository(project: FakeProject, name: string): FakeRepository {
  const full = `${project.name}/${name}`;
  const repository = project.repositories.find((candidate) => candidate.name === full);
  if (!repository) throw notFound(`repository ${full} not found`);
  return repository;
}

function requireArtifact(platform: Platform, repository: FakeRepository, reference: string): FakeArtifact {
  const artifacts = artifactsOf(repository, platform.harbor.seedTime);
  const artifact = reference.includes(':')
    ? artifacts.find((candidate) => candidate.digest === reference)
    : artifacts.find((candidate) => candidate.tags.some((tag) => tag.name === reference));
  if (!artifact) throw notFound(`artifact ${repository.name}:${reference} not found`);
  return artifact;
}

type Fields<T> = Record<string, (item: T) => string | number | boolean | undefined>;

function filterAndSort<T>(items: readonly T[], url: URL, fields: Fields<T>, special: Fields<T> = {}): T[] {
  let conditions: Map<string, Condition>;
  try {
    conditions = parseQuery(url.searchParams.get('q'));
  } catch (error) {
    throw badRequest(error instanceof QueryError ? error.message : 'invalid query');
  }
  let result = items.filter((item) =>
    [...conditions].every(([key, condition]) => {
      const field = fields[key];
      // Harbor ignores keys a resource cannot be filtered on.
      return field === undefined || matches(field(item), condition);
    }),
  );
  const sort = url.searchParams.get('sort');
  if (sort) {
    const keys = sort
      .split(',')
      .map((key) => key.trim())
      .filter((key) => fields[key.replace(/^-/, '')] ?? special[key.replace(/^-/, '')]);
    result = [...result].sort((a, b) => {
      for (const key of keys) {
        const name = key.replace(/^-/, '');
        const read = fields[name] ?? special[name];
        if (!read) continue;
        const [x, y] = [read(a) ?? '', read(b) ?? ''];
        if (x === y) continue;
        const order = x < y ? -1 : 1;
        return key.startsWith('-') ? -order : order;
      }
      return 0;
    });
  }
  return result;
}

/**
 * One page with `X-Total-Count` and a `Link` header built from the request, as Harbor v2 reads `page` and
 * `page_size` and writes the links (read in goharbor/harbor at c50c7ddd: `BuildQuery` and `Links` in
 * src/server/v2.0/handler/base.go, `QuerySetter` in src/lib/orm/query.go, `pageSize` in api/v2.0/swagger.yaml).
 * The spec sets only a maximum (100) on `page_size`, so 0 or a negative size is taken and sets no LIMIT: every
 * item, which is how skaha's image cache asks (`page_size=-1`). A page below 1 sets no OFFSET. `Links` writes
 * none for a size of 0, while for a negative one `pageSize*pageNumber < total` holds, so even the only page
 * comes with a "next" link (to the same items again).
 */
function page<T>(items: readonly T[], url: URL, apiPath: string, toJson: (item: T) => unknown): Response {
  const pageNumber = readInteger(url, 'page', 1);
  const pageSize = readInteger(url, 'page_size', 10);
  if (pageSize > MAX_PAGE_SIZE)
    throw new HarborError(
      422,
      'UNPROCESSABLE_ENTITY',
      `page_size in query should be less than or equal to ${MAX_PAGE_SIZE}`,
    );
  const start = pageSize > 0 && pageNumber > 0 ? (pageNumber - 1) * pageSize : 0;
  const body = (pageSize > 0 ? items.slice(start, start + pageSize) : items).map(toJson);
  const total = items.length;
  const link = (target: number) => {
    const params = new URLSearchParams(url.searchParams);
    params.set('page', String(target));
    params.set('page_size', String(pageSize));
    params.sort();
    return `<${apiPath}?${params.toString()}>`;
  };
  const links: string[] = [];
  if (pageSize !== 0) {
    if (pageNumber > 1 && (pageNumber - 1) * pageSize < total)
      links.push(`${link(pageNumber - 1)}; rel="prev"`);
    if (pageSize * pageNumber < total) links.push(`${link(pageNumber + 1)}; rel="next"`);
  }
  const headers: Record<string, string> = { 'X-Total-Count': String(total) };
  if (links.length > 0) headers.Link = links.join(' , ');
  return HttpResponse.json(body, { headers });
}

/** An int64 query parameter; anything else is go-swagger's 422 (go-openapi/errors `InvalidType`). */
function readInteger(url: URL, name: string, fallback: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw))
    throw new HarborError(422, 'UNPROCESSABLE_ENTITY', `${name} in query must be of type int64: "${raw}"`);
  return Number(raw);
}

const projectFields: Fields<FakeProject> = {
  name: (project) => project.name,
  project_id: (project) => project.id,
  public: (project) => project.public,
  creation_time: (project) => project.creationTime,
  update_time: (project) => project.creationTime,
};

const repositoryFields: Fields<FakeRepository> = {
  name: (repository) => repository.name,
  id: (repository) => repository.id,
  project_id: (repository) => repository.projectId,
  creation_time: (repository) => repository.creationTime,
  update_time: (repository) => repository.updateTime,
  pull_count: (repository) => repository.pullCount,
  artifact_count: (repository) => repository.artifactCount,
};

const artifactFields: Fields<FakeArtifact> = {
  id: (artifact) => artifact.id,
  digest: (artifact) => artifact.digest,
  type: () => 'IMAGE',
  media_type: () => 'application/vnd.oci.image.config.v1+json',
  push_time: (artifact) => artifact.pushTime,
  pull_time: (artifact) => artifact.pullTime,
  size: (artifact) => artifact.size,
};

/** `tags` and `labels` are matched against lists (HB listArtifacts: `tags=*`, `tags=nil`, `labels=(1 2)`). */
function artifactMatches(artifact: FakeArtifact, conditions: Map<string, Condition>): boolean {
  const tags = conditions.get('tags');
  if (tags) {
    const names = artifact.tags.map((tag) => tag.name);
    if (tags.match === 'exact' && tags.value === '*') {
      if (names.length === 0) return false;
    } else if (tags.match === 'exact' && tags.value === 'nil') {
      if (names.length > 0) return false;
    } else if (tags.match === 'fuzzy') {
      // unlike the other fuzzy fields (the ORM's `__icontains`), tags are matched by a SQL `LIKE`, which
      // PostgreSQL keeps case-sensitive (HB:src/pkg/artifact/dao/dao.go setTagQuery)
      if (!names.some((name) => name.includes(tags.value))) return false;
    } else if (!names.some((name) => matches(name, tags))) return false;
  }
  const labels = conditions.get('labels');
  if (labels) {
    const ids = artifact.labels.map((label) => label.id);
    const wanted =
      labels.match === 'exact' ? [labels.value] : labels.match === 'intersection' ? labels.values : [];
    if (
      labels.match === 'union'
        ? !labels.values.some((id) => ids.includes(Number(id)))
        : !wanted.every((id) => ids.includes(Number(id)))
    )
      return false;
  }
  return true;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw badRequest(`invalid repository name ${text}`);
  }
}

const flag = (url: URL, name: string, fallback: boolean) => {
  const value = url.searchParams.get(name);
  return value === null ? fallback : value === 'true';
};

function route(platform: Platform, caller: Caller, request: Request, path: string): Response {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    throw new HarborError(405, 'METHOD_NOT_ALLOWED', `${request.method} is not supported by this fake`);
  const url = new URL(request.url);
  // The router sees the path decoded once: a repository name with `/` must arrive encoded twice.
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    throw badRequest('invalid path');
  }
  const segments = decoded.split('/').filter(Boolean);
  if (segments[0] !== 'api' || segments[1] !== 'v2.0') throw notFound(`not found: ${path}`);
  const [resource, project, sub, repository, artifactsSegment, reference, tagsSegment, ...rest] =
    segments.slice(2);
  const apiPath = `/api/v2.0/${segments.slice(2).join('/')}`;
  const catalog = catalogFor(platform.harbor.seedTime, platform.harbor.hostile);
  const visible = catalog.projects.filter((candidate) => canSee(candidate, caller));

  switch (resource) {
    case 'systeminfo':
      return HttpResponse.json({
        auth_mode: 'oidc_auth',
        primary_auth_mode: true,
        harbor_version: 'v2.12.2-fake',
        registry_url: platform.harbor.registryUrl ?? REGISTRY_HOST,
        self_registration: false,
        has_ca_root: false,
        read_only: false,
        with_chartmuseum: false,
        notification_enable: true,
      });
    case 'labels': {
      const scope = url.searchParams.get('scope') ?? 'g';
      if (scope === 'p' && !url.searchParams.get('project_id'))
        throw badRequest('project_id is required for scope p');
      const name = url.searchParams.get('name');
      const labels =
        scope === 'g' ? catalog.labels.filter((label) => !name || label.name.includes(name)) : [];
      return page(labels, url, apiPath, labelJson);
    }
    case 'search': {
      // As Harbor: project names by a case-sensitive `strings.Contains`, repositories by `ILIKE`
      // (HB:src/server/v2.0/handler/search.go).
      const text = url.searchParams.get('q') ?? '';
      const projects = visible.filter((candidate) => candidate.name.includes(text));
      const repositories = visible
        .flatMap((candidate) => candidate.repositories.map((repo) => ({ project: candidate, repo })))
        .filter(({ repo }) => repo.name.toLowerCase().includes(text.toLowerCase()));
      return HttpResponse.json({
        project: projects.map((candidate) => projectJson(candidate, roleOf(candidate, caller))),
        repository: repositories.map(({ project: owner, repo }) => ({
          project_id: owner.id,
          project_name: owner.name,
          project_public: owner.public,
          repository_name: repo.name,
          pull_count: repo.pullCount,
          artifact_count: repo.artifactCount,
        })),
      });
    }
    case 'repositories': {
      if (project !== undefined) throw notFound(`not found: ${path}`);
      const all = visible.flatMap((candidate) => candidate.repositories);
      const sorted = url.searchParams.has('sort')
        ? all
        : [...all].sort((a, b) => b.creationTime - a.creationTime);
      return page(filterAndSort(sorted, url, repositoryFields), url, apiPath, repositoryJson);
    }
    case 'projects':
      break;
    default:
      throw notFound(`not found: ${path}`);
  }

  if (project === undefined) {
    let projects = visible;
    const name = url.searchParams.get('name');
    if (name) projects = projects.filter((candidate) => candidate.name.includes(name));
    const isPublic = url.searchParams.get('public');
    if (isPublic !== null) projects = projects.filter((candidate) => String(candidate.public) === isPublic);
    const sorted = [...projects].sort((a, b) => a.name.localeCompare(b.name));
    return page(filterAndSort(sorted, url, projectFields), url, apiPath, (item) =>
      projectJson(item, roleOf(item, caller)),
    );
  }
  const owner = requireProject(platform, caller, project);
  if (sub === undefined) return HttpResponse.json(projectJson(owner, roleOf(owner, caller)));
  if (sub !== 'repositories') throw notFound(`not found: ${path}`);
  if (repository === undefined) {
    const sorted = [...owner.repositories].sort((a, b) => b.creationTime - a.creationTime);
    return page(filterAndSort(sorted, url, repositoryFields), url, apiPath, repositoryJson);
  }
  // Harbor unescapes the repository name once more itself (HB swagger, `parameters.repositoryName`).
  const repo = requireRepository(owner, safeDecode(repository));
  if (artifactsSegment === undefined) return HttpResponse.json(repositoryJson(repo));
  if (artifactsSegment !== 'artifacts') throw notFound(`not found: ${path}`);
  const options = { withTag: flag(url, 'with_tag', true), withLabel: flag(url, 'with_label', false) };
  if (reference === undefined) {
    const conditions = (() => {
      try {
        return parseQuery(url.searchParams.get('q'));
      } catch (error) {
        throw badRequest(error instanceof QueryError ? error.message : 'invalid query');
      }
    })();
    const artifacts = artifactsOf(repo, platform.harbor.seedTime).filter((artifact) =>
      artifactMatches(artifact, conditions),
    );
    return page(filterAndSort(artifacts, url, artifactFields), url, apiPath, (artifact) =>
      artifactJson(artifact, options),
    );
  }
  const artifact = requireArtifact(platform, repo, reference);
  if (tagsSegment === undefined) return HttpResponse.json(artifactJson(artifact, options));
  if (tagsSegment !== 'tags' || rest.length > 0) throw notFound(`not found: ${path}`);
  return page(artifact.tags, url, apiPath, (tag) => tagJson(tag, artifact));
}

/**
 * The fake Harbor v2.0 API: projects, repositories, artifacts, tags, labels, search and systeminfo, read-only.
 * A Bearer token is optional: anonymous callers, and callers whose token it does not take, see public projects
 * only.
 */
export function harborHandlers(getPlatform: () => Platform, base: string): RequestHandler[] {
  return [
    http.all(
      ({ request }) => pathWithin(request, base) !== undefined,
      ({ request }) => {
        const platform = getPlatform();
        const path = pathWithin(request, base) ?? '';
        try {
          // As Harbor: a token it cannot verify makes the caller anonymous, never a 401 of its own; a private
          // project then answers 401 (HB:src/server/middleware/security/idtoken.go, security.go).
          const authorization = request.headers.get('authorization');
          const account = authorization ? platform.authenticate(authorization) : undefined;
          return route(platform, { account }, request, path);
        } catch (error) {
          if (error instanceof HarborError) return errorResponse(error);
          throw error;
        }
      },
    ),
  ];
}
