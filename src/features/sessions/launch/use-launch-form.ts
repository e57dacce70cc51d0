import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { LaunchableType } from '@/api/skaha/session-schemas';
import { platformSetsResources } from '@/api/skaha/session-resources';
import { useCurrentUser } from '@/auth/auth-context';
import { readLaunchState, writeLaunchState, type LaunchFormState } from './launch-state';
import { recallLaunch } from './remembered-launch';

/** Parameters that are not the form's values: a link carrying only these is a plain open of the form. */
const NOT_VALUES = new Set(['type', 'scenario']);

export interface InitialLaunch {
  state: LaunchFormState;
  /** The values are this user's last launch of the type, not the link's. */
  restored: boolean;
}

/**
 * What an address opens. A link's values win: remembered values are restored only when the address carries
 * none (a plain `/sessions/launch`, perhaps with a type), never merged into a link's, so a trainer's link
 * opens the same for every trainee whatever they launched before.
 */
export function initialLaunchState(params: URLSearchParams, username: string): InitialLaunch {
  const state = readLaunchState(params);
  const plain = [...params.keys()].every((key) => NOT_VALUES.has(key));
  const recalled = plain ? recallLaunch(username, state.type) : undefined;
  return recalled ? { state: recalled, restored: true } : { state, restored: false };
}

/** The form's own defaults for a type: what a link with only `type` opens when nothing is remembered. */
export const defaultLaunchState = (type: LaunchableType): LaunchFormState => ({
  ...readLaunchState(new URLSearchParams()),
  type,
});

/**
 * Which of the form's values are the user's own (typed, chosen, or from a link or preset), not restored from
 * their last launch of a type: only those go on to another type.
 */
export interface OwnValues {
  name: boolean;
  /** Fixed cores and RAM, which go together. */
  resources: boolean;
  /** GPUs, apart: a GPU restored beside a RAM the user changed is still not theirs. */
  gpus: boolean;
}

const ownValuesOf = (state: LaunchFormState): OwnValues => ({
  name: state.name !== undefined,
  resources: state.resources === 'fixed',
  gpus: state.resources === 'fixed' && state.gpus !== undefined,
});

const NONE_OWN: OwnValues = { name: false, resources: false, gpus: false };

/** `next`, a type's own start, with what the user set in `previous` that still applies to it. */
export function carriedOver(
  previous: LaunchFormState,
  next: LaunchFormState,
  own: OwnValues,
): LaunchFormState {
  const carried = { ...next };
  if (own.name && previous.name !== undefined) carried.name = previous.name;
  const bothTakeResources = !platformSetsResources(previous.type) && !platformSetsResources(next.type);
  if (own.resources && bothTakeResources && previous.resources === 'fixed') {
    carried.resources = 'fixed';
    carried.cores = previous.cores;
    carried.ram = previous.ram;
    carried.gpus = own.gpus ? previous.gpus : undefined;
  }
  return carried;
}

/**
 * The form's state, mirrored into the URL (replacing the entry, so typing adds no history). Fields edit React
 * state and the URL follows: an input bound to the URL itself would drop keys typed faster than the router
 * navigates.
 */
export function useLaunchForm() {
  const [params, setParams] = useSearchParams();
  const { username } = useCurrentUser();
  const [initial] = useState(() => initialLaunchState(params, username));
  const [state, setState] = useState(initial.state);
  const [restored, setRestored] = useState(initial.restored);
  // a notebook's remembered GPU must not follow the user to a headless job they launch three of
  const [own, setOwn] = useState(() => (initial.restored ? NONE_OWN : ownValuesOf(initial.state)));
  const current = params.toString();
  useEffect(() => {
    const next = writeLaunchState(state).toString();
    if (next !== current) setParams(new URLSearchParams(next), { replace: true });
  }, [state, current, setParams]);
  const update = useCallback((patch: Partial<LaunchFormState>) => {
    setState((previous) => ({ ...previous, ...patch }));
    // dropping a value the platform does not offer (use-dropped-unoffered.ts) is not the user's choice
    const setsResources =
      patch.resources !== undefined ||
      patch.cores !== undefined ||
      patch.ram !== undefined ||
      patch.gpus !== undefined;
    if ('name' in patch || setsResources)
      setOwn((previous) => ({
        name: previous.name || 'name' in patch,
        resources: previous.resources || setsResources,
        gpus: previous.gpus || patch.gpus !== undefined,
      }));
  }, []);
  /**
   * Another type starts from this user's last launch of it, said so by the restored notice, keeping what the
   * user has set here that the new type takes too: a name typed, and fixed resources between two types that
   * take them (not Desktop or Firefly, whose templates set theirs).
   */
  const chooseType = useCallback(
    (type: LaunchableType) => {
      const recalled = recallLaunch(username, type);
      setState((previous) => carriedOver(previous, recalled ?? defaultLaunchState(type), own));
      setRestored(recalled !== undefined);
    },
    [username, own],
  );
  const resetToDefaults = useCallback(() => {
    setState((previous) => defaultLaunchState(previous.type));
    setRestored(false);
    setOwn(NONE_OWN);
  }, []);
  /** A preset's values, applied whole as a link's are: nothing remembered is mixed in. */
  const replace = useCallback((next: LaunchFormState) => {
    setState(next);
    setRestored(false);
    setOwn(ownValuesOf(next));
  }, []);
  return { state, update, replace, chooseType, restored, resetToDefaults };
}
