import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../auth/auth-context';
import { readLaunchState, writeLaunchState, type LaunchFormState } from './launch-state';
import { recallLaunch } from './remembered-launch';

/**
 * What a link opens: its parameters; a bare link (a type, perhaps an image) starts from this user's last
 * launch of that type.
 */
export function initialLaunchState(params: URLSearchParams, username: string): LaunchFormState {
  const state = readLaunchState(params);
  const bare = [...params.keys()].every((key) => key === 'type' || key === 'image' || key === 'scenario');
  const recalled = bare ? recallLaunch(username, state.type) : undefined;
  if (!recalled) return state;
  const image = params.get('image');
  return { ...recalled, image: image ?? recalled.image, custom: image ? false : recalled.custom };
}

/**
 * The form's state, mirrored into the URL (replacing the entry, so typing adds no history). Fields edit React
 * state and the URL follows: an input bound to the URL itself would drop keys typed faster than the router
 * navigates.
 */
export function useLaunchForm() {
  const [params, setParams] = useSearchParams();
  const { username } = useCurrentUser();
  const [state, setState] = useState(() => initialLaunchState(params, username));
  const current = params.toString();
  useEffect(() => {
    const next = writeLaunchState(state).toString();
    if (next !== current) setParams(new URLSearchParams(next), { replace: true });
  }, [state, current, setParams]);
  const update = useCallback((patch: Partial<LaunchFormState>) => {
    setState((previous) => ({ ...previous, ...patch }));
  }, []);
  return { state, update, replace: setState };
}
