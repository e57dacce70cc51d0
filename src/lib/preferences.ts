/**
 * Non-secret preferences that outlive the tab, in localStorage. Tokens never come here: they live in
 * sessionStorage only (auth/token-storage.ts).
 *
 * Several people may use one browser, so every preference of a person is kept under their user name. Only
 * the language is the browser's: it applies before anyone has signed in (the sign-in screen is in it).
 */
export type PreferenceKey = 'language';

/**
 * `images.pageSize`: rows per page in the image browser. `announcement.dismissed`: the id of the last
 * announcement the user closed. `launch.<type>`: the last launch form of that session type, as URL parameters.
 */
export type UserPreferenceKey = 'images.pageSize' | 'announcement.dismissed' | `launch.${string}`;

const PREFIX = 'science-portal.';

/** The storage key of one user's value; the name is encoded so no user name can reach another's keys. */
export const userStorageKey = (username: string, key: string) =>
  `${PREFIX}user.${encodeURIComponent(username)}.${key}`;

function read(storageKey: string): string | undefined {
  try {
    return globalThis.localStorage.getItem(storageKey) ?? undefined;
  } catch {
    return undefined; // storage disabled (private mode, sandboxed frame)
  }
}

function write(storageKey: string, value: string): void {
  try {
    globalThis.localStorage.setItem(storageKey, value);
  } catch {
    // A preference that cannot be kept is still applied for this visit.
  }
}

/** Removes a value kept before preferences were per user: nobody can tell whose it was. */
export function removeUnkeyed(storageKey: string): void {
  try {
    globalThis.localStorage.removeItem(storageKey);
  } catch {
    // storage disabled: nothing was kept
  }
}

export function readPreference(key: PreferenceKey): string | undefined {
  return read(PREFIX + key);
}

export function writePreference(key: PreferenceKey, value: string): void {
  write(PREFIX + key, value);
}

export function readUserPreference(username: string, key: UserPreferenceKey): string | undefined {
  removeUnkeyed(PREFIX + key);
  return read(userStorageKey(username, key));
}

export function writeUserPreference(username: string, key: UserPreferenceKey, value: string): void {
  write(userStorageKey(username, key), value);
}

/**
 * Forgets the launches remembered for a user who has left this browser (a sign-out, or someone else signing in):
 * they name images, commands and variables, which the next person at a shared computer could read. Preferences
 * that say nothing of the user's work (page size, a dismissed announcement) stay.
 */
export function forgetRememberedLaunches(username: string): void {
  const prefix = userStorageKey(username, 'launch.');
  try {
    const storage = globalThis.localStorage;
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index));
    // the rest is a session type, never dotted: `jdoe.launch.x` is another user's key, not one of jdoe's
    for (const key of keys) {
      if (key?.startsWith(prefix) && !key.slice(prefix.length).includes('.')) storage.removeItem(key);
    }
  } catch {
    // storage disabled: nothing was kept
  }
}

/** A remembered launch's key: the user's encoded name, then its session type, which is never dotted. */
const LAUNCH_KEY = /^science-portal\.user\.(.+)\.launch\.[^.]+$/;

/**
 * Forgets the launches remembered for anyone but `username`, who has just signed in: a user who left by closing
 * the tab, not by signing out, was never forgotten (`forgetRememberedLaunches` runs in a tab that sees them go).
 */
export function forgetOthersRememberedLaunches(username: string): void {
  const own = encodeURIComponent(username);
  try {
    const storage = globalThis.localStorage;
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index));
    for (const key of keys) {
      const owner = key === null ? undefined : LAUNCH_KEY.exec(key)?.[1];
      if (key !== null && owner !== undefined && owner !== own) storage.removeItem(key);
    }
  } catch {
    // storage disabled: nothing was kept
  }
}

/** The colour scheme Mantine keeps (light, dark or auto) under its own key: a choice of the browser, like the language. */
export const readColourScheme = (): string | undefined => read('mantine-color-scheme-value');
