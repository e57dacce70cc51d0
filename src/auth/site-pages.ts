import { appBasePath } from '../lib/base-path';

/**
 * The site's own sign-in or sign-out page (canfar.net's `/access/login`, `/access/logout`), which sets or
 * clears the CADC_SSO cookie and then returns to `target`, an absolute address.
 */
export function sitePageUrl(page: string, target: string): string {
  const url = new URL(page, window.location.origin);
  url.searchParams.set('target', target);
  return url.href;
}

/** The portal's home page, absolute: where the site's sign-out returns to. */
export function portalHomeUrl(): string {
  return new URL(appBasePath(), window.location.origin).href;
}
