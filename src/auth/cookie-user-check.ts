import { whoami } from '../api/ac/ac-api';
import type { ApiClient } from '../api/http/client';
import type { AuthStore } from './auth-store';
import { toUser } from './password-auth';
import { recordSignIn } from './token-storage';

/** At most one whoami per this long, however often the tab is shown. */
export const COOKIE_USER_CHECK_MS = 60_000;

export interface CookieUserCheck {
  /**
   * A call of the cookie session to `url` came back 403. When it was for the user's own home in cavern (which
   * is always theirs), the likeliest cause is that cavern saw no one: the cookie is gone. whoami is asked at
   * once, not when the tab is next shown, so the sign-in dialog opens over the refusal. Settles when that
   * check (or the one already running) has.
   */
  afterForbidden: (url: string) => Promise<void>;
  /**
   * Before the tab writes as the user with no one looking (an upload starting, perhaps in a hidden tab): asks
   * whoami again when its last answer is a minute old, so a cookie that changed hands in another tab meanwhile
   * forgets this user (and their queued uploads) instead of writing as the cookie's new holder. Settles once
   * the user is confirmed, replaced or signed out, at once for a token session or a recent answer: true while
   * someone is signed in, false when the sign-in has ended (the cookie is gone: whoami's 401).
   */
  confirm: () => Promise<boolean>;
  stop: () => void;
}

/**
 * A cookie session belongs to whoever holds the site's cookie now: another tab may have signed out of the site
 * and someone else in, after which this tab's calls run as them. So when the tab is shown again, whoami is
 * asked again (cookie sessions only; a token names its user for good), and at once after cavern refuses the
 * user their own home: another name means forgetting the first user (caches, uploads) and showing the new one;
 * a 401 (no cookie any more) ends the sign-in through the HTTP client's expiry.
 */
export function watchCookieUser(
  store: AuthStore,
  api: ApiClient,
  forget: () => Promise<void>,
  storageBase: string,
): CookieUserCheck {
  let checkedAt = Date.now();
  let running: Promise<void> | undefined;

  const isCookieSignIn = () => store.getState().status === 'signedIn' && store.isCookieSession();

  async function ask(): Promise<void> {
    checkedAt = Date.now();
    const who = await whoami(api);
    const current = store.getState();
    if (current.status !== 'signedIn' || !store.isCookieSession() || who.username === current.user.username) {
      return;
    }
    await forget();
    recordSignIn(who.username);
    store.signedInWithCookie(toUser(who));
  }

  /** One whoami at a time; a 401 has already ended the sign-in, any other failure waits for the next reason. */
  function check(): Promise<void> {
    running ??= ask()
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  const onVisibilityChange = () => {
    if (document.visibilityState !== 'visible' || !isCookieSignIn()) return;
    if (Date.now() - checkedAt < COOKIE_USER_CHECK_MS) return;
    void check();
  };
  document.addEventListener('visibilitychange', onVisibilityChange);

  return {
    afterForbidden: async (url) => {
      const state = store.getState();
      if (state.status !== 'signedIn' || !store.isCookieSession()) return;
      if (isInHome(url, storageBase, state.user.username)) await check();
    },
    confirm: async () => {
      if (isCookieSignIn() && Date.now() - checkedAt >= COOKIE_USER_CHECK_MS) await check();
      else if (running) await running;
      return store.getState().status === 'signedIn';
    },
    stop: () => {
      document.removeEventListener('visibilitychange', onVisibilityChange);
    },
  };
}

/**
 * Whether `url` is the user's own home in cavern or anything in it: `{storage}/nodes/home/<user>…` (listings,
 * properties) or `{storage}/files/home/<user>…` (downloads). `storageBase` is the configured service base.
 */
export function isInHome(url: string, storageBase: string, username: string): boolean {
  const page = window.location.href;
  const base = new URL(storageBase.replace(/\/+$/, ''), page);
  const target = new URL(url, page);
  if (target.origin !== base.origin) return false;
  const user = encodeURIComponent(username);
  return ['nodes', 'files'].some((root) => {
    const home = `${base.pathname}/${root}/home/${user}`;
    return target.pathname === home || target.pathname.startsWith(`${home}/`);
  });
}
