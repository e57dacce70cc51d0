import type { Page } from '@playwright/test';

export interface HeldChunk {
  /** Lets the held requests (and every later one) go on: through, or refused until `allow()`. */
  release: () => void;
  /** With `refuse`: from now on the chunk's requests go through (the test's "Try again"). */
  allow: () => void;
  /** Settles when the page first asks for the chunk. */
  requested: Promise<void>;
}

/**
 * Holds the page's requests for a lazily loaded chunk until `release()`, so a test can act before the code
 * has arrived. With `refuse`, every request for it fails as a network error until `allow()`: a chunk may be
 * asked for more than once per load (Vite's modulepreload, then the import once the chunk's styles are in),
 * so refusing only the first would let the load succeed or fail by timing.
 * On the context, not the page: the demo's service worker (the fake platform) makes the page's fetches.
 */
export async function holdChunk(
  page: Page,
  pattern: string,
  { refuse = false }: { refuse?: boolean } = {},
): Promise<HeldChunk> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let markRequested = (): void => undefined;
  const requested = new Promise<void>((resolve) => {
    markRequested = resolve;
  });
  let isRefusing = refuse;
  await page.context().route(pattern, async (route) => {
    markRequested();
    await released;
    if (isRefusing) await route.abort('failed');
    else await route.continue();
  });
  return {
    release,
    allow: () => {
      isRefusing = false;
    },
    requested,
  };
}
