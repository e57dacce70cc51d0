import { useState } from 'react';
import { unofferedResources, type OfferedResources, type UnofferedResources } from './launch-request';
import type { LaunchFormState } from './launch-state';

/** The form's change that drops the values the platform does not offer. */
export const withoutUnoffered = (unoffered: UnofferedResources): Partial<LaunchFormState> => ({
  ...(unoffered.cores !== undefined && { cores: undefined }),
  ...(unoffered.ram !== undefined && { ram: undefined }),
  ...(unoffered.gpus !== undefined && { gpus: undefined }),
});

/**
 * Values a link, preset or remembered launch asked for that this platform does not offer: skaha would refuse
 * them and the pickers cannot show them, so they are dropped, once, while rendering, and `unavailable` holds
 * them for the notice until the user changes the resources (`changeResources`).
 */
export function useDroppedUnoffered(
  state: LaunchFormState,
  offered: OfferedResources | undefined,
  gpusEnabled: boolean,
  update: (patch: Partial<LaunchFormState>) => void,
) {
  const [unavailable, setUnavailable] = useState<UnofferedResources>();
  const unoffered = offered && unofferedResources(state, offered, gpusEnabled);
  if (unoffered) {
    update(withoutUnoffered(unoffered));
    setUnavailable(unoffered);
  }
  const changeResources = (patch: Partial<LaunchFormState>) => {
    update(patch);
    setUnavailable(undefined);
  };
  return { unavailable, changeResources };
}
