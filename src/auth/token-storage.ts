import * as z from 'zod/mini';
/**
 * What the sign-in keeps in the browser's storage. The platform token lives in this tab's sessionStorage only:
 * never in localStorage, and never shared with other tabs except the copy a tab opened from this one starts
 * with. sessionStorage does not simply die with the tab, though: a browser restores a closed tab's
 * sessionStorage (reopening the closed tab, restoring the last session), and may write it to disk to do so. A
 * tab that was closed, frozen or discarded also never heard another tab's sign-out (auth-broadcast.ts). So
 * every sign-out records its time in localStorage (the time only: no token, no name), and every sign-in its time
 * and user name (no token); a sign-in stored in a tab before the browser's last sign-out, or before someone else
 * signed in, is discarded at the next start (`readStoredToken`, `isStoredSignInVoid`): restored, it would come
 * back as the previous user and, told to the other tabs, sign the new one out.
 */
const KEY = 'science-portal.token';
/** When this tab's stored sign-in (token or OIDC user) was made, in ms since the epoch (sessionStorage). */
const SIGNED_IN_AT_KEY = 'science-portal.signed-in-at';
/** Whose sign-in this tab stored (sessionStorage). */
const SIGNED_IN_AS_KEY = 'science-portal.signed-in-as';
/** When someone last signed out in this browser, in ms since the epoch (localStorage: every tab reads it). */
const SIGNED_OUT_AT_KEY = 'science-portal.signed-out-at';
/** The browser's last sign-in, `{ at, user }` (localStorage: every tab reads it). */
const LAST_SIGN_IN_KEY = 'science-portal.last-sign-in';
const lastSignInSchema = z.object({ at: z.number(), user: z.string() });
/**
 * This tab's user left it (a sign-out, here or in another tab) and no one has signed in in it since: a demo
 * tab then stays at its sign-in page through a reload instead of opening as the first demo user.
 */
const LEFT_SIGNED_OUT_KEY = 'science-portal.left-signed-out';
/** Whose address this tab shows (a user name), so a sign-in that left the page knows who was on it. */
const ADDRESS_OWNER_KEY = 'science-portal.address-owner';

const ENTRY_OWNERS_KEY = 'science-portal.entry-owners';
/** Entries of the tab's history remembered, the latest kept: Back rarely goes further. */
const MAX_ENTRY_OWNERS = 200;

function read(storage: () => Storage, key: string): string | undefined {
  try {
    return storage().getItem(key) ?? undefined;
  } catch {
    return undefined; // storage disabled (private mode, sandboxed frame)
  }
}

function write(storage: () => Storage, key: string, value: string | undefined): void {
  try {
    if (value === undefined) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // Without storage the sign-in lasts until the page is reloaded.
  }
}

const session = () => globalThis.sessionStorage;
const local = () => globalThis.localStorage;

const readTime = (storage: () => Storage, key: string) => {
  const value = Number(read(storage, key));
  return Number.isFinite(value) && value > 0 ? value : undefined;
};

/**
 * Records that `username` signed in now in this browser (a sign-in, not a renewal of it; a site cookie's too):
 * sign-ins of anyone else stored in tabs before now are void from now on.
 */
export function recordSignIn(username: string): void {
  write(local, LAST_SIGN_IN_KEY, JSON.stringify({ at: Date.now(), user: username }));
}

/** Records that this tab's sign-in, as `username`, was made now, and tells the browser (`recordSignIn`). */
export function markSignedIn(username: string): void {
  write(session, SIGNED_IN_AT_KEY, String(Date.now()));
  write(session, SIGNED_IN_AS_KEY, username);
  recordSignIn(username);
}

function readLastSignIn(): z.infer<typeof lastSignInSchema> | undefined {
  const raw = read(local, LAST_SIGN_IN_KEY);
  if (raw === undefined) return undefined;
  try {
    const parsed = lastSignInSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Someone signed out in this browser: every sign-in stored before now, in any tab (one closed and reopened,
 * one frozen or discarded that missed the message), is void from now on.
 */
export function recordSignOut(): void {
  const now = Date.now();
  write(local, SIGNED_OUT_AT_KEY, String(Math.max(now, readTime(local, SIGNED_OUT_AT_KEY) ?? 0)));
  // The sign-out's time voids what the last sign-in would: no name is left behind.
  write(local, LAST_SIGN_IN_KEY, undefined);
  forgetSignedInAs();
}

/** This tab's sign-in is over (signed out, or told of another's): its user is not kept. */
export function forgetSignedInAs(): void {
  write(session, SIGNED_IN_AS_KEY, undefined);
}

/**
 * The sign-in stored in this tab was made before the browser's last sign-out, or before someone else's sign-in
 * (or at an unknown time, with either on record): it must not be used.
 */
export function isStoredSignInVoid(): boolean {
  const signedInAt = readTime(session, SIGNED_IN_AT_KEY);
  const signedOutAt = readTime(local, SIGNED_OUT_AT_KEY);
  const last = readLastSignIn();
  const isOtherSignInLater =
    last !== undefined &&
    last.user !== read(session, SIGNED_IN_AS_KEY) &&
    (signedInAt === undefined || signedInAt < last.at);
  const isSignOutLater = signedOutAt !== undefined && (signedInAt === undefined || signedInAt < signedOutAt);
  return isOtherSignInLater || isSignOutLater;
}

/** This tab's token, unless someone has signed out in this browser since it was stored (then it is removed). */
export function readStoredToken(): string | undefined {
  const token = read(session, KEY);
  if (token === undefined) return undefined;
  if (isStoredSignInVoid()) {
    clearStoredToken();
    return undefined;
  }
  return token;
}

/** Whose sign-in this tab holds: the user of its stored token, unless that sign-in is void. */
export function storedSignInUser(): string | undefined {
  return readStoredToken() === undefined ? undefined : read(session, SIGNED_IN_AS_KEY);
}

export function storeToken(token: string, username: string): void {
  write(session, KEY, token);
  write(session, LEFT_SIGNED_OUT_KEY, undefined);
  markSignedIn(username);
}

export function clearStoredToken(): void {
  write(session, KEY, undefined);
  forgetSignedInAs();
}

/** Records that this tab's user left it signed out, until someone signs in in it (`storeToken`). */
export function markLeftSignedOut(): void {
  write(session, LEFT_SIGNED_OUT_KEY, '1');
}

export function wasLeftSignedOut(): boolean {
  return read(session, LEFT_SIGNED_OUT_KEY) !== undefined;
}

/** The user whose address this tab shows (app/auth-gate.tsx); undefined when it is nobody's. */
export function readAddressOwner(): string | undefined {
  return read(session, ADDRESS_OWNER_KEY);
}

export function storeAddressOwner(username: string | undefined): void {
  write(session, ADDRESS_OWNER_KEY, username);
}

const entryOwnersSchema = z.record(z.string(), z.string());

function entryOwners(): Record<string, string> {
  const raw = read(session, ENTRY_OWNERS_KEY);
  if (raw === undefined) return {};
  try {
    const parsed = entryOwnersSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/**
 * Who a history entry of this tab (react-router's location key) was shown to: Back and Forward must not bring
 * one user's page, its address holding their folder or their launch form's values, to the next user
 * (app/auth-gate.tsx). In the tab's sessionStorage, as the tab's history outlives a reload.
 */
export function readEntryOwner(key: string): string | undefined {
  return entryOwners()[key];
}

export function storeEntryOwner(key: string, username: string): void {
  const owners = entryOwners();
  if (owners[key] === username) return;
  const kept = Object.entries(owners)
    .filter(([entry]) => entry !== key)
    .slice(-(MAX_ENTRY_OWNERS - 1));
  write(session, ENTRY_OWNERS_KEY, JSON.stringify(Object.fromEntries([...kept, [key, username]])));
}

/**
 * Where the OIDC library keeps its state and user record (which holds the tokens): this tab's sessionStorage,
 * for the same reasons as the token itself. Only this file reaches the browser's storage for secrets.
 */
export function oidcStateStorage(): Storage {
  return globalThis.sessionStorage;
}
