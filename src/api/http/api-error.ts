import type { ServiceName } from '@/config/config-schema';

/**
 * `http`: the service answered with a non-2xx status and `message` is its own text;
 * `network`: no answer (offline, refused); `timeout`: no answer in time; `malformed`: a 2xx body that
 * does not match the service's documented format; `refused`: not sent, because the service is known to fail it
 * (a storage name cavern cannot address, storage/cavern-names.ts).
 */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'malformed' | 'refused';

export interface ApiErrorInit {
  service: ServiceName;
  kind: ApiErrorKind;
  status: number;
  message: string;
  body?: string;
  /** The answer's `Retry-After` header as sent (seconds or an HTTP date), when it had one. */
  retryAfter?: string | undefined;
  /** The failure this one reports, when it stands for another. */
  cause?: unknown;
  /** `refused`: the name the service cannot take, and the characters why (storage/cavern-names.ts). */
  refusedName?: RefusedName;
}

export interface RefusedName {
  name: string;
  characters: readonly string[];
}

/**
 * The one error type every platform call rejects with (TanStack Query's `defaultError`). A failure that needs
 * its own handling (a checksum that does not match, a service without packages) is a subclass, so it still
 * names its service wherever it is shown.
 */
export class ApiError extends Error {
  readonly service: ServiceName;
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when there was no answer. */
  readonly status: number;
  readonly body: string | undefined;
  readonly retryAfter: string | undefined;
  readonly refusedName: RefusedName | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.service = init.service;
    this.kind = init.kind;
    this.status = init.status;
    this.body = init.body;
    this.retryAfter = init.retryAfter;
    this.refusedName = init.refusedName;
  }

  /**
   * The service did not know the caller: a 401, or skaha's answer to a call that reached it as no one
   * (`isSkahaAnonymous`). Either way, a call made with a sign-in that gets it has lost that sign-in.
   */
  get isUnauthorized(): boolean {
    return this.kind === 'http' && (this.status === 401 || isSkahaAnonymous(this));
  }
}

/** The refusals that ended the user's sign-in (the client's `onUnauthorized`), as opposed to a "not for you". */
const signInEnders = new WeakSet<ApiError>();

export function markEndedSignIn(error: ApiError): void {
  signInEnders.add(error);
}

/**
 * Whether this failure is the refusal that ended a sign-in: once the user has signed in again, it says nothing
 * true any more, and a retry will be made with the new sign-in.
 */
export const endedSignIn = (error: unknown): boolean => error instanceof ApiError && signInEnders.has(error);

/**
 * skaha's words for a caller with no credentials at all. SkahaAction.initRequest asks GMS for the caller's groups
 * before anything checks who the caller is; ac's IvoaGroupClient refuses an anonymous caller with
 * UnsupportedOperationException, which cadc-rest answers 400 with the message alone. A token or cookie it does not
 * accept is a 401 (authentication fails first), but a CADC_SSO cookie that is gone (signed out elsewhere on the
 * site) leaves nothing to refuse: every call of a cookie session then gets this 400.
 */
export const SKAHA_ANONYMOUS = 'cannot get group memberships for anonymous';

/** A 400 from skaha saying the call reached it as no one (`SKAHA_ANONYMOUS`). */
export function isSkahaAnonymous(error: ApiError): boolean {
  return (
    error.service === 'skaha' &&
    error.kind === 'http' &&
    error.status === 400 &&
    error.message.toLowerCase().includes(SKAHA_ANONYMOUS)
  );
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * No answer from the service itself (the connection dropped, a timeout, or a proxy's 5xx): what was asked may
 * have been done.
 */
export const isUnanswered = (error: unknown): boolean =>
  isApiError(error) && (error.status === 0 || error.status >= 500);

/**
 * Any failure of a call to `service` as an ApiError: one already is; anything else (a stream that broke
 * mid-way, a worker that failed) is told as that service's network failure, with its own message.
 */
export function asApiError(error: unknown, service: ServiceName): ApiError {
  if (isApiError(error)) return error;
  return new ApiError({
    service,
    kind: 'network',
    status: 0,
    message: error instanceof Error ? error.message : String(error),
    cause: error,
  });
}
