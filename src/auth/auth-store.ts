export interface AuthUser {
  username: string;
  displayName: string;
  email?: string | undefined;
}

export type AuthState =
  /** `error`: why a previous sign-in could not be restored (the OIDC callback failed, whoami did not answer). */
  | { status: 'signedOut'; error?: unknown }
  | { status: 'signedIn'; user: AuthUser }
  /**
   * A call came back 401: the page stays mounted (and keeps its input) while the user signs in again.
   * `cause`: the refusing call's error, when a call ended it (not the token's own expiry time).
   */
  | { status: 'expired'; user: AuthUser; cause?: unknown };

/** The signed-in state and token, observable by React through useSyncExternalStore. */
export class AuthStore {
  private state: AuthState = { status: 'signedOut' };
  private token: string | undefined;
  /** OIDC mode only: Harbor takes the ID token, not the access token, as Bearer. */
  private idToken: string | undefined;
  /**
   * Signed in through the site's CADC_SSO cookie: the app holds no token and the browser sends the cookie
   * itself. Kept through an expiry, so the sign-in dialog knows what ended.
   */
  private cookie = false;
  private readonly listeners = new Set<() => void>();

  getState = (): AuthState => this.state;

  getToken = (): string | undefined => this.token;

  getIdToken = (): string | undefined => this.idToken;

  /** Whether the services know this user by the site's cookie rather than by a token the app sends. */
  isCookieSession = (): boolean => this.cookie && this.state.status !== 'signedOut';

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  signedIn(user: AuthUser, token: string, idToken?: string): void {
    this.token = token;
    this.idToken = idToken;
    this.cookie = false;
    this.set({ status: 'signedIn', user });
  }

  /** `{ac}/whoami` answered the browser's cookie: signed in with no token of the app's own. */
  signedInWithCookie(user: AuthUser): void {
    this.token = undefined;
    this.idToken = undefined;
    this.cookie = true;
    this.set({ status: 'signedIn', user });
  }

  /** A fresh token for the same user (silent renew). */
  renewed(token: string, idToken?: string): void {
    this.token = token;
    this.idToken = idToken;
    if (this.state.status === 'expired') this.set({ status: 'signedIn', user: this.state.user });
  }

  expired = (cause?: unknown): void => {
    if (this.state.status === 'signedIn') {
      this.token = undefined;
      this.idToken = undefined;
      const user = this.state.user;
      this.set(cause === undefined ? { status: 'expired', user } : { status: 'expired', user, cause });
    }
  };

  signedOut(error?: unknown): void {
    this.token = undefined;
    this.idToken = undefined;
    this.cookie = false;
    this.set(error === undefined ? { status: 'signedOut' } : { status: 'signedOut', error });
  }

  private set(state: AuthState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
