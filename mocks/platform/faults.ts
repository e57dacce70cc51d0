export type ServiceName = 'skaha' | 'storage' | 'ac' | 'harbor' | 'usage';

export interface FailNextResponse {
  /** 0: no answer at all, the connection drops (the browser's fetch fails). */
  status: number;
  body?: string;
  /** How many of the service's next responses to replace; default 1. */
  times?: number;
  /**
   * Only requests to this path below the service's base (`/nodes/home/jdoe/notes.txt`); others pass, so the
   * second of a batch can fail after the first went through.
   */
  path?: string;
  /** Only requests of this method (`POST`); others pass. */
  method?: string;
  /** Let this many of the matching requests through first: the third of a batch fails, say. */
  skip?: number;
  /**
   * The service does its work as usual first and this answer replaces its own: the answer lost on the way back,
   * as when a proxy stops waiting (nginx's 504) or the connection drops after the request went through.
   */
  afterWork?: boolean;
  /** A `Retry-After` header to send with it (seconds, or an HTTP date), as a service or proxy under load does. */
  retryAfter?: string;
}

export interface PendingFailure {
  status: number;
  body: string;
  remaining: number;
  path?: string;
  method?: string;
  skip?: number;
  afterWork?: boolean;
  retryAfter?: string;
}

export interface Failure {
  status: number;
  body: string;
  afterWork: boolean;
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
  const noAnswer = response.status === 0;
  if (!Number.isInteger(response.status) || (!noAnswer && (response.status < 100 || response.status > 599))) {
    throw new RangeError(`invalid HTTP status ${response.status}`);
  }
  if (!Number.isInteger(times) || times < 1) throw new RangeError(`invalid times ${times}`);
  const skip = response.skip ?? 0;
  if (!Number.isInteger(skip) || skip < 0) throw new RangeError(`invalid skip ${skip}`);
  const body = response.body ?? `${reasons[response.status] ?? `HTTP ${response.status}`}\n`;
  faults[service] = {
    status: response.status,
    body,
    remaining: times,
    ...(response.path === undefined ? {} : { path: response.path }),
    ...(response.method === undefined ? {} : { method: response.method.toUpperCase() }),
    ...(skip > 0 ? { skip } : {}),
    ...(response.afterWork ? { afterWork: true } : {}),
    ...(response.retryAfter === undefined ? {} : { retryAfter: response.retryAfter }),
  };
}

/** Consumes one scheduled failure of the service for a `method` request to `path`, if any. */
export function takeFailure(
  faults: FaultsData,
  service: ServiceName,
  path: string,
  method: string,
): Failure | undefined {
  const pending = faults[service];
  if (!pending || (pending.path !== undefined && pending.path !== path)) return undefined;
  if (pending.method !== undefined && pending.method !== method.toUpperCase()) return undefined;
  if (pending.skip !== undefined && pending.skip > 0) {
    pending.skip -= 1;
    return undefined;
  }
  pending.remaining -= 1;
  if (pending.remaining <= 0) faults[service] = undefined;
  const { status, body, retryAfter } = pending;
  const failure: Failure = { status, body, afterWork: pending.afterWork ?? false };
  return retryAfter === undefined ? failure : { ...failure, retryAfter };
}
