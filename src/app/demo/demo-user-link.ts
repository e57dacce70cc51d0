import type { MockAuth } from '@/auth/auth-controller';
import { appBasePath, underBase } from '@/lib/base-path';
import { ownPlace } from '@/lib/user-place';

export const DEMO_USER_PARAM = 'demo-user';

interface Address {
  /** The path inside the app, after its base. */
  pathname: string;
  search: string;
  hash: string;
}

/**
 * `?demo-user=<username>`: a workshop link signs the tab in as that demo user, as the account menu's switcher
 * does, and takes them to their own equivalent of the page (their home rather than Jane Doe's). Returns the
 * address to show instead, without the parameter, so a later reload does not switch back; undefined when the
 * address has no such parameter. An unknown name is ignored, as an unknown scenario is.
 */
export async function followDemoUserLink(auth: MockAuth, address: Address): Promise<string | undefined> {
  const search = new URLSearchParams(address.search);
  const wanted = search.get(DEMO_USER_PARAM)?.trim().toLowerCase();
  if (wanted === undefined) return undefined;
  search.delete(DEMO_USER_PARAM);
  const query = search.toString() ? `?${search.toString()}` : '';
  const state = auth.store.getState();
  const current = state.status === 'signedOut' ? undefined : state.user.username;
  const isKnown = auth.accounts.some((account) => account.username === wanted);
  if (isKnown && wanted !== current) await auth.signInAs(wanted);
  const place = isKnown ? ownPlace(address.pathname, query, wanted) : undefined;
  return place ?? `${address.pathname}${query}${address.hash}`;
}

/** Follows a `?demo-user=` in the page's own address before the router reads it. */
export async function followDemoUserLinkInPage(auth: MockAuth): Promise<void> {
  const base = appBasePath();
  const { pathname, search, hash } = window.location;
  const inApp = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
  const next = await followDemoUserLink(auth, { pathname: inApp, search, hash });
  if (next !== undefined) window.history.replaceState(window.history.state, '', underBase(next, base));
}
