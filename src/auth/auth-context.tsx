import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { AuthController } from './auth-controller';
import type { AuthState } from './auth-store';

const AuthContext = createContext<AuthController | null>(null);

export function AuthProvider({ auth, children }: { auth: AuthController; children: ReactNode }) {
  return <AuthContext value={auth}>{children}</AuthContext>;
}

export function useAuth(): AuthController {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth needs an AuthProvider');
  return auth;
}

export function useAuthState(): AuthState {
  const { store } = useAuth();
  return useSyncExternalStore(store.subscribe, store.getState);
}

const noStore = { subscribe: () => () => undefined, getState: () => undefined };

/** The sign-in's status, or undefined outside its provider (a page shown before the portal has started). */
export function useAuthStatus(): AuthState['status'] | undefined {
  const store = useContext(AuthContext)?.store ?? noStore;
  return useSyncExternalStore(store.subscribe, () => store.getState()?.status);
}

/** The signed-in user; only for components rendered behind the sign-in gate. */
export function useCurrentUser() {
  const state = useAuthState();
  if (state.status === 'signedOut') throw new Error('useCurrentUser outside the sign-in gate');
  return state.user;
}
