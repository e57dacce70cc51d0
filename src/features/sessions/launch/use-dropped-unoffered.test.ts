import { act, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { readLaunchState, type LaunchFormState } from './launch-state';
import { useDroppedUnoffered, withoutUnoffered } from './use-dropped-unoffered';

const offered = { cores: [1, 2, 4], ram: [4, 8], gpus: [1] };

/** The form at `search` with the hook on it, counting the renders. */
function renderDropped(search: string) {
  let renders = 0;
  const view = renderHook(() => {
    renders += 1;
    const [state, setState] = useState(() => readLaunchState(new URLSearchParams(search)));
    const update = (patch: Partial<LaunchFormState>) => {
      setState((previous) => ({ ...previous, ...patch }));
    };
    return { state, ...useDroppedUnoffered(state, offered, true, update) };
  });
  return { ...view, renders: () => renders };
}

describe('withoutUnoffered', () => {
  it('clears exactly the values the platform does not offer', () => {
    expect(withoutUnoffered({ cores: 3 })).toEqual({ cores: undefined });
    expect(withoutUnoffered({ ram: 64, gpus: 2 })).toEqual({ ram: undefined, gpus: undefined });
    expect(withoutUnoffered({})).toEqual({});
  });
});

describe('useDroppedUnoffered', () => {
  it('drops a link’s unoffered values before the form is shown, and keeps them for the notice', () => {
    const { result, renders } = renderDropped('type=notebook&resources=fixed&cores=3&ram=8&gpus=2');
    expect(result.current.state).toMatchObject({ cores: undefined, ram: 8, gpus: undefined });
    expect(result.current.unavailable).toEqual({ cores: 3, gpus: 2 });
    // once: the render that dropped them, and the one that shows the form without them
    expect(renders()).toBe(2);
  });

  it('forgets them once the user changes the resources, and applies the change', () => {
    const { result } = renderDropped('type=notebook&resources=fixed&cores=3');
    act(() => {
      result.current.changeResources({ cores: 4 });
    });
    expect(result.current.state.cores).toBe(4);
    expect(result.current.unavailable).toBeUndefined();
  });

  it('leaves offered values and says nothing', () => {
    const { result } = renderDropped('type=notebook&resources=fixed&cores=2&ram=4');
    expect(result.current.state).toMatchObject({ cores: 2, ram: 4 });
    expect(result.current.unavailable).toBeUndefined();
  });
});
