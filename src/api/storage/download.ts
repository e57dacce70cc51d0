import { ApiError } from '../http/api-error';
import { bodyFailure, readText, type ApiClient } from '../http/client';
import { saveBlob, saveUrl } from '@/lib/save-file';
import { parseTransferDocument, transferXml } from './transfer-xml';
import { VOS_PROTOCOL } from './vospace-names';
import { vosUri } from './vos-uri';

/**
 * A URL the browser can download a file from without the token: cavern's sync transfer negotiation
 * (`POST /synctrans`, pullFromVoSpace) answers, after its 303, with a pre-authorised `/files/preauth:…` endpoint.
 * An endpoint the portal may not follow (see `onPortalOrigin`) is an ApiError, never a URL.
 */
export async function downloadUrl(
  api: ApiClient,
  authority: string,
  path: string,
  signal?: AbortSignal,
): Promise<string> {
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
  const endpoint = endpoints[0];
  if (endpoint === undefined) throw refused(`no download endpoint was offered for ${path}`, body);
  return onPortalOrigin(api, endpoint);
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
  const base = new URL(api.url('storage', ''), location.href);
  const basePath = base.pathname.replace(/\/+$/, '');
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
  if (target.pathname.startsWith(`${basePath}/`)) return `${base.origin}${target.pathname}${target.search}`;
  // A deployment whose service path differs from cavern's own (`/cavern` behind `/arc`).
  if (below) return `${base.origin}${basePath}${target.pathname.slice(below.index)}${target.search}`;
  if (target.origin === location.origin || target.origin === base.origin) return target.href;
  throw refused(`the download address is not on this portal: ${target.origin}`);
}

const refused = (message: string, body?: string) =>
  new ApiError({ service: 'storage', kind: 'malformed', status: 200, message, body: body?.slice(0, 2000) });

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Below this, the file is fetched and saved from memory (works wherever fetch does, the demo included). */
const IN_MEMORY_LIMIT = 50 * 1024 * 1024;

/**
 * Starts the browser's download of one file, under its own name. `signal` stops it (the user signed out, or
 * someone else signed in): an aborted download rejects with the abort and never reaches the browser's
 * downloads, however far it had come.
 */
export async function downloadFile(
  api: ApiClient,
  authority: string,
  file: { path: string; name: string; size: number | undefined },
  signal?: AbortSignal,
): Promise<void> {
  const url = await downloadUrl(api, authority, file.path, signal);
  signal?.throwIfAborted();
  if ((file.size ?? Infinity) <= IN_MEMORY_LIMIT) {
    const blob = await fetchPreauthorised(api, url, signal);
    signal?.throwIfAborted();
    saveBlob(blob, file.name);
    return;
  }
  // Large files stream straight to disk from the pre-authorised URL.
  saveUrl(url, file.name);
}

/**
 * The file's bytes through the HTTP client, so a failure is an ApiError with the storage service's message and
 * the client's wait for an answer applies (the bytes then take as long as the link needs). The URL already
 * carries its authorisation: no token is sent with it.
 */
async function fetchPreauthorised(api: ApiClient, url: string, signal?: AbortSignal): Promise<Blob> {
  const response = await api.requestUrl('storage', url, { token: null, signal });
  try {
    return await response.blob();
  } catch (error) {
    throw bodyFailure('storage', error, signal);
  }
}
