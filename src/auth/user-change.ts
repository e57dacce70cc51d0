import type { AuthStore } from './auth-store';

/** The user this tab works for, signed in or expired; undefined when signed out. */
function userOf(store: AuthStore): string | undefined {
  const state = store.getState();
  return state.status === 'signedOut' ? undefined : state.user.username;
}

/** Calls `listener` with the user before and after, whenever the user this tab works for changes. */
function onUserSwitch(
  store: AuthStore,
  listener: (previous: string | undefined, next: string | undefined) => void,
): () => void {
  let lastUser = userOf(store);
  return store.subscribe(() => {
    const user = userOf(store);
    if (user === lastUser) return;
    const previous = lastUser;
    lastUser = user;
    listener(previous, user);
  });
}

/**
 * Calls `forget`, with the previous user's name, whenever the user this tab works for stops being the one it worked for: a sign-out, or a
 * sign-in as someone else (the demo's user switcher, the sign-in dialog after an expiry, another tab's
 * sign-in). An expiry and a renewal by the same user change nothing. Whatever holds one user's data or work
 * (the query cache, the uploads, the package downloads) empties itself through this, before React renders
 * the new state: the store's listeners all run before React re-renders.
 */
export const onUserChange = (store: AuthStore, forget: (previousUser: string) => void): (() => void) =>
  onUserSwitch(store, (previous) => {
    if (previous !== undefined) forget(previous);
  });

/**
 * Calls `arrive` with the user's name whenever a user starts working in this tab: a sign-in, a restored one,
 * a switch to someone else. An expiry and a renewal by the same user are no arrival.
 */
export const onUserArrival = (store: AuthStore, arrive: (user: string) => void): (() => void) =>
  onUserSwitch(store, (_previous, next) => {
    if (next !== undefined) arrive(next);
  });
