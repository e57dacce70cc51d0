import { HttpResponse } from 'msw';
import type { ServiceError } from '../platform/errors';

/**
 * The part of the request path below a service's base (`''` for the base itself), or undefined when the
 * request is not for that service. A base may be a path (`/skaha`, any origin) or an absolute URL.
 */
export function pathWithin(request: Request, base: string): string | undefined {
  const url = new URL(request.url);
  const root = base.replace(/\/+$/, '');
  const target = /^https?:\/\//i.test(root) ? `${url.origin}${url.pathname}` : url.pathname;
  if (target === root) return '';
  return target.startsWith(`${root}/`) ? target.slice(root.length) : undefined;
}

export const textResponse = (body: string, status = 200) =>
  new HttpResponse(body, { status, headers: { 'Content-Type': 'text/plain' } });

export const jsonResponse = (body: string, status = 200) =>
  new HttpResponse(body, { status, headers: { 'Content-Type': 'application/json' } });

export const emptyResponse = (status = 200) => new HttpResponse(null, { status });

/** cadc-rest error bodies: the message, then a newline. */
export function errorResponse(error: ServiceError): Response {
  const response = textResponse(`${error.message}\n`, error.status);
  if (error.retryAfter !== undefined) response.headers.set('Retry-After', String(error.retryAfter));
  return response;
}

const isForm = (request: Request) =>
  /^application\/x-www-form-urlencoded\b/i.test(request.headers.get('content-type') ?? '');

/**
 * Request parameters as a cadc-rest servlet sees them: the query string, plus a form-encoded body — a
 * POST body in any other encoding is not read at all. Query values come first, as in the servlet API.
 */
export async function readParams(request: Request): Promise<URLSearchParams> {
  const params = new URLSearchParams(new URL(request.url).search);
  if (request.method !== 'GET' && request.method !== 'HEAD' && isForm(request)) {
    for (const [name, value] of new URLSearchParams(await request.text())) params.append(name, value);
  }
  return params;
}
