import type { LaunchableType } from '../../../api/skaha/session-schemas';
import { readLaunchState, writeLaunchState, type LaunchFormState } from './launch-state';

const key = (type: LaunchableType) => `science-portal.launch.${type}`;

/**
 * The last submitted values of a type, as URL parameters. The name is left out (it must be new each time)
 * and so is anything about registry credentials: the secret is never in the state, the user name stays out too.
 */
export function rememberLaunch(state: LaunchFormState): void {
  const params = writeLaunchState({ ...state, name: undefined, registryUser: '' });
  try {
    localStorage.setItem(key(state.type), params.toString());
  } catch {
    // storage disabled: the form still works, it just forgets
  }
}

export function recallLaunch(type: LaunchableType): LaunchFormState | undefined {
  try {
    const saved = localStorage.getItem(key(type));
    if (saved === null) return undefined;
    const state = readLaunchState(new URLSearchParams(saved));
    return state.type === type ? state : undefined;
  } catch {
    return undefined;
  }
}
