/**
 * An error a fake service answers with: cadc-rest services send the message as `text/plain` followed by a
 * newline (IllegalArgumentException → 400, NotAuthenticated → 401, ResourceNotFound → 404, Transient → 503).
 */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const badRequest = (message: string) => new ServiceError(400, message);
export const notFound = (message: string) => new ServiceError(404, message);
