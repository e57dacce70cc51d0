import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useApi } from '@/api/api-context';
import { allocationQueryOptions } from '@/api/storage/allocation-queries';
import type { StorageEntry } from '@/api/storage/listing';
import { findNodes } from '@/api/storage/node-exists';
import { storageKeys } from '@/api/storage/storage-keys';
import { useConfig } from '@/config/config-context';
import type { PickedFile } from './dropped-files';
import { createFolders, planUploads, type PlannedUpload } from './prepare-upload';
import {
  activeDestinations,
  allocationRootOf,
  alreadyStored,
  clashingDestinations,
  destinationIn,
  retryMustAsk,
  spaceShortfall,
  unaddressableUploads,
  type SpaceShortfall,
  type UnaddressableUpload,
} from './upload-plan';
import { replacesFile, type UploadItem, type UploadQueue } from './upload-queue';

interface PendingBatch {
  kind: 'batch';
  planned: PlannedUpload[];
  files: PickedFile[];
  folders: string[];
}
type PendingUpload = PendingBatch | { kind: 'retry'; items: readonly UploadItem[] };

/**
 * From picked or dropped files to queued uploads: refuse a batch that would write one destination twice, find
 * what would be replaced and ask, create the folders, then queue the files. `listed` is the folder's listing
 * when it is loaded and current; without it every destination is checked on the server first.
 */
export function useStartUpload(
  queue: UploadQueue,
  folder: string,
  listed: readonly StorageEntry[] | undefined,
) {
  const api = useApi();
  const queryClient = useQueryClient();
  const authority = useConfig().storage.vosAuthority;
  const [pending, setPending] = useState<PendingUpload>();
  const [preparing, setPreparing] = useState(false);
  const [error, setError] = useState<unknown>();
  const [clashes, setClashes] = useState<string[]>([]);
  const [unaddressable, setUnaddressable] = useState<UnaddressableUpload[]>([]);
  // whether the batch those names came from had nothing else to send
  const [refusedWhole, setRefusedWhole] = useState(false);
  // Destinations of batches still being checked: a second drop meanwhile must not target them too.
  const planning = useRef(new Set<string>());
  // The last batch refused before anything was sent, for want of room in its storage space.
  const [shortfall, setShortfall] = useState<SpaceShortfall>();

  /**
   * Whether the batch fits in its storage space, by the figure the page shows (the quota bar's; awaited if the
   * page is still reading it). A figure that says it does not is read again first: the page's may be minutes
   * old, and a session or another tab may have freed space since. When it cannot be read, the batch is sent and
   * the service decides, as where there is no quota.
   */
  async function findShortfall(planned: readonly PlannedUpload[]) {
    const root = allocationRootOf(folder);
    if (root === undefined) return undefined;
    const options = allocationQueryOptions(api, root);
    const shown = queryClient.getQueryData(options.queryKey);
    try {
      const known = shown ?? (await queryClient.query(options));
      const shortfall = spaceShortfall(known, planned, queue.getSnapshot());
      if (!shortfall || shown === undefined) return shortfall;
      return spaceShortfall(
        await queryClient.query({ ...options, staleTime: 0 }),
        planned,
        queue.getSnapshot(),
      );
    } catch {
      return undefined;
    }
  }

  async function enqueue(upload: PendingBatch, planned: readonly PlannedUpload[]) {
    setPending(undefined);
    setPreparing(true);
    try {
      const user = api.forCurrentUser();
      await createFolders(user, authority, folder, upload.files, upload.folders);
      // signed out while the folders were made: nothing is queued for whoever signs in next
      if (user.userGone()) return;
      queue.add(planned.map(({ file, path, exists }) => ({ file, path, replace: exists })));
      await queryClient.invalidateQueries({ queryKey: storageKeys.node(folder) });
    } catch (caught) {
      setError(caught);
    } finally {
      setPreparing(false);
    }
  }

  async function start(picked: PickedFile[], pickedFolders: string[] = []) {
    if (picked.length === 0 && pickedFolders.length === 0) return;
    setError(undefined);
    setShortfall(undefined);
    const refused = unaddressableUploads([...picked.map((file) => file.relativePath), ...pickedFolders]);
    const held = new Set(refused.map((item) => item.relativePath));
    const files = picked.filter((file) => !held.has(file.relativePath));
    const folders = pickedFolders.filter((path) => !held.has(path));
    setUnaddressable(refused);
    setRefusedWhole(files.length === 0 && folders.length === 0);
    if (files.length === 0 && folders.length === 0) {
      setClashes([]);
      return;
    }
    const paths = files.map((file) => destinationIn(folder, file.relativePath));
    const busy = new Set([
      ...activeDestinations(queue.getSnapshot()),
      ...planning.current,
      ...(pending?.kind === 'batch' ? pending.planned.map((item) => item.path) : []),
    ]);
    const clashing = clashingDestinations(paths, busy);
    setClashes(clashing);
    if (clashing.length > 0) return;
    for (const path of paths) planning.current.add(path);
    setPreparing(true);
    try {
      const planned = await planUploads(api, queryClient, authority, folder, listed, files);
      // Refused before anything is sent, folders included: it would fail file by file once sent.
      const short = await findShortfall(planned);
      if (short) {
        setShortfall(short);
        return;
      }
      const upload: PendingBatch = { kind: 'batch', planned, files, folders };
      if (planned.some((item) => item.exists)) setPending(upload);
      else await enqueue(upload, planned);
    } catch (caught) {
      setError(caught);
    } finally {
      for (const path of paths) planning.current.delete(path);
      setPreparing(false);
    }
  }

  /**
   * Retries failed or cancelled uploads, asking first about those whose destination has a file on it now that
   * this upload did not write (one question for all of them).
   */
  async function retry(items: readonly UploadItem[]) {
    setError(undefined);
    try {
      const nodes = await findNodes(
        api,
        items.map((item) => item.path),
      );
      const ask: UploadItem[] = [];
      items.forEach((item, index) => {
        const node = nodes[index];
        if (alreadyStored(item, node)) queue.confirmStored(item.id);
        else if (retryMustAsk(item, node)) ask.push(item);
        // a file there now is this upload's own (retryMustAsk): replacing it is what the retry is for
        else queue.retry(item.id, { replace: replacesFile(node) });
      });
      if (ask.length > 0) setPending({ kind: 'retry', items: ask });
    } catch (caught) {
      setError(caught);
    }
  }

  const close = () => {
    setPending(undefined);
  };
  return {
    start,
    retry,
    preparing,
    error,
    /** Destinations a refused batch named twice, or that other uploads already target. */
    clashes,
    /** The names of the last batch that cavern could not store, which were not sent. */
    unaddressable,
    /** Whether those names were all the last batch had: nothing of it was sent. */
    refusedWhole,
    /** The last batch, not sent: its storage space had too little room for it. */
    shortfall,
    dismissShortfall: () => {
      setShortfall(undefined);
    },
    conflicts:
      pending?.kind === 'retry'
        ? pending.items.map((item) => ({ path: item.path }))
        : (pending?.planned.filter((item) => item.exists) ?? []),
    replace: () => {
      if (pending?.kind === 'retry') {
        close();
        for (const item of pending.items) queue.retry(item.id, { replace: true });
        return Promise.resolve();
      }
      return pending ? enqueue(pending, pending.planned) : Promise.resolve();
    },
    skip: () => {
      if (pending?.kind !== 'batch') {
        close();
        return Promise.resolve();
      }
      return enqueue(
        pending,
        pending.planned.filter((item) => !item.exists),
      );
    },
    cancel: close,
  };
}
