import type { LaunchableType } from '../../../api/skaha/session-schemas';
import { removeUnkeyed, userStorageKey } from '../../../lib/preferences';
import { readLaunchState, writeLaunchState, type LaunchFormState } from './launch-state';

const key = (username: string, type: LaunchableType) => userStorageKey(username, `launch.${type}`);
/** Where launches were kept before they were kept per user. */
const unkeyed = (type: LaunchableType) => `science-portal.launch.${type}`;

/**
 * The last submitted values of a type for this user, as URL parameters, in localStorage (which outlives the
 * tab and is shared by everyone using the browser). Left out: the name (it must be new each time), anything
 * about registry credentials, the environment's values and the arguments, either of which may hold a secret.
 * The environment's names stay, so the rows come back ready to fill in.
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
  try {
    localStorage.setItem(key(username, state.type), params.toString());
  } catch {
    // storage disabled: the form still works, it just forgets
  }
}

export function recallLaunch(username: string, type: LaunchableType): LaunchFormState | undefined {
  // Nobody can tell whose an old entry was, and it may hold environment values.
  removeUnkeyed(unkeyed(type));
  try {
    const saved = localStorage.getItem(key(username, type));
    if (saved === null) return undefined;
    const state = readLaunchState(new URLSearchParams(saved));
    return state.type === type ? state : undefined;
  } catch {
    return undefined;
  }
}
