import type { AuthStore } from './auth-store';

/**
 * Calls `forget`, with the previous user's name, whenever the user this tab works for stops being the one it worked for: a sign-out, or a
 * sign-in as someone else (the demo's user switcher, the sign-in dialog after an expiry, another tab's
 * sign-in). An expiry and a renewal by the same user change nothing. Whatever holds one user's data or work
 * (the query cache, the uploads, the package downloads) empties itself through this, before React renders
 * the new state: the store's listeners all run before React re-renders.
 */
export function onUserChange(store: AuthStore, forget: (previousUser: string) => void): () => void {
  const userOf = () => {
    const state = store.getState();
    return state.status === 'signedOut' ? undefined : state.user.username;
  };
  let lastUser = userOf();
  return store.subscribe(() => {
    const user = userOf();
    if (user !== lastUser && lastUser !== undefined) forget(lastUser);
    lastUser = user;
  });
}
