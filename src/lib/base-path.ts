/**
 * Where the app is served: the host's root ("/") or a sub-path such as "/science-portal/", chosen by the
 * deployment with no rebuild (docs/deployment.md). The build's own files are named relative to the page, and
 * index.html carries `<base href="/">`, which the production nginx rewrites to its PORTAL_BASE_PATH; the app
 * reads it here for the router's basename, config.json and the services' default paths.
 */

/** The path of the page's `<base href>`, always starting and ending with "/"; "/" without one. */
export function readBasePath(doc: Document = document): string {
  const base = doc.querySelector('base[href]');
  if (!base) return '/';
  // The element's resolved URL (document.baseURI): a same-origin path only, whatever the attribute says.
  const url = new URL(doc.baseURI);
  if (url.origin !== new URL(doc.URL).origin) return '/';
  const path = url.pathname.replace(/[^/]*$/, '');
  return path.startsWith('/') ? path : '/';
}

let cached: string | undefined;

/** The app's base path, read once (the page's base cannot change while the app runs). */
export function appBasePath(): string {
  cached ??= readBasePath();
  return cached;
}

/** `path` (relative, no leading "/") under the base: `underBase('config.json', '/science-portal/')`. */
export function underBase(path: string, base: string = appBasePath()): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}
