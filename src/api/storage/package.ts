import { ApiError, isApiError } from '../http/api-error';
import type { ApiClient } from '../http/client';
import { packageTransferXml } from './transfer-xml';
import { PACKAGE_MEDIA_TYPE, type PackageFormat } from './vospace-names';
import { vosUri } from './vos-uri';

export type { PackageFormat } from './vospace-names';

export interface PackageRequest {
  /** vos authority of this storage (config). */
  authority: string;
  /** Paths of the nodes to put in the package: files, folders (walked recursively) and links. */
  paths: readonly string[];
  format: PackageFormat;
  signal?: AbortSignal | undefined;
}

/**
 * This storage service offers no package view: the caller falls back to downloading files one by one. It
 * carries the refusal's status (405, 501, a 404 from a proxy), or 200 for a cavern that ignored the view.
 */
export class PackagesUnsupportedError extends ApiError {
  constructor(cause: ApiError | undefined) {
    super({
      service: 'storage',
      kind: cause?.kind ?? 'malformed',
      status: cause?.status ?? 200,
      message: 'the storage service does not offer packages',
      cause,
    });
    this.name = 'PackagesUnsupportedError';
  }
}

export const isPackagesUnsupported = (error: unknown): error is PackagesUnsupportedError =>
  error instanceof PackagesUnsupportedError;

// cavern without the package view refuses the view itself; a NodeNotFound is a real answer about a target.
const refusesPackages = (error: ApiError) =>
  error.kind === 'http' &&
  (error.status === 405 ||
    error.status === 501 ||
    (error.status === 404 && !/^NodeNotFound/i.test(error.message)));

/**
 * The archive must come from the storage service's origin. fetch follows redirects by itself, so one to
 * another origin can only be refused once it has answered (the deployment's CSP, `connect-src 'self'`, stops
 * the request itself); its body is then never read.
 */
function refuseForeignRedirect(api: ApiClient, response: Response): void {
  if (!response.url) return;
  const service = new URL(api.url('storage', ''), location.href);
  const final = new URL(response.url, service);
  const sameOrigin = final.origin === service.origin || final.origin === location.origin;
  if ((final.protocol === 'https:' || final.protocol === 'http:') && sameOrigin) return;
  void response.body?.cancel().catch(() => undefined);
  throw new ApiError({
    service: 'storage',
    kind: 'malformed',
    status: response.status,
    message: `the package was redirected away from this portal, to ${final.origin}`,
  });
}

/**
 * How long cavern may take to start answering: a package of a large folder may be slow to begin. The archive's
 * bytes then take as long as the link needs (the client's timeout covers the answer, not the body).
 */
const PACKAGE_TIMEOUT_MS = 10 * 60_000;

/**
 * One archive of several nodes, streamed (read its `body` once): a `POST /synctrans` with cavern's package
 * view. cavern answers 303 to the job's `/run`, which 303s to the package runner, which streams the archive.
 * The redirects stay on the service's origin, so fetch follows them keeping the Authorization header; the
 * token never goes in a URL. The archive's `Content-Disposition` is not read: the portal names the file.
 */
export async function downloadPackage(api: ApiClient, request: PackageRequest): Promise<Response> {
  let response: Response;
  try {
    response = await api.request('storage', '/synctrans', {
      body: packageTransferXml(
        request.paths.map((path) => vosUri(request.authority, path)),
        request.format,
      ),
      contentType: 'text/xml',
      signal: request.signal,
      timeoutMs: PACKAGE_TIMEOUT_MS,
    });
  } catch (error) {
    if (isApiError(error) && refusesPackages(error)) throw new PackagesUnsupportedError(error);
    throw error;
  }
  refuseForeignRedirect(api, response);
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== PACKAGE_MEDIA_TYPE[request.format] && type !== 'application/octet-stream') {
    const body = await response.text().catch(() => '');
    // A cavern that ignores the view answers with plain transfer details: no packages there.
    if (/<(?:\w+:)?transfer\b/.test(body)) throw new PackagesUnsupportedError(undefined);
    throw new ApiError({
      service: 'storage',
      kind: 'malformed',
      status: response.status,
      message: `expected a ${request.format} archive, got ${type || 'no content type'}`,
      body: body.slice(0, 2000),
    });
  }
  return response;
}
