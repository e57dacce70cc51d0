/** Harbor allows at most 100 per page (HB:api/v2.0/swagger.yaml, `parameters.pageSize`); 10 is its default. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 10;

export interface HarborPageParams {
  page?: number;
  pageSize?: number;
  /** A `q=` filter, built with `harborQuery`. */
  q?: string | undefined;
  /** `field1,-field2` (a `-` sorts descending); Harbor ignores unknown fields. */
  sort?: string | undefined;
}

export interface ProjectListParams extends HarborPageParams {
  /** Fuzzy match on the project name. */
  name?: string | undefined;
  public?: boolean | undefined;
}

export interface LabelListParams extends HarborPageParams {
  /** `g` global (CANFAR's session types), `p` a project's own (needs `projectId`). */
  scope: 'g' | 'p';
  projectId?: number | undefined;
}

export interface ArtifactListParams extends HarborPageParams {
  /** Default true: the labels are how CANFAR marks session types, and Harbor leaves them out unless asked. */
  withLabel?: boolean;
  withTag?: boolean;
}

/** The same params with the page and its size made explicit, so equal requests share one cache entry. */
export function normalizePage<P extends HarborPageParams>(params: P): P & { page: number; pageSize: number } {
  const page = Math.max(1, Math.trunc(params.page ?? 1));
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(params.pageSize ?? DEFAULT_PAGE_SIZE)));
  return { ...params, page, pageSize };
}

/** Query keys for Harbor, from general to specific: invalidating a prefix refreshes everything below it. */
export const harborKeys = {
  all: ['harbor'] as const,
  projects: () => [...harborKeys.all, 'projects'] as const,
  projectLists: () => [...harborKeys.projects(), 'list'] as const,
  projectList: (params: ProjectListParams) => [...harborKeys.projectLists(), params] as const,
  project: (project: string) => [...harborKeys.projects(), 'detail', project] as const,
  repositoryLists: (project: string) => [...harborKeys.project(project), 'repositories', 'list'] as const,
  repositoryList: (project: string, params: HarborPageParams) =>
    [...harborKeys.repositoryLists(project), params] as const,
  repository: (project: string, repository: string) =>
    [...harborKeys.project(project), 'repositories', 'detail', repository] as const,
  artifactLists: (project: string, repository: string) =>
    [...harborKeys.repository(project, repository), 'artifacts', 'list'] as const,
  artifactList: (project: string, repository: string, params: ArtifactListParams) =>
    [...harborKeys.artifactLists(project, repository), params] as const,
  artifact: (project: string, repository: string, reference: string) =>
    [...harborKeys.repository(project, repository), 'artifacts', 'detail', reference] as const,
  tagList: (project: string, repository: string, reference: string, params: HarborPageParams) =>
    [...harborKeys.artifact(project, repository, reference), 'tags', params] as const,
  labelList: (params: LabelListParams) => [...harborKeys.all, 'labels', params] as const,
  search: (text: string) => [...harborKeys.all, 'search', text] as const,
  systemInfo: () => [...harborKeys.all, 'systeminfo'] as const,
};
