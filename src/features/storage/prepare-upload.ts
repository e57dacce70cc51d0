import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/http/api-error';
import type { ApiClient } from '@/api/http/client';
import type { StorageEntry } from '@/api/storage/listing';
import { listingQueryOptions } from '@/api/storage/listing-queries';
import { findNodes } from '@/api/storage/node-exists';
import { ensureFolder } from '@/api/storage/node-mutations';
import { parentOf } from '@/api/storage/vos-uri';
import { foldersFor, type PickedFile } from './dropped-files';
import { destinationIn } from './upload-plan';
import { replacesFile } from './upload-queue';

export interface PlannedUpload {
  file: File;
  /** Destination path from the service root. */
  path: string;
  /** A file of that name is already there. */
  exists: boolean;
  /** The size of that file, where known: a replacement takes only what it is larger by. */
  replacedBytes?: number | undefined;
}

const join = destinationIn;

/**
 * Where each picked file goes, and which would replace an existing file. With the folder's listing at hand,
 * only folders that already exist are listed to find those (a folder that is new cannot hold anything yet);
 * without it (`current` undefined: the listing failed, or is being read again), each destination is asked
 * about on the server, so a name the portal has not seen is never taken to be free.
 */
export async function planUploads(
  api: ApiClient,
  queryClient: QueryClient,
  authority: string,
  folder: string,
  current: readonly StorageEntry[] | undefined,
  files: readonly PickedFile[],
): Promise<PlannedUpload[]> {
  if (!current) {
    const destinations = files.map(({ file, relativePath }) => ({ file, path: join(folder, relativePath) }));
    const nodes = await findNodes(
      api,
      destinations.map(({ path }) => path),
    );
    return destinations.map((destination, index) => {
      const node = nodes[index];
      return replacesFile(node)
        ? { ...destination, exists: true, replacedBytes: node.length }
        : { ...destination, exists: false };
    });
  }
  const here = new Map(current.map((entry) => [entry.name, entry]));
  // each folder's files: name to size
  const filesOf = (entries: readonly StorageEntry[]) =>
    new Map(entries.filter((entry) => entry.kind === 'data').map((entry) => [entry.name, entry.size]));
  const existing = new Map<string, Map<string, number | undefined>>([[folder, filesOf(current)]]);
  async function namesIn(parent: string): Promise<Map<string, number | undefined>> {
    const known = existing.get(parent);
    if (known) return known;
    const top = parent.slice(folder.length + 1).split('/')[0] ?? '';
    let names = new Map<string, number | undefined>();
    if (here.get(top)?.kind === 'container') {
      try {
        const listing = await queryClient.query(listingQueryOptions(api, authority, parent));
        names = filesOf(listing.entries);
      } catch (error) {
        if (!isApiError(error) || error.status !== 404) throw error;
      }
    }
    existing.set(parent, names);
    return names;
  }
  const planned: PlannedUpload[] = [];
  for (const { file, relativePath } of files) {
    const path = join(folder, relativePath);
    const names = await namesIn(parentOf(path));
    planned.push(
      names.has(file.name)
        ? { file, path, exists: true, replacedBytes: names.get(file.name) }
        : { file, path, exists: false },
    );
  }
  return planned;
}

/** Creates the folders the files go into, parents first; existing ones are fine. */
export async function createFolders(
  api: ApiClient,
  authority: string,
  folder: string,
  files: readonly PickedFile[],
  emptyFolders: readonly string[],
): Promise<void> {
  for (const relative of foldersFor(files, emptyFolders)) {
    await ensureFolder(api, authority, join(folder, relative));
  }
}
