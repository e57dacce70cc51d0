import { paths } from './paths';

const segmentsOf = (pathname: string) =>
  pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });

/**
 * Where `username` belongs when the page at `pathname` + `search` is someone else's: their own home for another
 * user's folder, their own usage for another user's session, the dashboard for another user's opened session.
 * Undefined when the page is as much theirs as anyone's and can stay.
 */
export function ownPlace(pathname: string, search: string, username: string): string | undefined {
  const [area, first, second] = segmentsOf(pathname);
  if (area === 'storage' && first === 'home' && second !== undefined && second !== username) {
    return paths.storage(`/home/${username}`);
  }
  if (area === 'usage' && first === 'sessions') {
    const owner = new URLSearchParams(search).get('user');
    return owner === null || owner === username ? undefined : paths.usage();
  }
  if (area === 'sessions' && first === 'open') return paths.sessions();
  return undefined;
}
