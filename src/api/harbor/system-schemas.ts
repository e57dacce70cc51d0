import * as z from 'zod/mini';
import { optionalText } from './harbor-fields';

/** `GET /systeminfo`: `registry_url` is the registry's host as docker sees it (e.g. `images.canfar.net`). */
export const systemInfoSchema = z.object({
  registry_url: optionalText,
  harbor_version: optionalText,
  auth_mode: optionalText,
});
export type HarborSystemInfo = z.infer<typeof systemInfoSchema>;

/** A host, with any scheme or trailing slash Harbor's `ext_endpoint` may carry removed. */
export function registryHost(url: string | undefined): string | undefined {
  const host = url
    ?.trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/+$/, '');
  return host === '' ? undefined : host;
}
