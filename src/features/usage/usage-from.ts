import { matchPath } from 'react-router';

const FROM = 'usageFrom';

/** The history state of a link to a session's usage: the view it was followed from. */
export const usageFromState = (pathname: string) => ({ [FROM]: pathname });

/** A group's or a project's view that a session's usage was opened from, which its Back link returns to. */
export type UsageOrigin = { kind: 'group'; group: string } | { kind: 'project'; project: string };

/** The view named by a history entry's state; none for my usage, or an address opened on its own. */
export function usageOrigin(state: unknown): UsageOrigin | undefined {
  if (typeof state !== 'object' || state === null || !(FROM in state)) return undefined;
  const from = state[FROM];
  if (typeof from !== 'string') return undefined;
  const group = matchPath('/usage/groups/:group', from)?.params.group;
  if (group) return { kind: 'group', group };
  const project = matchPath('/usage/projects/:project', from)?.params.project;
  return project ? { kind: 'project', project } : undefined;
}
