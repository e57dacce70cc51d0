import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/http/client';
import type { StorageEntry } from '@/api/storage/listing';
import { listingQueryOptions } from '@/api/storage/listing-queries';
import { storageKeys } from '@/api/storage/storage-keys';

/** Folders read at most, so counting a huge tree stops early and says so. */
const MAX_FOLDERS = 200;

/** How many items a delete removes: the selection and everything inside its folders (links not followed). */
export async function countItems(
  api: ApiClient,
  queryClient: QueryClient,
  authority: string,
  entries: readonly Pick<StorageEntry, 'path' | 'kind'>[],
  signal: AbortSignal,
): Promise<{ count: number; complete: boolean; nonEmpty: Set<string> }> {
  let count = entries.length;
  const nonEmpty = new Set<string>();
  let folders = 0;
  const pending = entries.filter((entry) => entry.kind === 'container').map((entry) => entry.path);
  while (pending.length > 0) {
    if (signal.aborted) break;
    if (folders >= MAX_FOLDERS) return { count, complete: false, nonEmpty };
    const path = pending.shift();
    if (path === undefined) break;
    folders += 1;
    const listing = await queryClient.query(listingQueryOptions(api, authority, path));
    // A link to a folder is listed as its target; its contents are not part of this tree.
    if (listing.followed.length > 0) continue;
    count += listing.entries.length;
    if (listing.entries.length > 0) nonEmpty.add(path);
    for (const child of listing.entries) if (child.kind === 'container') pending.push(child.path);
  }
  return { count, complete: true, nonEmpty };
}

/** The count behind the delete dialog's confirmation: keyed by what it counts, dropped once the dialog closes. */
export function deleteCountQueryOptions(
  api: ApiClient,
  queryClient: QueryClient,
  authority: string,
  entries: readonly Pick<StorageEntry, 'path' | 'kind'>[],
) {
  // The client and the query client are the app's own, the same for its whole life: not part of the key.
  const count = (signal: AbortSignal) => countItems(api, queryClient, authority, entries, signal);
  return queryOptions({
    queryKey: [...storageKeys.deleteCount(entries.map((entry) => entry.path)), authority],
    queryFn: ({ signal }) => count(signal),
    gcTime: 0,
  });
}
