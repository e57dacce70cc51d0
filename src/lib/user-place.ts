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
  if (area === 'sessions' && first === 'launch' && second === undefined) return ownLaunchForm(search);
  return undefined;
}

/** The launch form's fields that are one user's own (features/sessions/launch/launch-state.ts). */
const PERSONAL_LAUNCH_FIELDS = ['cmd', 'args', 'argsSecret', 'env', 'registryUser'];

/** The launch form as it was, less another user's command, arguments, environment and registry user name. */
function ownLaunchForm(search: string): string | undefined {
  const params = new URLSearchParams(search);
  if (!PERSONAL_LAUNCH_FIELDS.some((field) => params.has(field))) return undefined;
  for (const field of PERSONAL_LAUNCH_FIELDS) params.delete(field);
  const rest = params.toString();
  return rest ? `/sessions/launch?${rest}` : '/sessions/launch';
}
