import { matchPath } from 'react-router';

const FROM = 'usageFrom';

/**
 * The history state of a link to a session's usage: the view it was followed from (its path, and its search
 * for the sessions page, whose filter the way back keeps). The usage and sessions areas both make such links.
 */
export const usageFromState = (pathname: string, search = '') => ({ [FROM]: pathname + search });

/** The view a session's usage was opened from, which its Back link returns to. */
export type UsageOrigin =
  | { kind: 'group'; group: string }
  | { kind: 'project'; project: string }
  | { kind: 'sessions'; search: string };

/** The view named by a history entry's state; none for my usage, or an address opened on its own. */
export function usageOrigin(state: unknown): UsageOrigin | undefined {
  if (typeof state !== 'object' || state === null || !(FROM in state)) return undefined;
  const from = state[FROM];
  if (typeof from !== 'string') return undefined;
  const [pathname = '', search = ''] = from.split(/(?=\?)/);
  if (matchPath('/sessions', pathname)) return { kind: 'sessions', search };
  const group = matchPath('/usage/groups/:group', pathname)?.params.group;
  if (group) return { kind: 'group', group };
  const project = matchPath('/usage/projects/:project', pathname)?.params.project;
  return project ? { kind: 'project', project } : undefined;
}
