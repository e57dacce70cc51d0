/**
 * The header that marks the portal's own requests for the deployment's cross-site write check
 * (deploy/nginx): a browser that sends no `Sec-Fetch-Site` (plain HTTP, older Safari) gets a write through
 * only with it, since no other site's form can set it. Sent only to the portal's own origin, where it costs
 * no CORS preflight.
 */
export function requestedWithHeader(url: string): Record<string, string> {
  // No page, no origin to protect (a worker, or tests under Node).
  if (typeof location === 'undefined') return {};
  return new URL(url, location.href).origin === location.origin
    ? { 'X-Requested-With': 'XMLHttpRequest' }
    : {};
}
