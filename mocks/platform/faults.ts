export type ServiceName = 'skaha' | 'storage' | 'ac' | 'harbor' | 'usage';

export interface FailNextResponse {
  status: number;
  body?: string;
  /** How many of the service's next responses to replace; default 1. */
  times?: number;
  /**
   * Only requests to this path below the service's base (`/nodes/home/jdoe/notes.txt`); others pass, so the
   * second of a batch can fail after the first went through.
   */
  path?: string;
  /** A `Retry-After` header to send with it (seconds, or an HTTP date), as a service or proxy under load does. */
  retryAfter?: string;
}

export interface PendingFailure {
  status: number;
  body: string;
  remaining: number;
  path?: string;
  retryAfter?: string;
}

export type FaultsData = Partial<Record<ServiceName, PendingFailure>>;

const reasons: Readonly<Record<number, string>> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Request entity too large',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

export function scheduleFailure(faults: FaultsData, service: ServiceName, response: FailNextResponse): void {
  const times = response.times ?? 1;
  if (!Number.isInteger(response.status) || response.status < 100 || response.status > 599) {
    throw new RangeError(`invalid HTTP status ${response.status}`);
  }
  if (!Number.isInteger(times) || times < 1) throw new RangeError(`invalid times ${times}`);
  const body = response.body ?? `${reasons[response.status] ?? `HTTP ${response.status}`}\n`;
  faults[service] = {
    status: response.status,
    body,
    remaining: times,
    ...(response.path === undefined ? {} : { path: response.path }),
    ...(response.retryAfter === undefined ? {} : { retryAfter: response.retryAfter }),
  };
}

/** Consumes one scheduled failure of the service for a request to `path`, if any. */
export function takeFailure(
  faults: FaultsData,
  service: ServiceName,
  path: string,
): { status: number; body: string; retryAfter?: string } | undefined {
  const pending = faults[service];
  if (!pending || (pending.path !== undefined && pending.path !== path)) return undefined;
  pending.remaining -= 1;
  if (pending.remaining <= 0) faults[service] = undefined;
  const { status, body, retryAfter } = pending;
  return retryAfter === undefined ? { status, body } : { status, body, retryAfter };
}
