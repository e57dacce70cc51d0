import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { failNext, revokeTokens, tokenFor } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

/**
 * The browser holds the site's CADC_SSO cookie and sends it, by itself, with every call to the portal's origin,
 * until `dropCookie` (signed out elsewhere on the site).
 */
function browserHoldsCookieFor(username: string): {
  authorizations: (string | null)[];
  dropCookie: () => void;
} {
  let cookie: string | undefined = `CADC_SSO=${tokenFor(username)}`;
  const authorizations: (string | null)[] = [];
  const send = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const request = new Request(input, init);
    authorizations.push(request.headers.get('Authorization'));
    // A plain copy: Node's Request given a Headers made from another Request's may append to it, and the
    // fake's redirect from whoami (followed by msw with a fetch of its own, this one) would send its
    // Authorization twice.
    const headers: Record<string, string> = Object.fromEntries(request.headers);
    delete headers.cookie;
    if (cookie && new URL(request.url).origin === window.location.origin) headers.cookie = cookie;
    return send(new Request(request, { headers }));
  });
  return {
    authorizations,
    dropCookie: () => {
      cookie = undefined;
    },
  };
}

const siteConfig = {
  auth: { mode: 'cadc', cadc: { loginUrl: '/access/login', logoutUrl: '/access/logout' } },
  links: {
    register: 'https://www.canfar.net/register',
    resetPassword: '/access/reset',
    groups: '/groups/',
    help: 'https://www.canfar.net/en/docs/',
  },
};

describe('signed in on the CANFAR site', () => {
  it('opens on the page, with no form, and sends no Authorization header', async () => {
    const { authorizations } = browserHoldsCookieFor('jdoe');
    await renderApp({ route: '/sessions', signedInAs: null });
    expect(await screen.findByText('notebook1', {}, FIRST_LOAD)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
    expect(authorizations.length).toBeGreaterThan(1);
    expect(authorizations.every((value) => value === null)).toBe(true);
    expect(sessionStorage.getItem('science-portal.token')).toBeNull();
  });

  it('says to sign out on the site when the portal has no site sign-out to send the user to', async () => {
    browserHoldsCookieFor('jdoe');
    const { user } = await renderApp({ route: '/sessions', signedInAs: null });
    await user.click(await screen.findByRole('button', { name: 'Account menu for Jane Doe' }, FIRST_LOAD));
    expect(
      await screen.findByText('You are signed in through the CANFAR website. To sign out, sign out there.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Sign out' })).not.toBeInTheDocument();
  });

  it('lists the site’s pages in the account menu where configured, in French too', async () => {
    browserHoldsCookieFor('jdoe');
    const { user } = await renderApp({
      route: '/sessions',
      signedInAs: null,
      config: siteConfig,
      language: 'fr',
    });
    await user.click(
      await screen.findByRole('button', { name: 'Menu du compte\u00a0: Jane Doe' }, FIRST_LOAD),
    );
    expect(await screen.findByRole('menuitem', { name: 'Gérer les groupes' })).toHaveAttribute(
      'href',
      '/groups/',
    );
    expect(screen.getByRole('menuitem', { name: 'Aide' })).toHaveAttribute(
      'href',
      'https://www.canfar.net/en/docs/',
    );
    expect(screen.queryByRole('menuitem', { name: 'Contacter le soutien' })).not.toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Se déconnecter' })).toBeInTheDocument();
  });

  it('offers the site’s sign-in, returning to the page asked for, and its account pages', async () => {
    await renderApp({ route: '/storage?path=%2Fhome%2Fjdoe', signedInAs: null, config: siteConfig });
    const link = await screen.findByRole('link', { name: 'Sign in with your CANFAR account' }, FIRST_LOAD);
    const origin = window.location.origin;
    expect(link).toHaveAttribute(
      'href',
      `${origin}/access/login?target=${encodeURIComponent(window.location.href)}`,
    );
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      'https://www.canfar.net/register',
    );
    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
      'href',
      '/access/reset',
    );
  });

  it('offers the one account page a site has', async () => {
    const { links } = siteConfig;
    await renderApp({
      route: '/sessions',
      signedInAs: null,
      config: { ...siteConfig, links: { ...links, register: undefined } },
    });
    expect(await screen.findByRole('link', { name: 'Forgot your password?' }, FIRST_LOAD)).toHaveAttribute(
      'href',
      '/access/reset',
    );
    expect(screen.queryByRole('link', { name: 'Create an account' })).not.toBeInTheDocument();
  });

  it('reopens sign-in over the page when the cookie expires, with the site’s sign-in too', async () => {
    browserHoldsCookieFor('jdoe');
    const { user, services } = await renderApp({ route: '/sessions', signedInAs: null, config: siteConfig });
    expect(await screen.findByText('notebook1', {}, FIRST_LOAD)).toBeInTheDocument();
    await user.type(await screen.findByRole('textbox', { name: 'Filter sessions' }, FIRST_LOAD), 'carta');
    revokeTokens();
    await services.queryClient.refetchQueries();
    const dialog = await screen.findByRole('dialog', { name: 'Your sign-in has expired' });
    expect(
      within(dialog).getByRole('link', { name: 'Sign in with your CANFAR account' }),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Password/), 'demo-jdoe');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Your sign-in has expired' })).not.toBeInTheDocument();
    }, FIRST_LOAD);
    expect(await screen.findByText('carta-m31')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Filter sessions' })).toHaveValue('carta');
  });

  it('asks to sign in again when the cookie is gone, where skaha answers 400 for no one', async () => {
    const browser = browserHoldsCookieFor('jdoe');
    const { user, services } = await renderApp({ route: '/sessions', signedInAs: null, config: siteConfig });
    expect(await screen.findByText('notebook1', {}, FIRST_LOAD)).toBeInTheDocument();
    await user.type(await screen.findByRole('textbox', { name: 'Filter sessions' }, FIRST_LOAD), 'carta');
    // Signed out on canfar.net in another tab: the browser sends no cookie, and skaha, which asks GMS for the
    // caller's groups before it checks who is calling, answers 400 "cannot get group memberships for anonymous".
    browser.dropCookie();
    await services.queryClient.refetchQueries();
    const dialog = await screen.findByRole('dialog', { name: 'Your sign-in has expired' });
    await user.type(within(dialog).getByLabelText(/Password/), 'demo-jdoe');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Your sign-in has expired' })).not.toBeInTheDocument();
    }, FIRST_LOAD);
    expect(await screen.findByText('carta-m31')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Filter sessions' })).toHaveValue('carta');
    // what the calls refused while the cookie was gone is asked again, with the new sign-in
    await waitFor(() => {
      expect(screen.queryByText(/cannot get group memberships/)).not.toBeInTheDocument();
    }, FIRST_LOAD);
  });

  it('asks to sign in again when cavern refuses the user their own home and the cookie is gone', async () => {
    const browser = browserHoldsCookieFor('jdoe');
    const { services } = await renderApp({ route: '/storage/home/jdoe', signedInAs: null });
    expect(await screen.findByText('notes.txt', {}, FIRST_LOAD)).toBeInTheDocument();
    // cavern answers a caller it sees as no one with 403 (PermissionDenied), not 401
    browser.dropCookie();
    failNext('storage', {
      status: 403,
      body: 'PermissionDenied: /home/jdoe\n',
      path: '/nodes/home/jdoe',
      times: 20,
    });
    await services.queryClient.refetchQueries();
    // the refusal itself makes the portal ask whoami, which the browser without its cookie cannot pass
    expect(await screen.findByRole('dialog', { name: 'Your sign-in has expired' })).toBeInTheDocument();
  });
});
