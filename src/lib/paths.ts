import type { LaunchableType } from '../api/skaha/session-schemas';

/** What another area may prefill in the launch form; the sessions area reads these search parameters. */
export interface LaunchPrefill {
  type: LaunchableType;
  /** A full image reference, `images.canfar.net/project/repository:tag`. */
  image?: string;
}

const encodeSegments = (path: string) =>
  path
    .split('/')
    .filter(Boolean)
    .map((segment) => encodeURIComponent(segment))
    .join('/');

/** A usage path with its period: a window's name, or the period's search parameters (a custom range's days). */
const withWindow = (path: string, period: string | Readonly<Record<string, string>> | undefined) => {
  if (period === undefined || period === '') return path;
  const search = new URLSearchParams(typeof period === 'string' ? { window: period } : period).toString();
  return search ? `${path}?${search}` : path;
};

type Period = string | Readonly<Record<string, string>>;

/** Every route path in one table; features link through these builders, never by string. */
export const paths = {
  home: () => '/',
  sessions: () => '/sessions',
  /** The launch form, prefilled by its search parameters (`type`, `image`). */
  launch: (prefill?: LaunchPrefill) => {
    const search = new URLSearchParams();
    if (prefill) search.set('type', prefill.type);
    if (prefill?.image) search.set('image', prefill.image);
    const query = search.toString();
    return query ? `/sessions/launch?${query}` : '/sessions/launch';
  },
  /** Demo mode only: the stand-in for a running session's own page, where its Open leads. */
  demoSession: (id: string) => `/sessions/open/${encodeURIComponent(id)}`,
  images: () => '/images',
  /** A Harbor project's repositories. */
  imageProject: (project: string) => `/images/${encodeURIComponent(project)}`,
  /** A repository's artifacts; `repository` is the name without its project and may contain `/`. */
  imageRepository: (project: string, repository: string) =>
    `/images/${encodeURIComponent(project)}/${encodeSegments(repository)}`,
  /**
   * One artifact by tag or digest. `/-/` separates it from the repository: a repository path component
   * cannot be `-` in a registry (OCI distribution-spec name grammar).
   */
  imageArtifact: (project: string, repository: string, reference: string) =>
    `/images/${encodeURIComponent(project)}/${encodeSegments(repository)}/-/${encodeURIComponent(reference)}`,
  /** A folder or file under a storage root, e.g. `/home/jdoe/data`. */
  storage: (path?: string) => (path ? `/storage/${encodeSegments(path)}` : '/storage'),
  /** My usage; the period (a window's name, or a custom range's search parameters) as the area reads it. */
  usage: (period?: Period) => withWindow('/usage', period),
  usageProjects: (period?: Period) => withWindow('/usage/projects', period),
  usageProject: (project: string, period?: Period) =>
    withWindow(`/usage/projects/${encodeURIComponent(project)}`, period),
  /** A CADC group's usage for its owner or administrators: every member, by username. */
  usageGroup: (group: string, period?: Period) =>
    withWindow(`/usage/groups/${encodeURIComponent(group)}`, period),
  /**
   * One session's CPU and memory over the period, against its request; `user` is its owner, `name` the name its
   * owner gave it (the usage service knows it only by ID), for the page's heading.
   */
  usageSession: (id: string, user: string, period?: Readonly<Record<string, string>>, name?: string) =>
    withWindow(`/usage/sessions/${encodeURIComponent(id)}`, { user, ...(name ? { name } : {}), ...period }),
  /** Platform capacity: it has no period of its own, but carries the one chosen in the other views back to them. */
  usagePlatform: (period?: Period) => withWindow('/usage/platform', period),
} as const;

export const routePatterns = {
  sessions: 'sessions/*',
  images: 'images/*',
  storage: 'storage/*',
  usage: 'usage/*',
} as const;
