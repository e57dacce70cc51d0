/**
 * The platform token for this tab. sessionStorage only: it dies with the tab and is never shared with
 * other tabs or written to disk the way localStorage is.
 */
const KEY = 'science-portal.token';

export function readStoredToken(): string | undefined {
  try {
    return globalThis.sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function storeToken(token: string): void {
  try {
    globalThis.sessionStorage.setItem(KEY, token);
  } catch {
    // Without storage the sign-in lasts until the page is reloaded.
  }
}

export function clearStoredToken(): void {
  try {
    globalThis.sessionStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
}

/**
 * Where the OIDC library keeps its state and user record (which holds the tokens): this tab's sessionStorage,
 * for the same reasons as the token itself. Only this file reaches the browser's storage for secrets.
 */
export function oidcStateStorage(): Storage {
  return globalThis.sessionStorage;
}
