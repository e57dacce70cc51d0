import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../http/client';
import { groupKeys } from './group-keys';

const FIVE_MINUTES = 5 * 60_000;

/** GMS group names: letters, digits and `-_.~` (what `ivo://cadc.nrc.ca/gms?<name>` may hold). */
export const GROUP_NAME = /^[A-Za-z0-9._~-]+$/;

/** `GET {ac}/search` without parameters: the signed-in user's groups, one name a line (platform-api.md §10.5). */
export function membershipsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: groupKeys.memberships(),
    queryFn: async ({ signal }): Promise<string[]> => {
      const text = await api.text('ac', '/search', { signal });
      const names = text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => GROUP_NAME.test(line));
      return [...new Set(names)].sort((a, b) => a.localeCompare(b));
    },
    staleTime: FIVE_MINUTES,
  });
}
