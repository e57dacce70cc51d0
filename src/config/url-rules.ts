/**
 * Whether a config value may name a service: an https URL, or a path on the portal's own origin (`/skaha`, not
 * `//host` nor `/\host`, which browsers read as another host). Plain http is allowed only to a loopback host,
 * which browsers treat as a secure context: the test deployments and a local fake platform use it.
 */
export function isServiceUrl(value: string): boolean {
  if (value.startsWith('/')) return isPathOnThisOrigin(value);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
}

const SAME_ORIGIN = 'https://portal.invalid';

/**
 * Whether a value starting with "/" stays on the portal's origin as a browser resolves it: not `//host`, nor
 * `/\host`, nor either with a tab or a line break between, which the URL parser drops (`/\t/host`).
 */
export function isPathOnThisOrigin(value: string): boolean {
  if (!value.startsWith('/') || /^\/[/\\]/.test(value)) return false;
  try {
    return new URL(value, SAME_ORIGIN).origin === SAME_ORIGIN;
  } catch {
    return false;
  }
}

const isLoopback = (hostname: string) =>
  hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);

export const SERVICE_URL_RULE =
  'must be an https URL or a path on this origin starting with "/" (plain http only to 127.0.0.1, localhost or [::1])';
