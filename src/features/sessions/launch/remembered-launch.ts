import type { LaunchableType } from '@/api/skaha/session-schemas';
import { readUserPreference, writeUserPreference } from '@/lib/preferences';
import { readLaunchState, writeLaunchState, type LaunchFormState } from './launch-state';

/**
 * The last submitted values of a type for this user, as URL parameters, in the user's preferences (localStorage,
 * which outlives the tab and is shared by everyone using the browser, hence keyed by user, and forgotten when the
 * user leaves: app/create-services.ts). Left out: the name
 * (it must be new each time), anything about registry credentials, the environment's values and the arguments,
 * either of which may hold a secret. The environment's names stay, so the rows come back ready to fill in.
 */
export function rememberLaunch(username: string, state: LaunchFormState): void {
  const params = writeLaunchState({
    ...state,
    name: undefined,
    registryUser: '',
    args: '',
    argsSecret: false,
    env: state.env.map((row) => ({ key: row.key, value: '', secret: false })),
  });
  writeUserPreference(username, `launch.${state.type}`, params.toString());
}

export function recallLaunch(username: string, type: LaunchableType): LaunchFormState | undefined {
  // Reading drops an entry kept before launches were per user: nobody can tell whose it was, and it may
  // hold environment values.
  const saved = readUserPreference(username, `launch.${type}`);
  if (saved === undefined) return undefined;
  const state = readLaunchState(new URLSearchParams(saved));
  return state.type === type ? state : undefined;
}
