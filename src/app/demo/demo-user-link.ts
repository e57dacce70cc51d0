import type { MockAuth } from '@/auth/auth-controller';
import { appBasePath, underBase } from '@/lib/base-path';
import { linkedPlace } from '@/lib/user-place';

export const DEMO_USER_PARAM = 'demo-user';

interface Address {
  /** The path inside the app, after its base. */
  pathname: string;
  search: string;
  hash: string;
}

/** The demo user an address's `?demo-user=` names, as the accounts spell it; undefined without one. */
export const demoUserIn = (search: string) =>
  new URLSearchParams(search).get(DEMO_USER_PARAM)?.trim().toLowerCase();

/**
 * `?demo-user=<username>`: a workshop link signs the tab in as that demo user, as the account menu's switcher
 * does, and takes them to their own equivalent of a page that is another user's (their home rather than Jane
 * Doe's); the link's other parameters, a launch form's command included, are kept. Returns the address to show
 * instead, without the parameter, so a later reload does not switch back; undefined when the address has no
 * such parameter. An unknown name is ignored, as an unknown scenario is.
 */
export async function followDemoUserLink(auth: MockAuth, address: Address): Promise<string | undefined> {
  const search = new URLSearchParams(address.search);
  const wanted = demoUserIn(address.search);
  if (wanted === undefined) return undefined;
  search.delete(DEMO_USER_PARAM);
  const query = search.toString() ? `?${search.toString()}` : '';
  const state = auth.store.getState();
  const current = state.status === 'signedOut' ? undefined : state.user.username;
  const isKnown = auth.accounts.some((account) => account.username === wanted);
  if (isKnown && wanted !== current) {
    try {
      await auth.signInAs(wanted);
    } catch (error: unknown) {
      // The user picker says why and a pick tries again, as at any demo start: not a start that failed.
      auth.store.signedOut(error);
    }
  }
  // The rest of the address is the link's, not a page another user left: its values stay (linkedPlace).
  const place = isKnown ? linkedPlace(address.pathname, query, wanted) : `${address.pathname}${query}`;
  return `${place}${address.hash}`;
}

/** Follows a `?demo-user=` in the page's own address before the router reads it. */
export async function followDemoUserLinkInPage(auth: MockAuth): Promise<void> {
  const base = appBasePath();
  const { pathname, search, hash } = window.location;
  const inApp = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
  const next = await followDemoUserLink(auth, { pathname: inApp, search, hash });
  if (next !== undefined) window.history.replaceState(window.history.state, '', underBase(next, base));
}
