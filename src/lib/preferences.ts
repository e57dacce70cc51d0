/**
 * Non-secret preferences that outlive the tab (language). Tokens never come here: they live in
 * sessionStorage only (auth/token-storage.ts).
 */
/**
 * `images.pageSize`: rows per page in the image browser. `announcement.dismissed`: the id of the last
 * announcement the user closed.
 */
export type PreferenceKey = 'language' | 'images.pageSize' | 'announcement.dismissed';

const PREFIX = 'science-portal.';

export function readPreference(key: PreferenceKey): string | undefined {
  try {
    return globalThis.localStorage.getItem(PREFIX + key) ?? undefined;
  } catch {
    return undefined; // storage disabled (private mode, sandboxed frame)
  }
}

export function writePreference(key: PreferenceKey, value: string): void {
  try {
    globalThis.localStorage.setItem(PREFIX + key, value);
  } catch {
    // A preference that cannot be kept is still applied for this visit.
  }
}
