import type { BrowserContext, Page, Route } from '@playwright/test';

export const faults = ['500', '503', 'timeout', '401', 'malformed', 'offline'] as const;
export type Fault = (typeof faults)[number];

/** The one request of a flow that meets the fault (matched in the browser, so only this page sees it). */
export interface Target {
  method: 'GET' | 'POST' | 'PUT';
  path: RegExp;
  /** Further narrows the match on the query string (skaha's list and its statistics share a path). */
  search?: (params: URLSearchParams) => boolean;
  /** A 200 answer in the wrong format for this request. */
  malformed: { contentType: string; body: string };
}

/** The HTTP client's timeout (src/api/http/client.ts DEFAULT_TIMEOUT_MS), plus a second. */
export const PAST_CLIENT_TIMEOUT = '00:31';

export interface Injected {
  /** Resolves once the faulted request has been seen (for a hang: is being held). */
  seen: Promise<void>;
  /** The service works again. */
  clear: () => Promise<void>;
}

/**
 * 500, 503, timeout (the request hangs; the client's own timeout ends it) and malformed are answered by
 * `page.route` for the target request only. Offline is the whole browser context (navigator.onLine turns
 * false). 401 is not injected here: the fake platform revokes the token for real (see the spec).
 */
export async function inject(
  page: Page,
  context: BrowserContext,
  fault: Exclude<Fault, '401'>,
  target: Target,
): Promise<Injected> {
  if (fault === 'offline') {
    await context.setOffline(true);
    return {
      seen: Promise.resolve(),
      clear: () => context.setOffline(false),
    };
  }
  let markSeen: () => void = () => undefined;
  const seen = new Promise<void>((resolve) => {
    markSeen = resolve;
  });
  const held: Route[] = [];
  await page.route(
    (url) => target.path.test(url.pathname) && (target.search?.(url.searchParams) ?? true),
    async (route) => {
      if (route.request().method() !== target.method) {
        await route.fallback();
        return;
      }
      markSeen();
      switch (fault) {
        case '500':
          await route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal server error\n' });
          return;
        case '503':
          await route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service unavailable\n' });
          return;
        case 'malformed':
          await route.fulfill({ status: 200, ...target.malformed });
          return;
        case 'timeout':
          // Never answered: the portal's own timeout must end the wait.
          held.push(route);
          return;
      }
    },
  );
  return {
    seen,
    clear: async () => {
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      for (const route of held) await route.abort().catch(() => undefined);
    },
  };
}
