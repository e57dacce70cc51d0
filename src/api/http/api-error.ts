import type { ServiceName } from '../../config/config-schema';

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
}

/** The one error type every platform call rejects with (TanStack Query's `defaultError`). */
export class ApiError extends Error {
  readonly service: ServiceName;
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when there was no answer. */
  readonly status: number;
  readonly body: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.service = init.service;
    this.kind = init.kind;
    this.status = init.status;
    this.body = init.body;
  }

  get isUnauthorized(): boolean {
    return this.kind === 'http' && this.status === 401;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
