import * as z from 'zod/mini';
import { optionalText } from './harbor-fields';

/** `GET /systeminfo`: `registry_url` is the registry's host as docker sees it (e.g. `images.canfar.net`). */
export const systemInfoSchema = z.object({
  registry_url: optionalText,
  harbor_version: optionalText,
  auth_mode: optionalText,
});
export type HarborSystemInfo = z.infer<typeof systemInfoSchema>;

// A DNS name or IPv4 address, or a bracketed IPv6 address, with an optional port: what docker takes as a registry.
const HOST_PORT =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The registry's plain `host[:port]`, or undefined. Harbor derives `registry_url` from its `ext_endpoint` and
 * may leave an http(s) scheme or a trailing slash on it, which are dropped; anything else (another scheme, a
 * path, spaces, shell metacharacters) is refused, as the host goes into pull references and a shell command.
 */
export function registryHost(url: string | undefined): string | undefined {
  const host = url
    ?.trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '');
  return host !== undefined && HOST_PORT.test(host) ? host : undefined;
}
