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

/** The tab's parameter, not a user's: the demo's scenario (mocks/browser-state.ts) is the tab's platform. */
const TAB_PARAMS = ['scenario'];

/**
 * Parameters that say which page it is rather than what someone chose on it: the launch form's type, a
 * session's owner and name on its usage page. Anything else (a filter, a period, the form's values) is a choice.
 */
function pageParams(pathname: string): readonly string[] {
  const [area, first, second] = segmentsOf(pathname);
  if (area === 'sessions' && first === 'launch' && second === undefined) return ['type'];
  if (area === 'usage' && first === 'sessions') return ['user', 'name'];
  return [];
}

/**
 * `username`'s own equivalent of a page that is another user's: their own home for another user's folder,
 * their own usage for another user's session, the dashboard for another user's opened session. Undefined when
 * the page is as much theirs as anyone's.
 */
function ownEquivalent(pathname: string, search: string, username: string): string | undefined {
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

/** `path` with only the parameters of `search` that are named in `names`. */
function withParams(path: string, search: string, names: readonly string[]): string {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams([...params].filter(([name]) => names.includes(name)));
  const query = kept.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * What a `?demo-user=` link opens for `username`: the link as it is, values and all, since they are the
 * link's, for whoever opens it; only a page of another user's becomes their own equivalent, which the link's
 * parameters, written for the other page, do not follow.
 */
export function linkedPlace(pathname: string, search: string, username: string): string {
  const equivalent = ownEquivalent(pathname, search, username);
  return equivalent === undefined ? `${pathname}${search}` : withParams(equivalent, search, TAB_PARAMS);
}

/**
 * Where `username` goes on taking over a page another user was shown (the demo's user switcher, Back to an
 * entry of theirs): the same page, or their own equivalent of one of the other user's, with nothing the other
 * user chose there (a filter, a period, the launch form's values, which may be their last launch's), so the
 * new user starts clean. Undefined when the address can stay as it is.
 */
export function ownPlace(pathname: string, search: string, username: string): string | undefined {
  const equivalent = ownEquivalent(pathname, search, username);
  const path = equivalent ?? pathname;
  const kept = [...TAB_PARAMS, ...pageParams(path)];
  const isClean = [...new URLSearchParams(search).keys()].every((name) => kept.includes(name));
  return equivalent === undefined && isClean ? undefined : withParams(path, search, kept);
}
