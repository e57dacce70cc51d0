import type { Page } from '@playwright/test';

export interface HeldChunk {
  /** Lets the held request (and every later one) through. */
  release: () => void;
  /** Settles when the page first asks for the chunk. */
  requested: Promise<void>;
}

/**
 * Holds the page's requests for a lazily loaded chunk until `release()`, so a test can act before the code
 * has arrived. With `refuseFirst`, the first request fails as a network error, and so does any made while it
 * was held (a chunk that brings styles is asked for twice: Vite's modulepreload, then the import once the
 * styles are in); later ones go through.
 * On the context, not the page: the demo's service worker (the fake platform) makes the page's fetches.
 */
export async function holdChunk(
  page: Page,
  pattern: string,
  { refuseFirst = false }: { refuseFirst?: boolean } = {},
): Promise<HeldChunk> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let markRequested = (): void => undefined;
  const requested = new Promise<void>((resolve) => {
    markRequested = resolve;
  });
  let isRefusing = refuseFirst;
  await page.context().route(pattern, async (route) => {
    const refuse = isRefusing;
    markRequested();
    await released;
    if (refuse) {
      isRefusing = false;
      await route.abort('failed');
    } else {
      await route.continue();
    }
  });
  return { release, requested };
}
