import * as z from 'zod/mini';
import type { AuthStore } from './auth-store';

/** The channel every tab of the portal (same origin) listens on. */
export const AUTH_CHANNEL_NAME = 'science-portal.auth';

/** What goes between tabs: never a token, only who is signed in. */
const AuthMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('signedOut') }),
  z.object({ type: z.literal('signedIn'), username: z.string() }),
]);
export type AuthMessage = z.infer<typeof AuthMessageSchema>;

/** The part of BroadcastChannel used here, so tests can pass a pair of Node channels or a fake. */
export interface AuthChannel {
  postMessage: (message: AuthMessage) => void;
  addEventListener: (type: 'message', listener: (event: { data: unknown }) => void) => void;
}

/** This tab's end of the channel; none where the browser has no BroadcastChannel (the tab then stands alone). */
export function openAuthChannel(name = AUTH_CHANNEL_NAME): AuthChannel | undefined {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined;
}

const userOf = (store: AuthStore) => {
  const state = store.getState();
  return state.status === 'signedOut' ? undefined : state.user.username;
};

/**
 * Keeps the tabs of one browser agreeing on who is signed in. A tab opened from another starts with a copy of
 * its sessionStorage (and so its token): without this, signing out in one tab would leave the other signed in,
 * and signing in as someone else would leave a tab showing the first user's data beside the second's.
 *
 * This tab tells the others when it signs out or signs in as a user; when told, it forgets its own sign-in
 * (`forget`: the token in this tab, nothing at the provider) if the others signed out or are someone else.
 */
export function connectAuthBroadcast(
  store: AuthStore,
  channel: AuthChannel,
  forget: () => Promise<void>,
): void {
  let lastUser = userOf(store);
  // A sign-out caused by another tab is not announced again: it would echo back and forth.
  let isForgetting = false;

  store.subscribe(() => {
    const user = userOf(store);
    if (user === lastUser) return;
    lastUser = user;
    if (isForgetting) return;
    channel.postMessage(user === undefined ? { type: 'signedOut' } : { type: 'signedIn', username: user });
  });

  channel.addEventListener('message', (event) => {
    const message = AuthMessageSchema.safeParse(event.data);
    if (!message.success) return;
    const user = userOf(store);
    if (user === undefined) return;
    if (message.data.type === 'signedIn' && message.data.username === user) return;
    isForgetting = true;
    void forget().finally(() => {
      isForgetting = false;
    });
  });
}
