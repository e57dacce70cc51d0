import { queryOptions } from '@tanstack/react-query';
import { ApiError } from '../http/api-error';
import type { ApiClient } from '../http/client';
import { groupKeys } from './group-keys';
import { GroupXmlError, parseGroup, parseGroupList, type GmsGroup } from './group-xml';

const FIVE_MINUTES = 5 * 60_000;

/** A group the signed-in user leads, and how. */
export interface LedGroup {
  name: string;
  role: 'owner' | 'admin';
  description: string | undefined;
}

/** XML that is well-formed but not a GMS document is the service's fault, reported like other bad bodies. */
async function parsed<T>(read: () => Promise<Document>, parse: (document: Document) => T): Promise<T> {
  const document = await read();
  try {
    return parse(document);
  } catch (error) {
    if (!(error instanceof GroupXmlError)) throw error;
    throw new ApiError({ service: 'ac', kind: 'malformed', status: 200, message: error.message });
  }
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
        parsed(() => api.xml('ac', '/search', { query: { ROLE: role }, signal }), parseGroupList);
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
      parsed(() => api.xml('ac', `/groups/${encodeURIComponent(name)}`, { signal }), parseGroup),
    staleTime: FIVE_MINUTES,
  });
}
