import { useQueryClient } from '@tanstack/react-query';
import { Fragment, useEffect, useRef, type ReactNode } from 'react';
import { useAuthState } from '../auth/auth-context';
import type { AuthState } from '../auth/auth-store';
import { ReauthModal } from '../features/sign-in/reauth-modal';
import { SignInScreen } from '../features/sign-in/sign-in-screen';

interface AuthGateProps {
  children: ReactNode;
  signedIn: (content: ReactNode) => ReactNode;
  signedOut: (content: ReactNode) => ReactNode;
}

/**
 * Signed out: the sign-in screen in place of the page, at the same URL, so signing in shows the page that
 * was asked for. Expired: the page stays and a sign-in dialog opens over it.
 */
export function AuthGate({ children, signedIn, signedOut }: AuthGateProps) {
  const state = useAuthState();
  useRefreshAfterSignIn(state);
  if (state.status === 'signedOut') return signedOut(<SignInScreen />);
  // Keyed by user: another user's page starts afresh; the same user's survives a renewed sign-in.
  return signedIn(
    <Fragment key={state.user.username}>
      {children}
      <ReauthModal />
    </Fragment>,
  );
}

/** After an expired sign-in is renewed by the same user, fetch again what failed. */
function useRefreshAfterSignIn(state: AuthState) {
  const queryClient = useQueryClient();
  const previous = useRef<AuthState>(state);
  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (
      state.status === 'signedIn' &&
      before.status === 'expired' &&
      before.user.username === state.user.username
    ) {
      void queryClient.invalidateQueries();
    }
  }, [state, queryClient]);
}
