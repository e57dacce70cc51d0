import { screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/http/api-error';
import { AuthProvider } from '@/auth/auth-context';
import type { OidcAuth } from '@/auth/auth-controller';
import { AuthStore } from '@/auth/auth-store';
import { failNext, getPlatform, revokeTokens } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { renderComponent } from '@/test/render-component';
import { ReauthModal } from './reauth-modal';

describe('signing in (cadc)', () => {
  it('shows the sign-in form at the requested address and then that very page', async () => {
    const { user, router } = await renderApp({ route: '/sessions?q=carta', signedInAs: null });
    expect(await screen.findByRole('heading', { name: 'Sign in to the Science Portal' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Username/), 'jdoe');
    await user.type(screen.getByLabelText(/Password/), 'demo-jdoe');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=carta');
    expect(await screen.findByRole('textbox', { name: 'Filter sessions' })).toHaveValue('carta');
    expect(await screen.findByText('carta-m31')).toBeInTheDocument();
    expect(screen.queryByText('notebook1')).not.toBeInTheDocument();
    expect(sessionStorage.getItem('science-portal.token')).toBeTruthy();
    expect(Object.keys(localStorage).some((key) => key.includes('token'))).toBe(false);
  });

  it('says so when the credentials are refused, and keeps the user name', async () => {
    const { user } = await renderApp({ route: '/sessions', signedInAs: null });
    await user.type(await screen.findByLabelText(/Username/), 'jdoe');
    await user.type(screen.getByLabelText(/Password/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The user name or password was not accepted. Check them and try again.',
    );
    expect(screen.getByLabelText(/Username/)).toHaveValue('jdoe');
  });

  it('keeps both fields when the sign-in service fails, and signs in with Try again', async () => {
    const { user } = await renderApp({ route: '/sessions?q=carta', signedInAs: null });
    await user.type(await screen.findByLabelText(/Username/), 'jdoe');
    await user.type(screen.getByLabelText(/Password/), 'demo-jdoe');
    failNext('ac', { status: 503, body: 'Service unavailable\n' });
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Accounts and groups service is unavailable for the moment (503). Try again in a minute.',
    );
    expect(screen.getByLabelText(/Username/)).toHaveValue('jdoe');
    expect(screen.getByLabelText(/Password/)).toHaveValue('demo-jdoe');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('carta-m31')).toBeInTheDocument();
  });

  it('asks for both fields before calling the service', async () => {
    const { user } = await renderApp({ route: '/sessions', signedInAs: null });
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your user name')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
  });

  it('reopens sign-in over the page when the token expires, keeping what was typed', async () => {
    const { user, services } = await renderApp({ route: '/sessions' });
    expect(await screen.findByText('notebook1')).toBeInTheDocument();
    await user.type(await screen.findByRole('textbox', { name: 'Filter sessions' }), 'carta');
    revokeTokens();
    await services.queryClient.refetchQueries();
    const dialog = await screen.findByRole('dialog', { name: 'Your sign-in has expired' });
    expect(within(dialog).getByLabelText(/Username/)).toHaveValue('jdoe');
    // What changed meanwhile shows once signed in again: the refused reads are made again.
    const carta = getPlatform().skaha.sessions.find((session) => session.name === 'carta-m31');
    if (carta) carta.name = 'carta-m42';
    await user.type(within(dialog).getByLabelText(/Password/), 'demo-jdoe');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('carta-m42')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Filter sessions' })).toHaveValue('carta');
  });

  it('shows no refusal behind the dialog, nor once signed in again, keeping the form to send again', async () => {
    const { user, router } = await renderApp({
      route:
        '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03&name=kept',
    });
    const launch = await screen.findByRole('button', { name: 'Launch' }, { timeout: 10_000 });
    revokeTokens();
    await user.click(launch);
    const dialog = await screen.findByRole('dialog', { name: 'Your sign-in has expired' });
    // behind the dialog, no refusal contradicting its "nothing on this page is lost"
    expect(screen.queryByText('The launch was refused')).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Password/), 'demo-jdoe');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(screen.queryByText('The launch was refused')).not.toBeInTheDocument();
    expect(screen.queryByText(/401/)).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Session name' })).toHaveValue('kept');
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    await waitFor(
      () => {
        expect(router.state.location.pathname).toBe('/sessions');
      },
      { timeout: 5_000 },
    );
    expect(getPlatform().skaha.sessions.some((session) => session.name === 'kept')).toBe(true);
  });

  it('says why a stored sign-in could not be resumed, and offers the form', async () => {
    failNext('ac', { status: 503, body: 'Service unavailable\n' });
    await renderApp({ route: '/sessions' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your previous sign-in could not be resumed. Please sign in.');
    expect(alert).toHaveTextContent(
      'Accounts and groups service is unavailable for the moment (503). Try again in a minute.',
    );
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('starts signed out, without a message, when the stored token has expired', async () => {
    sessionStorage.setItem('science-portal.token', 'a-token-the-platform-no-longer-knows');
    await renderApp({ route: '/sessions', signedInAs: null });
    expect(await screen.findByRole('heading', { name: 'Sign in to the Science Portal' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(sessionStorage.getItem('science-portal.token')).toBeNull();
  });
});

describe('the sign-in dialog (OIDC)', () => {
  it('says which service refused the sign-in, and what it said, when it cannot renew silently', async () => {
    const store = new AuthStore();
    store.signedIn({ username: 'jdoe', displayName: 'Jane Doe' }, 'access-1');
    const auth: OidcAuth = {
      mode: 'oidc',
      store,
      restore: () => Promise.resolve(),
      signOut: () => Promise.resolve(),
      forget: () => Promise.resolve(),
      signIn: () => Promise.resolve(),
      // As oidc-auth.ts answers when the sign-in is refused again just after a renewal.
      renewSilently: () => Promise.resolve(false),
    };
    store.expired(new ApiError({ service: 'usage', kind: 'http', status: 401, message: 'no such user' }));
    renderComponent(
      <MemoryRouter initialEntries={['/usage']}>
        <AuthProvider auth={auth}>
          <ReauthModal />
        </AuthProvider>
      </MemoryRouter>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Your sign-in has expired' });
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Usage service refused your sign-in');
    expect(alert).toHaveTextContent('Usage service answered 401: no such user');
    expect(within(dialog).getByRole('button', { name: 'Sign in again' })).toBeInTheDocument();
  });
});
