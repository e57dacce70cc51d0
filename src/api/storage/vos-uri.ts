import { assertAddressable } from './cavern-names';

/**
 * Node paths (`/home/jdoe/m31_été.fits`, decoded, from the service root) and vos URIs
 * (`vos://cadc.nrc.ca~arc/home/jdoe/m31_%C3%A9t%C3%A9.fits`, authority from `storage.vosAuthority`).
 */

/** The segments of a path, without empty ones; `.` and `..` are refused, as a URL would resolve them away. */
export function pathSegments(path: string): string[] {
  const segments = path.split('/').filter((segment) => segment !== '');
  for (const segment of segments) {
    if (segment === '.' || segment === '..') throw new RangeError(`"${segment}" cannot name a node: ${path}`);
  }
  return segments;
}

/** `/a//b/` → `/a/b`; the root is `/`. */
export function normalizePath(path: string): string {
  return `/${pathSegments(path).join('/')}`;
}

/**
 * The path with each segment percent-encoded, for a URL or a vos URI. Every call to cavern names its nodes
 * through here: a name cavern cannot address is refused unsent (UnaddressableNameError, cavern-names.ts).
 */
export function encodePath(path: string): string {
  const segments = pathSegments(path);
  assertAddressable(segments);
  return `/${segments.map(encodeURIComponent).join('/')}`;
}

export function vosUri(authority: string, path: string): string {
  return `vos://${authority}${encodePath(path)}`;
}

// VOSpace identifiers once used `!` where cavern now writes `~` (ivo://cadc.nrc.ca!vospace); both name one service.
const sameAuthority = (a: string, b: string) => a.replaceAll('!', '~') === b.replaceAll('!', '~');

/** The authority and decoded path of a vos URI, or `undefined` when it is not one. */
export function parseVosUri(uri: string): { authority: string; path: string } | undefined {
  const match = /^vos:\/\/([^/?#]+)([^?#]*)$/i.exec(uri.trim());
  if (!match?.[1]) return undefined;
  const segments = (match[2] ?? '')
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodeSegment);
  // Decoded, a segment must still be one name: not `.`/`..`, and no `/` that would add a level.
  if (segments.some((segment) => segment === '.' || segment === '..' || segment.includes('/')))
    return undefined;
  return { authority: match[1], path: `/${segments.join('/')}` };
}

/** The path of a vos URI in this deployment's space, or `undefined` for another space or not a vos URI. */
export function pathFromVosUri(uri: string, authority: string): string | undefined {
  const parsed = parseVosUri(uri);
  return parsed && sameAuthority(parsed.authority, authority) ? parsed.path : undefined;
}

/**
 * Whether `path` names a node directly inside `folder` (`/a/b` in `/a`): a listing's child that is not one is
 * dropped, so no action can ever target a path outside the folder shown.
 */
export function isDirectChild(folder: string, path: string): boolean {
  const prefix = folder === '/' ? '/' : `${folder}/`;
  return path.length > prefix.length && path.startsWith(prefix) && !path.includes('/', prefix.length);
}

export function nameOf(path: string): string {
  return pathSegments(path).at(-1) ?? '';
}

export function parentOf(path: string): string {
  return `/${pathSegments(path).slice(0, -1).join('/')}`;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A stray `%` that is not an escape: keep the name as written.
    return segment;
  }
}
