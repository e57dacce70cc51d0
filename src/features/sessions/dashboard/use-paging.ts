import { useState } from 'react';

/** Tiles rendered at first, and added by each "Show more": enough for any real user, bounded for 50,000. */
export const TILE_PAGE = 60;

/**
 * How many of a list to render. A new `resetKey` (the filter) starts again from one page, so a search over
 * everything shows its first matches rather than keeping a long page open.
 */
export function usePaging(resetKey: string): { limit: number; showMore: () => void } {
  const [state, setState] = useState({ key: resetKey, limit: TILE_PAGE });
  const limit = state.key === resetKey ? state.limit : TILE_PAGE;
  return {
    limit,
    showMore: () => {
      setState({ key: resetKey, limit: limit + TILE_PAGE });
    },
  };
}
