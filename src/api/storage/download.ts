import { ApiError } from '../http/api-error';
import { bodyFailure, readText, type ApiClient } from '../http/client';
import { saveBlob } from '@/lib/save-file';
import { parseTransferDocument, transferXml } from './transfer-xml';
import { VOS_PROTOCOL } from './vospace-names';
import { vosUri } from './vos-uri';

/** Where a file's bytes are read, and whether the address itself carries the authorisation. */
export interface DownloadEndpoint {
  url: string;
  /** cavern's `/files/preauth:<token>/…`: read without credentials. Otherwise the user's own are sent. */
  preauthorised: boolean;
}

const PREAUTHORISED = /\/files\/preauth:[^/]+\//;

/**
 * Where to read a file, from cavern's sync transfer negotiation (`POST /synctrans`, pullFromVoSpace, then its
 * 303 to the transfer details). cavern offers a pre-authorised `/files/preauth:…` endpoint first when it holds
 * the keys to sign one, and the plain `/files/…` one, which needs the caller's credentials; a cavern behind an
 * OIDC identity manager has no keys and offers the plain one only (platform-api.md §3.5). An endpoint the
 * portal may not follow (see `onPortalOrigin`) is an ApiError, never a URL.
 */
export async function downloadEndpoint(
  api: ApiClient,
  authority: string,
  path: string,
  signal?: AbortSignal,
): Promise<DownloadEndpoint> {
  const response = await api.request('storage', '/synctrans', {
    body: transferXml({
      target: vosUri(authority, path),
      direction: 'pullFromVoSpace',
      protocols: [{ uri: VOS_PROTOCOL.httpsGet }],
    }),
    contentType: 'text/xml',
    signal,
  });
  const body = await readText('storage', response, signal);
  let endpoints: string[];
  try {
    const transfer = parseTransferDocument(new DOMParser().parseFromString(body, 'application/xml'));
    const anonymous = transfer.protocols.filter(
      (protocol) => protocol.uri === VOS_PROTOCOL.httpsGet && protocol.securityMethods.length === 0,
    );
    endpoints = [...anonymous, ...transfer.protocols].flatMap((protocol) => protocol.endpoint ?? []);
  } catch (error) {
    throw refused(`the transfer details could not be read (${describe(error)})`, body);
  }
  const endpoint = endpoints.find((candidate) => PREAUTHORISED.test(candidate)) ?? endpoints[0];
  if (endpoint === undefined) throw refused(`no download endpoint was offered for ${path}`, body);
  const url = onPortalOrigin(api, endpoint);
  return { url, preauthorised: PREAUTHORISED.test(new URL(url).pathname) };
}

/**
 * A file's bytes, as a response whose body has yet to be read, through the HTTP client: a failure is an
 * ApiError with the storage service's message, and the client's wait for an answer applies (the bytes then take
 * as long as the link needs). The plain address is read with the user's token (or, signed in by the site's
 * cookie, with the cookie the same-origin request carries); a pre-authorised one without it, and so is any
 * other address on the portal that the transfer named: the token goes to the storage service only.
 */
export async function openFile(
  api: ApiClient,
  authority: string,
  path: string,
  signal?: AbortSignal,
): Promise<Response> {
  const { url, preauthorised } = await downloadEndpoint(api, authority, path, signal);
  signal?.throwIfAborted();
  const withToken = !preauthorised && onServicePath(api, url);
  return api.requestUrl('storage', url, { signal, ...(withToken ? {} : { token: null }) });
}

/** Whether a URL on the portal is the storage service's, below its configured base. */
function onServicePath(api: ApiClient, url: string): boolean {
  const { origin, path } = serviceBase(api);
  const target = new URL(url, location.href);
  return target.origin === origin && target.pathname.startsWith(`${path}/`);
}

/** The storage service's configured base: its origin, and its path without a trailing slash. */
function serviceBase(api: ApiClient): { origin: string; path: string } {
  const base = new URL(api.url('storage', ''), location.href);
  return { origin: base.origin, path: base.pathname.replace(/\/+$/, '') };
}

/**
 * The address the portal fetches for a transfer endpoint, or an ApiError when it may not follow it.
 *
 * cavern names its own host in endpoints; the portal reaches the service only through its same-origin path
 * (no CORS), so an http(s) endpoint under the service's path (or cavern's `/files/`, `/nodes/`) is fetched
 * through that path on the portal's origin, and the host it named is never contacted. Anything else must
 * already be on the portal's (or the configured storage service's) origin: a `javascript:` or `data:` URL,
 * or a page elsewhere, is refused rather than opened with the user's click.
 */
export function onPortalOrigin(api: ApiClient, endpoint: string): string {
  const base = serviceBase(api);
  let target: URL;
  try {
    target = new URL(endpoint.trim(), location.href);
  } catch {
    throw refused(`the download address is not a URL: ${endpoint}`);
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    throw refused(`the download address is not http(s): ${endpoint}`);
  }
  if (target.username || target.password) throw refused(`the download address carries credentials`);
  const below = /\/(files|nodes)\//.exec(target.pathname);
  if (target.pathname.startsWith(`${base.path}/`)) return `${base.origin}${target.pathname}${target.search}`;
  // A deployment whose service path differs from cavern's own (`/cavern` behind `/arc`).
  if (below) return `${base.origin}${base.path}${target.pathname.slice(below.index)}${target.search}`;
  if (target.origin === location.origin || target.origin === base.origin) return target.href;
  throw refused(`the download address is not on this portal: ${target.origin}`);
}

const refused = (message: string, body?: string) =>
  new ApiError({ service: 'storage', kind: 'malformed', status: 200, message, body: body?.slice(0, 2000) });

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Above this, a file is not held in memory on its way to disk where the browser can stream it into a file the
 * user picks: it goes to the downloads panel, with its progress (`PackageDownloads.startFile`).
 */
export const STREAMED_DOWNLOAD_BYTES = 50 * 1024 * 1024;

/**
 * Reads one file whole and saves it under its own name: never by handing the browser a link, so no address
 * that reads the file (cavern's pre-authorised ones never expire) is left in the browser's list of downloads
 * for the next person at the same browser. `signal` stops it (the user signed out, or someone else signed in):
 * an aborted download rejects with the abort and never reaches the browser's downloads, however far it had
 * come.
 */
export async function downloadFile(
  api: ApiClient,
  authority: string,
  file: { path: string; name: string },
  signal?: AbortSignal,
): Promise<void> {
  const response = await openFile(api, authority, file.path, signal);
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch (error) {
    throw bodyFailure('storage', error, signal);
  }
  signal?.throwIfAborted();
  saveBlob(blob, file.name);
}
