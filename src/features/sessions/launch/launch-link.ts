import { writeLaunchState, type LaunchFormState } from './launch-state';

/**
 * The address that reopens this form: the page's own origin and path with the search parameters the form
 * writes to the address bar (secret values are already left out there). `href` is the router's href for the
 * launch path, basename included.
 */
export function launchLink(origin: string, href: string, state: LaunchFormState): string {
  const url = new URL(href, origin);
  url.search = writeLaunchState(state).toString();
  url.hash = '';
  return url.toString();
}
