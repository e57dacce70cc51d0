import { safeParse } from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import type { PortalConfig, ServiceName } from '@/config/config-schema';
import { describeIssue } from '@/lib/describe-issue';
import { ApiError, asApiError, markEndedSignIn } from './api-error';
import { errorMessageFromBody } from './error-message';
import { requestedWithHeader } from './requested-with';

type QueryValue = string | number | boolean | undefined;

export interface RequestOptions {
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue | readonly QueryValue[]>;
  headers?: Record<string, string>;
  /** Sent form-encoded, as cadc-rest services read POST parameters only from such bodies. */
  form?: URLSearchParams;
  /** A raw body: XML documents, files. */
  body?: BodyInit;
  contentType?: string;
  signal?: AbortSignal | undefined;
  /** Use this token instead of the signed-in one (sign-in itself); `null` sends none. */
  token?: string | null;
  /**
   * Milliseconds to wait for the answer's status and headers before the call counts as unanswered. The body
   * then takes as long as it takes: a 100,000-entry listing or a long log on a slow link must not fail
   * half-read, and the caller's signal still stops it.
   */
  timeoutMs?: number;
}

export interface ApiClientOptions {
  services: PortalConfig['services'];
  getToken: () => string | undefined;
  /**
   * Signed in by the site's CADC_SSO cookie: calls carry no Authorization header and the browser sends the
   * cookie itself (same origin, fetch's default `credentials: 'same-origin'`).
   */
  isCookieSession?: () => boolean;
  /**
   * Called when a call made with the user's sign-in (token or cookie) comes back 401, or with skaha's 400 for a
   * caller it saw as no one (`isSkahaAnonymous`): it has expired. `error` names the refusing service and its
   * words, for when a new sign-in does not cure it.
   */
  onUnauthorized: (error: ApiError) => void;
  /**
   * Called when a call made with the site's cookie comes back 403, with the address it went to. cavern answers a
   * caller it sees as no one (a cookie gone) with 403, not 401, so the caller may want to ask who is signed in.
   */
  onCookieForbidden?: (error: ApiError, url: string) => void;
  /**
   * The user's token sign-in has expired and is being renewed (or asked for again): a call needing it is not
   * sent with no credentials meanwhile, which skaha would take for no one, but refused here as a 401.
   */
  isSignInExpired?: () => boolean;
  /**
   * The signal of the work of the user this tab works for now: aborted when that user signs out or another
   * signs in (`forCurrentUser`).
   */
  userWork?: () => AbortSignal;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface ApiClient {
  url: (service: ServiceName, path: string, query?: RequestOptions['query']) => string;
  request: (service: ServiceName, path: string, options?: RequestOptions) => Promise<Response>;
  /**
   * `request` for an address the service handed out (a pre-authorised download on the portal's origin) rather
   * than a path under its base: the same timeout, headers and error handling, charged to `service`.
   */
  requestUrl: (service: ServiceName, url: string, options?: RequestOptions) => Promise<Response>;
  json: <S extends $ZodType>(
    service: ServiceName,
    path: string,
    schema: S,
    options?: RequestOptions,
  ) => Promise<output<S>>;
  text: (service: ServiceName, path: string, options?: RequestOptions) => Promise<string>;
  xml: (service: ServiceName, path: string, options?: RequestOptions) => Promise<Document>;
  /**
   * This client for one piece of work of the user signed in now (a launch of many replicas, a delete of many
   * items): each of its calls is refused unsent once that user stops being the one this tab works for. After a
   * sign-out the browser would still send the site's cookie, so without this the rest of such work would go
   * out as whoever signed in next, in their account.
   */
  forCurrentUser: () => ApiClient;
  /** For a client of `forCurrentUser`: its user has stopped being the one this tab works for. */
  userGone: () => boolean;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const COOKIE_SERVICES: ReadonlySet<ServiceName> = new Set(['skaha', 'storage', 'ac']);

export function createApiClient(options: ApiClientOptions): ApiClient {
  return clientFor(options, undefined);
}

/** The client, its every call bound to `userWork` when one is given (`forCurrentUser`). */
function clientFor(options: ApiClientOptions, userWork: AbortSignal | undefined): ApiClient {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  // Only these services take the cookie; nginx keeps it from Harbor and Prometheus, whose 401 is not an expiry.
  const isCookieCall = (service: ServiceName) =>
    COOKIE_SERVICES.has(service) && (options.isCookieSession?.() ?? false);

  /**
   * Whether a 401 (or skaha's anonymous 400) means the user's sign-in has expired: the call was made with it.
   * Never Harbor's: it takes a token it cannot verify (an ID token it was not issued for, a user who never
   * signed in to Harbor itself) as anonymous, then refuses a private or unknown project with 401
   * (HB:src/server/middleware/security/idtoken.go): "not for you", which a new sign-in would not change.
   */
  const endsSignIn = (service: ServiceName, token: string | undefined, init: RequestOptions) =>
    service !== 'harbor' && (Boolean(token) || (init.token === undefined && isCookieCall(service)));

  function url(service: ServiceName, path: string, query?: RequestOptions['query']): string {
    const base = options.services[service].replace(/\/+$/, '');
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      const values: readonly QueryValue[] = Array.isArray(value) ? value : [value];
      for (const item of values) if (item !== undefined) search.append(key, String(item));
    }
    const queryString = search.toString();
    return `${base}${path}${queryString ? `?${queryString}` : ''}`;
  }

  function request(service: ServiceName, path: string, init: RequestOptions = {}): Promise<Response> {
    return send(service, url(service, path, init.query), init);
  }

  function requestUrl(service: ServiceName, target: string, init: RequestOptions = {}): Promise<Response> {
    return send(service, target, init);
  }

  async function send(service: ServiceName, target: string, init: RequestOptions): Promise<Response> {
    if (userWork?.aborted) throw userGoneError(service, 'signed out: not sent for the next user');
    const token = init.token === undefined ? options.getToken() : (init.token ?? undefined);
    if (
      init.token === undefined &&
      !token &&
      service !== 'harbor' &&
      options.isSignInExpired?.() === true &&
      options.isCookieSession?.() !== true
    ) {
      // not sent: the sign-in had already ended, and this refusal ends with it
      const expired = new ApiError({
        service,
        kind: 'http',
        status: 401,
        message: 'the sign-in has expired',
      });
      markEndedSignIn(expired);
      throw expired;
    }
    const headers = new Headers({ ...requestedWithHeader(target), ...init.headers });
    if (token) headers.set('Authorization', `Bearer ${token}`);
    let body = init.body;
    if (init.form) {
      // without a charset Tomcat reads the body as ISO-8859-1; cadc-rest's SyncInput ignores what follows `;`
      headers.set('Content-Type', 'application/x-www-form-urlencoded;charset=UTF-8');
      body = init.form;
    } else if (init.contentType) {
      headers.set('Content-Type', init.contentType);
    }
    const timeoutMs = init.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timeout = new AbortController();
    const timer = setTimeout(() => {
      timeout.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs);
    const signal = AbortSignal.any(
      [init.signal, userWork, timeout.signal].filter((one): one is AbortSignal => one !== undefined),
    );

    let response: Response;
    try {
      response = await doFetch(target, {
        method: init.method ?? (body === undefined ? 'GET' : 'POST'),
        headers,
        body: body ?? null,
        signal,
      });
    } catch (error: unknown) {
      // A caller's own abort is not a failure to report: rethrow it as it is.
      if (init.signal?.aborted) throw error;
      if (userWork?.aborted) throw userGoneError(service, 'signed out while the call was made');
      const timedOut = timeout.signal.aborted;
      throw new ApiError({
        service,
        kind: timedOut ? 'timeout' : 'network',
        status: 0,
        message: timedOut ? `no answer within ${Math.round(timeoutMs / 1000)} s` : describe(error),
      });
    } finally {
      clearTimeout(timer);
    }

    if (!response.ok) {
      const text = await response.text().catch(() => '');
      const error = new ApiError({
        service,
        kind: 'http',
        status: response.status,
        message: errorMessageFromBody(text, response.headers.get('Content-Type'), response.statusText),
        body: text,
        retryAfter: response.headers.get('Retry-After') ?? undefined,
      });
      if (error.isUnauthorized && endsSignIn(service, token, init)) {
        markEndedSignIn(error);
        options.onUnauthorized(error);
      } else if (response.status === 403 && init.token === undefined && isCookieCall(service)) {
        options.onCookieForbidden?.(error, target);
      }
      throw error;
    }
    return response;
  }

  async function text(service: ServiceName, path: string, init?: RequestOptions): Promise<string> {
    const response = await request(service, path, init);
    return readText(service, response, init?.signal);
  }

  async function json<S extends $ZodType>(
    service: ServiceName,
    path: string,
    schema: S,
    init?: RequestOptions,
  ): Promise<output<S>> {
    const headers = { Accept: 'application/json', ...init?.headers };
    return parseJsonBody(service, await text(service, path, { ...init, headers }), schema);
  }

  async function xml(service: ServiceName, path: string, init?: RequestOptions): Promise<Document> {
    const headers = { Accept: 'text/xml', ...init?.headers };
    const body = await text(service, path, { ...init, headers });
    const document = new DOMParser().parseFromString(body, 'application/xml');
    if (document.getElementsByTagName('parsererror').length > 0) {
      throw malformed(service, 'the answer is not well-formed XML', body);
    }
    return document;
  }

  return {
    url,
    request,
    requestUrl,
    json,
    text,
    xml,
    forCurrentUser: () => clientFor(options, options.userWork?.()),
    userGone: () => userWork?.aborted ?? false,
  };
}

/**
 * A 2xx answer's body as text. A body that breaks off after the headers (the connection dropped) is still
 * the service's failure, told as its ApiError rather than the browser's bare TypeError; the caller's own
 * abort passes through as it is.
 */
export async function readText(
  service: ServiceName,
  response: Response,
  signal?: AbortSignal,
): Promise<string> {
  try {
    return await response.text();
  } catch (error: unknown) {
    throw bodyFailure(service, error, signal);
  }
}

/** A failure while reading an answer's body, as `readText` tells it: the caller's abort stays an abort. */
export function bodyFailure(service: ServiceName, error: unknown, signal?: AbortSignal): unknown {
  return signal?.aborted ? error : asApiError(error, service);
}

/**
 * A 2xx JSON body read with its schema, for callers that need the `Response` itself (headers) and so use
 * `request`: a body that is not JSON or does not match is an ApiError of kind `malformed`, as from `json`.
 */
export function parseJsonBody<S extends $ZodType>(service: ServiceName, body: string, schema: S): output<S> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw malformed(service, 'the answer is not JSON', body);
  }
  const result = safeParse(schema, parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw malformed(service, `unexpected answer${where}: ${issue ? describeIssue(issue) : 'invalid'}`, body);
  }
  return result.data;
}

/** A call of `forCurrentUser`'s client whose user has gone: refused as a sign-in that has ended. */
function userGoneError(service: ServiceName, message: string): ApiError {
  return new ApiError({ service, kind: 'http', status: 401, message });
}

function malformed(service: ServiceName, message: string, body: string): ApiError {
  return new ApiError({ service, kind: 'malformed', status: 200, message, body: body.slice(0, 2000) });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
