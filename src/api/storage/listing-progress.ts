import { useSyncExternalStore } from 'react';
import { afterPaint } from '@/lib/after-paint';
import { throttleProgress } from '@/lib/item-store';
import { normalizePath } from './vos-uri';

/** How far a folder's listing has come: what a person waiting on a 100,000-entry folder is shown. */
export interface ListingProgress {
  /** Children received so far (cavern writes one `<vos:node` per child, after the folder's own). */
  entries: number;
  bytes: number;
  /** Everything has arrived and the portal is reading it (a big listing takes a moment to read). */
  reading: boolean;
}

/** Below this a listing arrives and is read faster than a progress line could be read. */
const SHOWN_FROM_BYTES = 1024 * 1024;
const NODE_TAG = '<vos:node ';

const progress = new Map<string, ListingProgress>();
const listeners = new Set<() => void>();

function publish(key: string, value: ListingProgress | undefined) {
  if (value === undefined) progress.delete(key);
  else progress.set(key, value);
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export const listingProgressKey = (authority: string, path: string) => `${authority}|${normalizePath(path)}`;

/** The listing under way at this key, once it is big enough to be worth showing. */
export function useListingProgress(key: string): ListingProgress | undefined {
  return useSyncExternalStore(subscribe, () => progress.get(key));
}

/** Counts `tag` in a stream of text chunks, including one split across two chunks. */
function tagCounter(tag: string) {
  let tail = '';
  let count = 0;
  return (chunk: string) => {
    const text = tail + chunk;
    for (let at = text.indexOf(tag); at !== -1; at = text.indexOf(tag, at + tag.length)) count += 1;
    // Keeps what could be the start of a tag cut by the chunk's end (a whole tag in it is already counted).
    tail = text.slice(-(tag.length - 1));
    return count;
  };
}

/**
 * Reads the listing's answer as it streams, handing each decoded piece to `push`, so `useListingProgress(key)`
 * can say how much has come. Once a big listing has all arrived, a frame goes by so the page can say it is
 * being read (sorting 100,000 rows still takes a moment). The caller clears the progress (`listingDone`).
 */
export async function readListingBody(
  response: Response,
  key: string,
  push: (text: string) => void,
): Promise<void> {
  if (!response.body) {
    push(await response.text());
    return;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const count = tagCounter(NODE_TAG);
  let latest: ListingProgress = { entries: 0, bytes: 0, reading: false };
  const shown = throttleProgress(() => {
    publish(key, latest);
  });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const text = decoder.decode(value, { stream: true });
      // The folder's own node comes first: the rest are its children.
      latest = {
        entries: Math.max(0, count(text) - 1),
        bytes: latest.bytes + value.byteLength,
        reading: false,
      };
      if (latest.bytes >= SHOWN_FROM_BYTES) shown.report(latest.bytes);
      push(text);
    }
  } catch (error) {
    // A piece `push` refused (a malformed listing) leaves the rest of the answer unread: stop its download.
    reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    shown.cancel();
  }
  push(decoder.decode());
  if (latest.bytes >= SHOWN_FROM_BYTES) {
    publish(key, { ...latest, reading: true });
    // A painted frame, or at most 100 ms where none comes (a hidden tab draws no frames).
    await new Promise<void>((resolve) => {
      afterPaint(resolve);
    });
  }
}

export function listingDone(key: string): void {
  if (progress.has(key)) publish(key, undefined);
}
