import { mutationOptions } from '@tanstack/react-query';
import { ApiError, isApiError, isUnanswered } from '../http/api-error';
import type { ApiClient } from '../http/client';
import type { StorageEntry } from './listing';
import { findNode, findNodes, isNodeNotFound, resolveFolder } from './node-exists';
import {
  newContainerXml,
  permissionChanges,
  propertyUpdateXml,
  type PermissionChange,
} from './node-xml-writer';
import { moveTransferXml } from './transfer-xml';
import { jobFailure, runJob, type JobPhase } from './uws';
import { storageKeys } from './storage-keys';
import { encodePath, nameOf, parentOf, vosUri } from './vos-uri';

/** Every change may move sizes and quotas up the tree, so each one refreshes what is cached of cavern. */
const refreshStorage = (client: {
  invalidateQueries: (filters: { queryKey: readonly unknown[] }) => Promise<void>;
}) => client.invalidateQueries({ queryKey: storageKeys.nodes() });

/** Reports each item's job phase as it goes, for the progress the dialogs show. */
export type PhaseListener = (path: string, phase: JobPhase) => void;

/** `PUT /nodes/<path>` of a new container node. */
export async function createFolder(api: ApiClient, authority: string, path: string): Promise<void> {
  await api.request('storage', `/nodes${encodePath(path)}`, {
    method: 'PUT',
    body: newContainerXml(vosUri(authority, path)),
    contentType: 'text/xml',
  });
}

/** `createFolder` where a folder already there is what was wanted (cavern's 409 DuplicateNode). */
export async function ensureFolder(api: ApiClient, authority: string, path: string): Promise<void> {
  try {
    await createFolder(api, authority, path);
  } catch (error) {
    if (!isApiError(error) || error.status !== 409) throw error;
  }
}

/** Whether a folder is at `path`; a failed look counts as no, so the failure that led to it is what is said. */
async function isFolderThere(api: ApiClient, path: string): Promise<boolean> {
  try {
    return (await findNode(api, path))?.kind === 'container';
  } catch {
    return false;
  }
}

export function createFolderMutationOptions(api: ApiClient, authority: string) {
  return mutationOptions({
    mutationKey: [...storageKeys.all, 'create-folder'],
    mutationFn: async (path: string) => {
      try {
        await createFolder(api, authority, path);
      } catch (error) {
        // The answer may be what was lost: a folder there now is this one (the name was free when asked).
        if (!isUnanswered(error) || !(await isFolderThere(api, path))) throw error;
      }
      return path;
    },
    onSettled: (_data, _error, _path, _result, context) => refreshStorage(context.client),
  });
}

// cadc-vos-server's DeleteNodeAction: "container node '<name>' is not empty" (400)
const isNotEmpty = (error: unknown) =>
  isApiError(error) && error.status === 400 && error.message.includes('is not empty');

/** A folder known to hold something, which a plain DELETE would only see refused. */
class NotEmpty extends Error {}

export interface DeleteRequest {
  /** `hasChildren`, when known, sends a folder straight to the recursive job. */
  entries: readonly (Pick<StorageEntry, 'path' | 'kind'> & { hasChildren?: boolean | undefined })[];
  onPhase?: PhaseListener | undefined;
  /** Stops the delete before the next item; the item under way still finishes. */
  signal?: AbortSignal | undefined;
}

/** A delete that ran to its end or was stopped: `kept` holds the paths it never reached (none when it ran through). */
export interface DeleteOutcome {
  kept: readonly string[];
}

type DeleteEntry = DeleteRequest['entries'][number];

/**
 * A DELETE that got no answer, and the check of whether the item is still there failed too: it may be gone or
 * not. `cause` is the DELETE's own failure.
 */
export class DeleteOutcomeUnknownError extends Error {
  constructor(cause: unknown) {
    super('The outcome of the delete is unknown', { cause });
    this.name = 'DeleteOutcomeUnknownError';
  }
}

/**
 * Whether nothing is at `path` now (cavern's NodeNotFound): asked after a write on it failed, so what is said is
 * that the item is gone rather than the failure. Undefined when the look failed too.
 */
async function isGone(user: ApiClient, path: string): Promise<boolean | undefined> {
  try {
    return (await findNode(user, path)) === undefined;
  } catch {
    return undefined;
  }
}

/** Whether a DELETE that got no answer was done after all: gone means done, there means it failed. */
async function isGoneAfterAll(user: ApiClient, path: string, failure: unknown): Promise<boolean> {
  const gone = await isGone(user, path);
  if (gone === undefined) throw new DeleteOutcomeUnknownError(failure);
  return gone;
}

async function deleteNode(
  user: ApiClient,
  authority: string,
  entry: DeleteEntry,
  onPhase: PhaseListener | undefined,
): Promise<void> {
  try {
    if (entry.kind === 'container' && entry.hasChildren) throw new NotEmpty();
    await user.request('storage', `/nodes${encodePath(entry.path)}`, { method: 'DELETE' });
    onPhase?.(entry.path, 'COMPLETED');
  } catch (error) {
    // Gone already (an earlier attempt deleted it, or someone else did): what was asked is done.
    if (isNodeNotFound(error) || (isUnanswered(error) && (await isGoneAfterAll(user, entry.path, error)))) {
      onPhase?.(entry.path, 'COMPLETED');
      return;
    }
    if (entry.kind !== 'container' || !(error instanceof NotEmpty || isNotEmpty(error))) throw error;
    const job = await runJob(user, {
      create: () =>
        user.request('storage', '/async-delete', {
          form: new URLSearchParams({ target: vosUri(authority, entry.path) }),
        }),
      onPhase: (phase) => onPhase?.(entry.path, phase),
    });
    if (job.phase !== 'COMPLETED') throw jobFailure(job);
  }
}

/**
 * Files, links and empty folders go with a plain DELETE; a folder cavern refuses as not empty goes through the
 * recursive `/async-delete` job (the user has confirmed how many items that removes). One item at a time, and
 * the first failure ends the run, reported as that item's `ERROR` phase: cavern's failures are rarely about one
 * item (busy, sign-in expired, no write access to the folder), so going on would mostly collect the same refusal
 * again, and what is left stays one list for a retry.
 */
export function deleteNodesMutationOptions(api: ApiClient, authority: string) {
  return mutationOptions({
    mutationKey: [...storageKeys.all, 'delete'],
    mutationFn: async ({ entries, onPhase, signal }: DeleteRequest): Promise<DeleteOutcome> => {
      // what is not deleted yet is not deleted by whoever signs in next
      const user = api.forCurrentUser();
      for (const [index, entry] of entries.entries()) {
        // Checked between items only: a DELETE already sent cannot be recalled, and dropping its answer would
        // leave unknown whether the item is gone.
        if (signal?.aborted) return { kept: entries.slice(index).map((kept) => kept.path) };
        try {
          await deleteNode(user, authority, entry, onPhase);
        } catch (error) {
          // UWS's own word for a phase no one can tell: the item may be gone or not.
          onPhase?.(entry.path, error instanceof DeleteOutcomeUnknownError ? 'UNKNOWN' : 'ERROR');
          throw error;
        }
      }
      return { kept: [] };
    },
    onSettled: (_data, _error, _request, _result, context) => refreshStorage(context.client),
  });
}

export interface MoveRequest {
  /** Paths of the nodes to move. */
  sources: readonly string[];
  /** `into`: a folder to move them into; `rename`: for one source, its new path. */
  mode: 'into' | 'rename';
  destination: string;
  onPhase?: PhaseListener | undefined;
}

/**
 * A move stopped before any job was made: its destination is no folder (`notFolder`), something is already
 * at a rename's new path (`taken`), the folder already holds items named as some being moved (`holds`,
 * their names in `names`), or cavern refused to show what is there (`noAccess`: a 403 PermissionDenied on the
 * way, so the user may not open the folder, let alone write in it). cavern refuses none of the first two: it renames an item sent to a path where
 * nothing is (to that path's name, in its parent), and moves an item renamed onto a folder into that folder
 * (InternalTransferAction), so either would do something else than was asked. The third it refuses today with
 * a DuplicateNode job error, once the items before the clash have moved; a storage that replaced the item
 * there instead would lose it, so the portal asks first, whatever the service would do.
 */
export class MoveDestinationError extends ApiError {
  constructor(
    readonly path: string,
    readonly reason: 'notFolder' | 'taken' | 'holds' | 'noAccess',
    readonly names: readonly string[] = [],
  ) {
    super({
      service: 'storage',
      kind: 'http',
      status: reason === 'notFolder' ? 404 : reason === 'noAccess' ? 403 : 409,
      message:
        reason === 'notFolder'
          ? `not a folder: ${path}`
          : reason === 'noAccess'
            ? `PermissionDenied: ${path}`
            : `DuplicateNode: ${reason === 'holds' ? `${path}/${names[0] ?? ''}` : path}`,
    });
    this.name = 'MoveDestinationError';
  }
}

export const isMoveDestinationError = (error: unknown): error is MoveDestinationError =>
  error instanceof MoveDestinationError;

/**
 * Items a move or rename could not take: nothing was at their path once cavern's job for them failed (moved or
 * deleted elsewhere since the listing was read). No retry can move them, so they are said as gone, not failed.
 */
export class ItemsGoneError extends ApiError {
  constructor(readonly paths: readonly string[]) {
    super({ service: 'storage', kind: 'http', status: 404, message: `NodeNotFound: ${paths.join(', ')}` });
    this.name = 'ItemsGoneError';
  }
}

export const isItemsGoneError = (error: unknown): error is ItemsGoneError => error instanceof ItemsGoneError;

/** Whether a move that got no answer was done: nothing left at `source` and something at `moved`. */
async function isMovedAfterAll(user: ApiClient, source: string, moved: string): Promise<boolean> {
  try {
    const [left, arrived] = await findNodes(user, [source, moved]);
    return left === undefined && arrived !== undefined;
  } catch {
    return false;
  }
}

/**
 * Move and rename are cavern transfer jobs (`POST /transfers`, keepBytes=false), one per node, sent only once
 * the destination is read to be what the mode needs: a folder (through links, to the folder itself), or free.
 */
export function moveNodesMutationOptions(api: ApiClient, authority: string) {
  return mutationOptions({
    mutationKey: [...storageKeys.all, 'move'],
    mutationFn: async ({ sources, mode, destination, onPhase }: MoveRequest) => {
      const user = api.forCurrentUser();
      let target = destination;
      try {
        if (mode === 'rename') {
          if (await findNode(user, destination)) throw new MoveDestinationError(destination, 'taken');
        } else {
          const folder = await resolveFolder(user, authority, destination);
          if (folder === undefined) throw new MoveDestinationError(destination, 'notFolder');
          target = folder;
          const names = sources.map(nameOf);
          const there = await findNodes(
            user,
            names.map((name) => `${folder}/${name}`),
          );
          const held = names.filter((_name, index) => there[index] !== undefined);
          if (held.length > 0) throw new MoveDestinationError(folder, 'holds', held);
        }
      } catch (error) {
        // Every read of a move into a folder is of that folder and what is in it: a 403 is the user's access to it.
        if (mode === 'into' && isApiError(error) && error.status === 403 && !isMoveDestinationError(error)) {
          throw new MoveDestinationError(destination, 'noAccess');
        }
        throw error;
      }
      const gone: string[] = [];
      for (const source of sources) {
        const moved = mode === 'rename' ? target : `${target}/${nameOf(source)}`;
        try {
          const job = await runJob(user, {
            create: () =>
              user.request('storage', '/transfers', {
                body: moveTransferXml(vosUri(authority, source), vosUri(authority, target)),
                contentType: 'text/xml',
              }),
            onPhase: (phase) => onPhase?.(source, phase),
          });
          if (job.phase !== 'COMPLETED') throw jobFailure(job);
        } catch (error) {
          // The answer may be what was lost: gone from its place and at the new one is this move, done (the new
          // path was free when asked). Else a second press would find its own item there and refuse the name.
          if (isUnanswered(error) && (await isMovedAfterAll(user, source, moved))) {
            onPhase?.(source, 'COMPLETED');
            continue;
          }
          // An item no longer there (another client moved or deleted it) is about that item alone: the others
          // still go, and it is said as gone once they have.
          if (isUnanswered(error) || (await isGone(user, source)) !== true) throw error;
          gone.push(source);
        }
      }
      if (gone.length > 0) throw new ItemsGoneError(gone);
    },
    onSettled: (_data, _error, _request, _result, context) => refreshStorage(context.client),
  });
}

/** The new path of a node renamed in place. */
export const renamedPath = (path: string, name: string) => `${parentOf(path)}/${name}`.replace(/^\/\//, '/');

export interface PermissionRequest {
  entry: Pick<StorageEntry, 'path' | 'kind' | 'target'>;
  change: PermissionChange;
  /** Folders: apply to everything inside too (`/async-setprops`). */
  recursive: boolean;
  onPhase?: PhaseListener | undefined;
}

export function setPermissionsMutationOptions(api: ApiClient, authority: string) {
  return mutationOptions({
    mutationKey: [...storageKeys.all, 'permissions'],
    mutationFn: async ({ entry, change, recursive, onPhase }: PermissionRequest) => {
      const user = api.forCurrentUser();
      const uri = vosUri(authority, entry.path);
      const identity =
        entry.kind === 'link'
          ? { kind: 'link' as const, uri, target: entry.target ?? '' }
          : { kind: entry.kind, uri };
      const body = propertyUpdateXml(identity, permissionChanges(change));
      if (recursive && entry.kind === 'container') {
        const job = await runJob(user, {
          create: () => user.request('storage', '/async-setprops', { body, contentType: 'text/xml' }),
          onPhase: (phase) => onPhase?.(entry.path, phase),
        });
        if (job.phase !== 'COMPLETED') throw jobFailure(job);
        return;
      }
      await user.request('storage', `/nodes${encodePath(entry.path)}`, { body, contentType: 'text/xml' });
    },
    onSettled: (_data, _error, _request, _result, context) => refreshStorage(context.client),
  });
}
