import { queryOptions } from '@tanstack/react-query';
import { ApiError } from '../http/api-error';
import { bodyFailure, type ApiClient } from '../http/client';
import { ListingReader, type Listing } from './listing';
import { listingDone, listingProgressKey, readListingBody } from './listing-progress';
import { storageKeys } from './storage-keys';
import { encodePath, normalizePath, pathFromVosUri } from './vos-uri';

export interface ResolvedListing extends Listing {
  /** The path listed: the one asked for, or where its link nodes led. */
  path: string;
  /** The link paths followed to get there, in order. */
  followed: string[];
}

const MAX_LINK_HOPS = 8;

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
        const response = await api.request('storage', `/nodes${encodePath(current)}`, {
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
        if (target === undefined) return { ...listing, path: current, followed };
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
