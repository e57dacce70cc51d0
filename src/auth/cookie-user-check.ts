import { whoami } from '../api/ac/ac-api';
import type { ApiClient } from '../api/http/client';
import type { AuthStore } from './auth-store';
import { toUser } from './password-auth';

/** At most one whoami per this long, however often the tab is shown. */
export const COOKIE_USER_CHECK_MS = 60_000;

/**
 * A cookie session belongs to whoever holds the site's cookie now: another tab may have signed out of the site
 * and someone else in, after which this tab's calls run as them. So when the tab is shown again, whoami is
 * asked again (cookie sessions only; a token names its user for good): another name means forgetting the first
 * user (caches, uploads) and showing the new one; a 401 ends the sign-in through the HTTP client's expiry.
 */
export function checkCookieUserWhenShown(
  store: AuthStore,
  api: ApiClient,
  forget: () => Promise<void>,
): () => void {
  let checkedAt = Date.now();

  async function check(): Promise<void> {
    const state = store.getState();
    if (document.visibilityState !== 'visible' || state.status !== 'signedIn' || !store.isCookieSession()) {
      return;
    }
    if (Date.now() - checkedAt < COOKIE_USER_CHECK_MS) return;
    checkedAt = Date.now();
    const who = await whoami(api);
    const current = store.getState();
    if (current.status !== 'signedIn' || !store.isCookieSession() || who.username === current.user.username) {
      return;
    }
    await forget();
    store.signedInWithCookie(toUser(who));
  }

  const onVisibilityChange = () => {
    // A 401 has already ended the sign-in (the expiry path); any other failure waits for the next showing.
    check().catch(() => undefined);
  };
  document.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
