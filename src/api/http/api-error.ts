import type { ServiceName } from '@/config/config-schema';

/**
 * `http`: the service answered with a non-2xx status and `message` is its own text;
 * `network`: no answer (offline, refused); `timeout`: no answer in time; `malformed`: a 2xx body that
 * does not match the service's documented format.
 */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'malformed';

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

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.service = init.service;
    this.kind = init.kind;
    this.status = init.status;
    this.body = init.body;
    this.retryAfter = init.retryAfter;
  }

  get isUnauthorized(): boolean {
    return this.kind === 'http' && this.status === 401;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

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
