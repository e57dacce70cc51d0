import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
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
  return signedIn(
    <>
      {children}
      <ReauthModal />
    </>,
  );
}

/** After an expired sign-in is renewed, fetch again what failed; another user must not see the last one's data. */
function useRefreshAfterSignIn(state: AuthState) {
  const queryClient = useQueryClient();
  const previous = useRef<AuthState>(state);
  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (state.status !== 'signedIn' || before.status !== 'expired') return;
    if (before.user.username === state.user.username) void queryClient.invalidateQueries();
    else void queryClient.resetQueries();
  }, [state, queryClient]);
}
