import { queryOptions } from '@tanstack/react-query';
import { isApiError } from '../http/api-error';
import type { ApiClient } from '../http/client';
import { storageKeys } from './storage-keys';
import { encodePath, parentOf, pathFromVosUri, pathSegments } from './vos-uri';
import { parseNodeDocument, type VosNode } from './vospace-xml';

/** The node at `path` without its children (`GET /nodes/<path>?limit=0`); a 404 is thrown like any failure. */
export async function readNode(api: ApiClient, path: string, signal?: AbortSignal): Promise<VosNode> {
  const document = await api.xml('storage', `/nodes${encodePath(path)}`, { query: { limit: '0' }, signal });
  return parseNodeDocument(document);
}

/** How many destinations are asked about at once. */
const PARALLEL_CHECKS = 4;

/** cavern's 404 for a node that is not there (a proxy's 404 is not one). */
export const isNodeNotFound = (error: unknown) =>
  isApiError(error) && error.status === 404 && error.message.startsWith('NodeNotFound');

/**
 * cavern's 403 `PermissionDenied: /projects/lensing-lab` on a path below a folder the user may not read: the
 * folder it names (the one refused on the way), or undefined for any other failure.
 */
export function deniedFolder(error: unknown): string | undefined {
  if (!isApiError(error) || error.status !== 403) return undefined;
  return /^PermissionDenied: (\/\S*)/.exec(error.message.trim())?.[1];
}

/**
 * The node at `path` without its children (`GET /nodes/<path>?limit=0`), or undefined when cavern answers
 * 404 NodeNotFound: the name is free. Any other failure (a 404 from a proxy included) is thrown, so a write is
 * never made on a guess.
 */
export async function findNode(
  api: ApiClient,
  path: string,
  signal?: AbortSignal,
): Promise<VosNode | undefined> {
  try {
    return await readNode(api, path, signal);
  } catch (error) {
    if (isNodeNotFound(error)) return undefined;
    throw error;
  }
}

/** `findNode` for each path, a few at a time, in the order given. */
export async function findNodes(
  api: ApiClient,
  paths: readonly string[],
  signal?: AbortSignal,
): Promise<(VosNode | undefined)[]> {
  const found = new Array<VosNode | undefined>(paths.length);
  // One iterator shared by the workers: each path is taken once.
  const pending = paths.entries();
  async function worker() {
    for (const [index, path] of pending) found[index] = await findNode(api, path, signal);
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_CHECKS, paths.length) }, worker));
  return found;
}

/** Links followed before a destination is taken as no folder, so a loop of links ends. */
const MAX_LINKS = 8;

/**
 * The folder that `path` is or leads to through links in this storage, or undefined when there is none:
 * nothing there, a file, or a link to nothing or outside the storage.
 */
export async function resolveFolder(
  api: ApiClient,
  authority: string,
  path: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  let current = path;
  for (let links = 0; links <= MAX_LINKS; links += 1) {
    const node = await findNode(api, current, signal);
    if (node?.kind === 'container') return current;
    if (node?.kind !== 'link') return undefined;
    const next = pathFromVosUri(node.target, authority);
    if (next === undefined) return undefined;
    current = next;
  }
  return undefined;
}

/**
 * The closest folder above `path` that is there, asked for from the nearest up (`limit=0` each), or undefined
 * when none answers as a folder before the storage's root. Any failure other than NodeNotFound (a folder the
 * user may not read) ends the climb there, so no more is asked on a guess.
 */
export async function nearestFolder(api: ApiClient, path: string, signal?: AbortSignal) {
  for (let above = parentOf(path); pathSegments(above).length > 0; above = parentOf(above)) {
    const node = await findNode(api, above, signal);
    if (node?.kind === 'container') return above;
    if (node) return undefined;
  }
  return undefined;
}

export function nearestFolderQueryOptions(api: ApiClient, path: string) {
  return queryOptions({
    queryKey: storageKeys.nearestFolder(path),
    queryFn: async ({ signal }) => (await nearestFolder(api, path, signal)) ?? null,
    retry: false,
  });
}
