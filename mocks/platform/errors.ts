/**
 * An error a fake service answers with: cadc-rest services send the message as `text/plain` followed by a
 * newline (IllegalArgumentException → 400, NotAuthenticated → 401, ResourceNotFound → 404, Transient → 503).
 */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Seconds, as cadc-rest sends with a TransientException's 503 (`Retry-After`). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

/**
 * cadc-rest's answer to a TransientException while the service is up: 503 with `temporarily unavailable: ` and
 * the request's path after the servlet (Java's `null` when there is none, as for skaha's `/v1/session`), and
 * the exception's retry delay, 30 s unless it set one (RestAction, HttpTransfer.DEFAULT_RETRY_DELAY).
 */
export const temporarilyUnavailable = (pathInfo: string | null) =>
  new ServiceError(503, `temporarily unavailable: ${pathInfo ?? 'null'}`, 30);

export const badRequest = (message: string) => new ServiceError(400, message);
export const notFound = (message: string) => new ServiceError(404, message);
