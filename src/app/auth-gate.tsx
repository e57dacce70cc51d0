import { useQueryClient } from '@tanstack/react-query';
import { Fragment, lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useAuthState } from '../auth/auth-context';
import type { AuthState } from '../auth/auth-store';
import { loadMantineStyles } from '../components/styles/load-mantine-styles';
import { signInScreenCode } from '../features/sign-in/sign-in-screen-code';
import { paths } from '../lib/paths';
import { ownPlace } from '../lib/user-place';
import { lazyPage } from './lazy-page';
import { PageLoader } from './page-loader';

// Sign-in is its own chunk: a signed-in start (the usual one, with a token in the tab) never loads the forms,
// and the sign-in dialog loads only when a call comes back 401. The screen is not React.lazy (lazy-page.tsx):
// its code, when the start has already fetched it (start-early.ts), shows at once.
const SignInScreen = lazyPage(signInScreenCode);
const ReauthModal = lazy(async () => {
  const [modal] = await Promise.all([import('../features/sign-in/reauth-modal'), loadMantineStyles()]);
  return { default: modal.ReauthModal };
});

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
  const location = useLocation();
  const username = state.status === 'signedOut' ? undefined : state.user.username;
  // Whose address this is. The page a user signed out from is theirs (a folder, a filled-in form), so
  // someone else signing in after them starts from the home page rather than inside it. The demo's user
  // switcher changes the user in place and keeps the page, unless it was the previous user's own (their
  // folder, one of their sessions): then the new user goes to their own equivalent (lib/user-place.ts).
  const [address, setAddress] = useState<{ owner?: string; last?: string; leaveTo?: string }>({
    owner: username,
    last: username,
  });
  if (username !== address.last) {
    const isSwitch = username !== undefined && address.last !== undefined;
    const isNextUser =
      !isSwitch && username !== undefined && address.owner !== undefined && username !== address.owner;
    const leaveTo = isNextUser
      ? paths.home()
      : isSwitch
        ? ownPlace(location.pathname, location.search, username)
        : undefined;
    setAddress({ owner: isNextUser ? address.owner : (username ?? address.owner), last: username, leaveTo });
  }
  if (address.leaveTo !== undefined && username !== undefined) {
    return signedIn(
      <LeaveAddress
        to={address.leaveTo}
        onLeft={() => {
          setAddress({ owner: username, last: username });
        }}
      />,
    );
  }
  if (state.status === 'signedOut') {
    return signedOut(<SignInScreen />);
  }
  // Keyed by user: another user's page starts afresh; the same user's survives a renewed sign-in.
  return signedIn(
    <Fragment key={state.user.username}>
      {children}
      {state.status === 'expired' && (
        <Suspense fallback={null}>
          <ReauthModal />
        </Suspense>
      )}
    </Fragment>,
  );
}

/**
 * Replaces the previous user's address with `to` before anything of the page renders. The router moves to the
 * new location in a transition, so the gate waits for it to arrive before showing the pages: showing them at
 * once would render the previous user's page (and fetch its data) for the new user.
 */
function LeaveAddress({ to, onLeft }: { to: string; onLeft: () => void }) {
  const navigate = useNavigate();
  const { key } = useLocation();
  const [leftFrom] = useState(key);
  useEffect(() => {
    if (key === leftFrom) void navigate(to, { replace: true });
    else onLeft();
  }, [key, leftFrom, navigate, onLeft, to]);
  return <PageLoader />;
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
