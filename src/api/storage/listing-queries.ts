import { queryOptions } from '@tanstack/react-query';
import { ApiError } from '../http/api-error';
import { bodyFailure, type ApiClient } from '../http/client';
import { ListingReader, type Listing } from './listing';
import { listingDone, listingProgressKey, readListingBody } from './listing-progress';
import { storageKeys } from './storage-keys';
import { encodePath, normalizePath, parentOf, pathFromVosUri } from './vos-uri';
import { parseNodeDocument } from './vospace-xml';

export interface ResolvedListing extends Listing {
  /** The path listed: the one asked for, or where its link nodes led. */
  path: string;
  /** The link paths followed to get there, in order. */
  followed: string[];
  /**
   * Whether the user may read the node listed: false when cavern answered for a folder they may not read (its
   * properties, no children), undefined when the service does not say (see nodeAccess).
   */
  readable: boolean | undefined;
  /** Whether they may write into it (upload, new folder); undefined when the service does not say. */
  writable: boolean | undefined;
}

const MAX_LINK_HOPS = 8;

/**
 * What the user may do with the node listed. cavern answers a folder the user may not read (reached through
 * folders they may) with a 200, its properties and no children (GetNodeAction), so an unreadable folder looks
 * empty; with `detail=max` it tags the node `cadc#readable` only when the user may read it. A node with children,
 * or tagged, is readable. One without either (no children and no tag, or a file without a tag) is unreadable on a
 * service that tags, or says nothing on one that does not: the parent, which the user had to be able to read to
 * get here, tells which, with one small request (`limit=0`, its own properties) made only then.
 */
async function nodeAccess(
  api: ApiClient,
  path: string,
  { node, entries }: Listing,
  signal: AbortSignal,
): Promise<Pick<ResolvedListing, 'readable' | 'writable'>> {
  if (node.readable === true || node.writable === true) {
    return { readable: true, writable: node.writable === true };
  }
  if (node.kind === 'link') return { readable: undefined, writable: undefined };
  if (node.kind === 'container' && entries.length > 0) return { readable: true, writable: undefined };
  const tags = await serviceTags(api, parentOf(path), signal);
  return tags ? { readable: false, writable: false } : { readable: undefined, writable: undefined };
}

/** Whether the service tags access rights: the readable folder `path` comes back tagged readable. */
async function serviceTags(api: ApiClient, path: string, signal: AbortSignal): Promise<boolean> {
  try {
    const document = await api.xml('storage', `/nodes${encodePath(path)}`, {
      query: { limit: '0', detail: 'max' },
      signal,
    });
    return parseNodeDocument(document).readable === true;
  } catch (error) {
    // Not knowing is no failure of the listing, which has come: its rows say nothing then.
    if (signal.aborted) throw error;
    return false;
  }
}

function parseXml(text: string): Document {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0) {
    throw new ApiError({
      service: 'storage',
      kind: 'malformed',
      status: 200,
      message: 'the answer is not well-formed XML',
      body: text.slice(0, 2000),
    });
  }
  return document;
}

/**
 * A node with its children (cavern lists a folder whole and unsorted). Link nodes in this space are followed
 * to their target; a link elsewhere (another space, `file://`) is returned as the link itself.
 */
export function listingQueryOptions(api: ApiClient, authority: string, path: string) {
  const normalized = normalizePath(path);
  return queryOptions({
    queryKey: [...storageKeys.listing(normalized), authority],
    queryFn: async ({ signal }): Promise<ResolvedListing> => {
      const followed: string[] = [];
      let current = normalized;
      const progressKey = listingProgressKey(authority, normalized);
      for (;;) {
        // detail=max: cavern tags the folder and each child with the user's rights (settleAccess).
        const response = await api.request('storage', `/nodes${encodePath(current)}`, {
          query: { detail: 'max' },
          signal,
          headers: { Accept: 'text/xml' },
        });
        let listing: Listing;
        try {
          const reader = new ListingReader(current);
          await readListingBody(response, progressKey, (text) => {
            reader.push(text);
          });
          listing = reader.finish(parseXml);
        } catch (error) {
          throw bodyFailure('storage', error, signal);
        } finally {
          listingDone(progressKey);
        }
        const target =
          listing.node.kind === 'link' ? pathFromVosUri(listing.node.target, authority) : undefined;
        if (target === undefined) {
          return {
            ...listing,
            ...(await nodeAccess(api, current, listing, signal)),
            path: current,
            followed,
          };
        }
        followed.push(current);
        if (followed.length > MAX_LINK_HOPS || followed.includes(target)) {
          throw new ApiError({
            service: 'storage',
            kind: 'malformed',
            status: 200,
            message: `the link ${normalized} leads round in a circle`,
          });
        }
        current = target;
      }
    },
    // 100,000 rows: comparing old and new entry by entry costs more than it saves.
    structuralSharing: false,
  });
}
