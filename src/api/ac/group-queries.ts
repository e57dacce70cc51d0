import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../http/client';
import { groupKeys } from './group-keys';
import { parseGroup, parseGroupList, type GmsGroup } from './group-xml';

const FIVE_MINUTES = 5 * 60_000;

/** A group the signed-in user leads, and how. */
export interface LedGroup {
  name: string;
  role: 'owner' | 'admin';
  description: string | undefined;
}

/**
 * The groups the signed-in user owns or administers: `GET {ac}/search?ROLE=owner` and `ROLE=admin`, owner
 * first when both (GMS lists a group once per role).
 */
export function ledGroupsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: groupKeys.led(),
    queryFn: async ({ signal }): Promise<LedGroup[]> => {
      const search = (role: 'owner' | 'admin') =>
        api.xml('ac', '/search', { query: { ROLE: role }, signal }).then(parseGroupList);
      const [owned, administered] = await Promise.all([search('owner'), search('admin')]);
      const led = new Map<string, LedGroup>();
      const add = (group: GmsGroup, role: LedGroup['role']) => {
        if (!led.has(group.name))
          led.set(group.name, { name: group.name, role, description: group.description });
      };
      for (const group of owned) add(group, 'owner');
      for (const group of administered) add(group, 'admin');
      return [...led.values()].sort((a, b) => a.name.localeCompare(b.name));
    },
    staleTime: FIVE_MINUTES,
  });
}

/** One group with its members: `GET {ac}/groups/<name>`. */
export function groupQueryOptions(api: ApiClient, name: string) {
  return queryOptions({
    queryKey: groupKeys.detail(name),
    queryFn: ({ signal }) =>
      api.xml('ac', `/groups/${encodeURIComponent(name)}`, { signal }).then(parseGroup),
    staleTime: FIVE_MINUTES,
  });
}
