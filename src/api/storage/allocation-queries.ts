import { queryOptions } from '@tanstack/react-query';
import { isApiError } from '../http/api-error';
import type { ApiClient } from '../http/client';
import { isUnaddressableName } from './cavern-names';
import { encodePath, normalizePath } from './vos-uri';
import { parseNodeDocument } from './vospace-xml';
import { storageKeys } from './storage-keys';

/** An allocation folder (a home or a project) and how full it is. */
export interface Allocation {
  path: string;
  /** Bytes used: the root node's recursive `length`; absent on deployments without quotas. */
  used: number | undefined;
  /** Bytes allowed: the root node's `quota`; absent when none is set. */
  quota: number | undefined;
  /**
   * False when cavern has no such folder (404 NodeNotFound): a brand-new user's home does not exist until skaha
   * creates it for their first session (platform-api §10.2), so that is an answer, not a failure.
   */
  exists: boolean;
}

/** `used / quota`, or undefined when either is unknown. */
export function allocationFraction(allocation: Allocation): number | undefined {
  if (allocation.used === undefined || allocation.quota === undefined || allocation.quota <= 0)
    return undefined;
  return allocation.used / allocation.quota;
}

/**
 * The allocation of a home or project folder: the node itself without its children (`limit=0`, the one limit
 * cavern honours), reading the root's `length` and `quota` — never the children's sizes.
 */
export function allocationQueryOptions(api: ApiClient, path: string) {
  const normalized = normalizePath(path);
  return queryOptions({
    queryKey: storageKeys.allocation(normalized),
    queryFn: async ({ signal }): Promise<Allocation> => {
      let document: Document;
      try {
        document = await api.xml('storage', `/nodes${encodePath(normalized)}`, {
          query: { limit: '0' },
          signal,
        });
      } catch (error) {
        // a name cavern cannot address (a group's or label's, cavern-names.ts) has no folder it can serve
        if (isNodeNotFound(error) || isUnaddressableName(error))
          return { path: normalized, used: undefined, quota: undefined, exists: false };
        throw error;
      }
      const node = parseNodeDocument(document);
      return { path: normalized, used: node.length, quota: node.quota, exists: true };
    },
  });
}

/** The signed-in user's home folder, `/home/<username>`. */
export const homePath = (username: string) => `/home/${username}`;

/** cavern's answer for a path with no node (NodeNotFound, 404). */
export const isNodeNotFound = (error: unknown): boolean =>
  isApiError(error) && error.service === 'storage' && error.kind === 'http' && error.status === 404;
