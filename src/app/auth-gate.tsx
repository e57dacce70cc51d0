import { useQueryClient } from '@tanstack/react-query';
import { Fragment, lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useAuth, useAuthState } from '../auth/auth-context';
import type { AuthState } from '../auth/auth-store';
import { readAddressOwner, readEntryOwner, storeAddressOwner, storeEntryOwner } from '../auth/token-storage';
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
 * Whose address the tab shows, and where it must go before anything renders. An address can be one user's
 * alone: their folder, their session's usage, what they chose on a page (a filter, the launch form's values,
 * their last launch's among them). The rule, for every way the user changes:
 *
 * - Someone else signing in, after a sign-out or over an expired sign-in's dialog, starts from the home page.
 * - A sign-out puts the address away: the sign-in screen shows at the home page, and only the same user
 *   signing in again (in this page) returns to the address they left.
 * - A sign-in that leaves the page (OIDC, the site's sign-in) finds, when it comes back, whose address it was
 *   in this tab's sessionStorage (`readAddressOwner`): only the same user keeps it. The same holds for a tab
 *   reopened after it was closed, whose stored sign-in a later sign-out has voided (token-storage.ts).
 * - Only the demo's user switcher changes the user in place and keeps the page, unless it was the previous
 *   user's own (their folder, one of their sessions): then the new user goes to their own equivalent. Either
 *   way, nothing the previous user chose there stays in the address; the tab's scenario does
 *   (lib/user-place.ts).
 * - Back or Forward to an entry of the tab's history that another user was shown leaves it as a change of user
 *   does (`readEntryOwner`): the home page, or in the demo the new user's own equivalent.
 */
interface Place {
  /** The user whose address this is: the one signed in, or the last one before a sign-out. */
  owner?: string | undefined;
  /** The user at the last render; undefined while signed out. */
  last?: string | undefined;
  /** Where to go before showing anything. */
  leaveTo?: string | undefined;
  /** The address the owner signed out from, in memory only: theirs again if they sign in again. */
  returnTo?: string | undefined;
}

interface Here {
  pathname: string;
  search: string;
  hash: string;
}

/** The place after the user at this render, `username`, took over from `place.last`. */
function nextPlace(place: Place, username: string | undefined, here: Here, isDemo: boolean): Place {
  if (username === place.last) return place;
  if (username === undefined) {
    // Signed out: the sign-in screen shows at the home page, with nothing of the owner's in the address.
    if (place.owner === undefined) return {};
    const returnTo = place.returnTo ?? `${here.pathname}${here.search}${here.hash}`;
    return { owner: place.owner, leaveTo: paths.home(), returnTo };
  }
  const previous = place.last ?? place.owner;
  if (previous === undefined || previous === username) {
    return { owner: username, last: username, leaveTo: place.returnTo };
  }
  if (isDemo && place.last !== undefined) {
    return { owner: username, last: username, leaveTo: ownPlace(here.pathname, here.search, username) };
  }
  return { owner: previous, last: username, leaveTo: paths.home() };
}

/**
 * Signed out: the sign-in screen in place of the page. Expired: the page stays and a sign-in dialog opens over
 * it. A change of user takes the address with it (`nextPlace`).
 */
export function AuthGate({ children, signedIn, signedOut }: AuthGateProps) {
  const state = useAuthState();
  const isDemo = useAuth().mode === 'mock';
  useRefreshAfterSignIn(state);
  const location = useLocation();
  const username = state.status === 'signedOut' ? undefined : state.user.username;
  const [place, setPlace] = useState<Place>(() => {
    // The demo signs in before the first render (`?demo-user=`) and has no sign-in that leaves the page.
    const stored = isDemo ? undefined : readAddressOwner();
    const owner = stored ?? username;
    return nextPlace({ owner, last: owner }, username, location, isDemo);
  });
  if (username !== place.last) setPlace(nextPlace(place, username, location, isDemo));
  // React Router's first entry of a page load is always "default": not an entry anyone can be told by.
  const entryOwner = location.key === 'default' ? undefined : readEntryOwner(location.key);
  const othersEntry =
    username !== undefined && username === place.last && entryOwner !== undefined && entryOwner !== username;
  // In the demo, a page as much the new user's as anyone's stays and becomes theirs (the effect below): only an
  // address to leave changes the place, or each render would set it again.
  const entryLeaveTo = !othersEntry
    ? undefined
    : isDemo
      ? ownPlace(location.pathname, location.search, username)
      : paths.home();
  if (place.leaveTo === undefined && entryLeaveTo !== undefined)
    setPlace({ ...place, leaveTo: entryLeaveTo });
  const settled = place.leaveTo === undefined;
  useEffect(() => {
    // Kept for a sign-in that leaves the page and comes back; nobody's once the address is put away.
    if (!isDemo && settled) storeAddressOwner(place.last);
  }, [isDemo, settled, place.last]);
  useEffect(() => {
    if (settled && place.last !== undefined && location.key !== 'default' && entryOwner !== place.last)
      storeEntryOwner(location.key, place.last);
  }, [settled, place.last, location.key, entryOwner]);

  const onLeft = useCallback(() => {
    setPlace(({ leaveTo: _left, ...rest }) =>
      rest.last === undefined ? rest : { owner: rest.last, last: rest.last },
    );
  }, []);
  const leave =
    place.leaveTo === undefined ? null : (
      <LeaveAddress key={place.leaveTo} to={place.leaveTo} onLeft={onLeft} />
    );
  if (state.status === 'signedOut') {
    // The sign-in screen shows at once, while the address is being put away.
    return signedOut(
      <>
        {leave}
        <SignInScreen />
      </>,
    );
  }
  if (leave) {
    // The pages wait until the address is left.
    return signedIn(
      <>
        {leave}
        <PageLoader />
      </>,
    );
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
 * Replaces the address with `to` before anything of the page renders. The router moves to the new location in a
 * transition, so the gate waits for it to arrive before showing the pages: showing them at once would render
 * the previous user's page (and fetch its data) for the new user.
 */
function LeaveAddress({ to, onLeft }: { to: string; onLeft: () => void }) {
  const navigate = useNavigate();
  const { key } = useLocation();
  const [leftFrom] = useState(key);
  useEffect(() => {
    if (key === leftFrom) void navigate(to, { replace: true });
    else onLeft();
  }, [key, leftFrom, navigate, onLeft, to]);
  return null;
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
