import type { ApiClient } from '../http/client';
import { parseTransferDocument, transferXml } from './transfer-xml';
import { VOS_PROTOCOL } from './vospace-names';
import { vosUri } from './vos-uri';

/**
 * A URL the browser can download a file from without the token: cavern's sync transfer negotiation
 * (`POST /synctrans`, pullFromVoSpace) answers, after its 303, with a pre-authorised `/files/preauth:…` endpoint.
 */
export async function downloadUrl(api: ApiClient, authority: string, path: string): Promise<string> {
  const response = await api.request('storage', '/synctrans', {
    body: transferXml({
      target: vosUri(authority, path),
      direction: 'pullFromVoSpace',
      protocols: [{ uri: VOS_PROTOCOL.httpsGet }],
    }),
    contentType: 'text/xml',
  });
  const document = new DOMParser().parseFromString(await response.text(), 'application/xml');
  const transfer = parseTransferDocument(document);
  const anonymous = transfer.protocols.find(
    (protocol) =>
      protocol.uri === VOS_PROTOCOL.httpsGet && protocol.securityMethods.length === 0 && protocol.endpoint,
  );
  const endpoint = anonymous?.endpoint ?? transfer.protocols.find((protocol) => protocol.endpoint)?.endpoint;
  if (!endpoint) throw new Error(`cavern offered no download endpoint for ${path}`);
  return onPortalOrigin(api, endpoint);
}

/**
 * cavern names its own host in endpoints; the portal reaches the service only through its same-origin path
 * (no CORS), so an endpoint under the service's path is fetched through that path on the portal's origin.
 */
export function onPortalOrigin(api: ApiClient, endpoint: string): string {
  const base = new URL(api.url('storage', ''), location.href);
  const basePath = base.pathname.replace(/\/+$/, '');
  const target = new URL(endpoint, location.href);
  const below = /\/(files|nodes)\//.exec(target.pathname);
  if (target.pathname.startsWith(`${basePath}/`)) return `${base.origin}${target.pathname}${target.search}`;
  // A deployment whose service path differs from cavern's own (`/cavern` behind `/arc`).
  if (below) return `${base.origin}${basePath}${target.pathname.slice(below.index)}${target.search}`;
  return target.href;
}

/** Below this, the file is fetched and saved from memory (works wherever fetch does, the demo included). */
const IN_MEMORY_LIMIT = 50 * 1024 * 1024;

/** Starts the browser's download of one file, under its own name. */
export async function downloadFile(
  api: ApiClient,
  authority: string,
  file: { path: string; name: string; size: number | undefined },
): Promise<void> {
  const url = await downloadUrl(api, authority, file.path);
  const anchor = document.createElement('a');
  anchor.download = file.name;
  if ((file.size ?? Infinity) <= IN_MEMORY_LIMIT) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`download of ${file.name} failed: ${response.status}`);
    const objectUrl = URL.createObjectURL(await response.blob());
    anchor.href = objectUrl;
    anchor.click();
    setTimeout(() => {
      URL.revokeObjectURL(objectUrl);
    }, 60_000);
    return;
  }
  // Large files stream straight to disk from the pre-authorised URL.
  anchor.href = url;
  anchor.click();
}
