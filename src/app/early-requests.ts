import { whoami } from '../api/ac/ac-api';
import { isApiError } from '../api/http/api-error';
import { createApiClient } from '../api/http/client';
import { listSessions } from '../api/skaha/session-list';
import type { ConfigResult } from '../config/load-config';
import { opensDashboard } from './start-path';

/**
 * What a start asks for before the app's code has arrived. On a slow link the app's code takes most of a
 * second to download; config.json, the sign-in check and the dashboard's session list need none of it, so a
 * small script of their own (start-early.ts) asks for them at once, and the app takes the answers instead of
 * asking again once it runs: a round trip less before the first page.
 */
export interface EarlyStart {
  /** config.json, read and checked. */
  config: Promise<ConfigResult>;
  /**
   * The fetch for the app's HTTP client: a request the start already made (same method, address and headers)
   * is answered by that request, once; any other goes to the network.
   */
  fetch: typeof fetch;
  /** The app has made its start: answers no one took are dropped, so none can answer a later request. */
  finish: () => void;
}

export interface EarlyStartOptions {
  config: Promise<ConfigResult>;
  /** This tab's platform token (auth/token-storage.ts), if it has one. */
  token: string | undefined;
  /** The address the page opens. */
  pathname: string;
  /**
   * Called when the start will show the sign-in screen: no token in this tab, and whoami refuses the site's
   * cookie (401). The screen's code can then arrive beside the app's instead of a round trip after it.
   */
  onSignedOut?: () => void;
  fetch?: typeof fetch;
}

type Fetch = typeof fetch;

/**
 * Starts, once config.json is read, the requests the app's start makes (app/create-services.ts): in `cadc`
 * mode, whoami with the tab's token (or with none, for the site's cookie) and, with a token at the dashboard,
 * the session list. They are made by the app's own API functions through the app's own client, so they are
 * the app's requests exactly. The demo (its fake platform is not running yet) and OIDC (whose tokens the
 * library holds) start as before.
 */
export function startEarly(options: EarlyStartOptions): EarlyStart {
  const network: Fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const made = new Map<string, Promise<Response>>();

  // The start's own copy of each answer is read and dropped; the app reads the original.
  const record: Fetch = (input, init) => {
    const response = network(input, init);
    made.set(requestKey(input, init), response);
    return response.then((answer) => answer.clone());
  };

  void options.config.then((result) => {
    if (!result.ok || result.config.mocks || result.config.auth.mode !== 'cadc') return;
    const api = createApiClient({
      services: result.config.services,
      getToken: () => options.token,
      onUnauthorized: () => undefined,
      fetch: record,
    });
    // Failures are the app's to see, when it reads the same answer.
    whoami(api, options.token ?? null).catch((error: unknown) => {
      if (options.token === undefined && isApiError(error) && error.status === 401) options.onSignedOut?.();
    });
    if (options.token && opensDashboard(options.pathname)) listSessions(api).catch(() => undefined);
  });

  const take: Fetch = (input, init) => {
    // once every early answer is taken or dropped, the app's requests go straight out
    if (made.size === 0) return network(input, init);
    const key = requestKey(input, init);
    const response = made.get(key);
    if (!response) return network(input, init);
    made.delete(key);
    return answerUnlessAborted(response, init?.signal ?? undefined);
  };

  return {
    config: options.config,
    fetch: take,
    finish: () => {
      made.clear();
    },
  };
}

/** The same request: method, address, headers; only bodiless requests are made early. */
function requestKey(input: RequestInfo | URL, init: RequestInit | undefined): string {
  const url = input instanceof Request ? input.url : String(input);
  const headers = [...new Headers(init?.headers).entries()].map(([name, value]) => `${name}: ${value}`);
  return [init?.method ?? 'GET', url, ...headers.sort()].join('\n');
}

/** The early answer, or the app's own abort (its timeout, a cancelled query) as its own fetch would give. */
function answerUnlessAborted(
  response: Promise<Response>,
  signal: AbortSignal | undefined,
): Promise<Response> {
  if (!signal) return response;
  return new Promise((resolve, reject) => {
    const abort = () => {
      // what the browser's fetch rejects with when its signal aborts
      reject(signal.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError'));
    };
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    response.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', abort);
    });
  });
}
