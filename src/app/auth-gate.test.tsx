import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { revokeTokens } from '../test/fake-platform';
import { FIRST_LOAD, renderApp } from '../test/render-app';

/** Jane's launch form, as its address holds it: her command, arguments, an environment value, her registry user. */
const JANES_FORM =
  '/sessions/launch?type=headless&image=images.canfar.net%2Fskaha%2Fterminal%3A1.1.2&custom=1' +
  '&cmd=reduce-night&args=--field-janes&env=FIELD%3Djanes-cosmos&registryUser=janes-robot';
const janesValues = ['reduce-night', '--field-janes', 'janes-cosmos', 'janes-robot'];

/** A notebook Jane launches: the form remembers it as her last, to fill a plain form with. */
const JANES_NOTEBOOK =
  '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03' +
  '&resources=fixed&cores=4&ram=16&name=janes-notebook';

/** Nothing of Jane's form is in the address or on the page. */
function expectNothingOfJanes(location: { pathname: string; search: string }) {
  for (const value of janesValues) {
    expect(decodeURIComponent(location.search)).not.toContain(value);
    expect(document.body.textContent).not.toContain(value);
    for (const input of document.querySelectorAll('input, textarea')) {
      if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)
        expect(input.value).not.toBe(value);
    }
  }
}

async function janesFormShows() {
  expect(await screen.findByRole('textbox', { name: 'Command' }, FIRST_LOAD)).toHaveValue('reduce-night');
}

/** Jane signs out from the account menu, and `username` signs in on the sign-in screen that follows. */
async function signOutThenSignInAs(user: UserEvent, username: string) {
  await user.click(screen.getByRole('button', { name: 'Account menu for Jane Doe' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
  await user.type(await screen.findByRole('textbox', { name: 'Username' }, FIRST_LOAD), username);
  await user.type(screen.getByLabelText(/Password/), `demo-${username}`);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

const DEMO = { mocks: true, auth: { mode: 'mock' } };

// Remembered launches live in localStorage: each test starts without them.
beforeEach(() => {
  localStorage.clear();
});

describe('the address after a change of user', () => {
  it('after a sign-out, another user signing in starts from the home page', async () => {
    const { user, router } = await renderApp({ route: '/storage/home/jdoe/data' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Storage' }, FIRST_LOAD)).toBeInTheDocument();
    await signOutThenSignInAs(user, 'mchen');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sessions' }, FIRST_LOAD),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sessions');
  });

  it('the same user signing in again comes back to the page they were on', async () => {
    const { user, router } = await renderApp({ route: '/storage/home/jdoe/data' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Storage' }, FIRST_LOAD)).toBeInTheDocument();
    await signOutThenSignInAs(user, 'jdoe');
    expect(await screen.findByRole('heading', { level: 1, name: 'Storage' }, FIRST_LOAD)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/storage/home/jdoe/data');
  });

  it("the demo switcher on another user's folder takes the new user to their own home, which is empty", async () => {
    const { user, router } = await renderApp({
      route: '/storage/home/jdoe/data',
      config: { mocks: true, auth: { mode: 'mock' } },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Storage' }, FIRST_LOAD)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Account menu for Jane Doe' }));
    await user.click(await screen.findByRole('menuitem', { name: /Alex Martin/ }));
    expect(await screen.findByRole('button', { name: 'Account menu for Alex Martin' })).toBeInTheDocument();
    expect(await screen.findByText(/This folder is empty/, {}, FIRST_LOAD)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/storage/home/trainee1');
    expect(screen.queryByText(/PermissionDenied/)).not.toBeInTheDocument();
  });

  async function switchToAlex(user: UserEvent) {
    await user.click(screen.getByRole('button', { name: 'Account menu for Jane Doe' }));
    await user.click(await screen.findByRole('menuitem', { name: /Alex Martin/ }));
    expect(await screen.findByRole('button', { name: 'Account menu for Alex Martin' })).toBeInTheDocument();
  }

  it('the demo switcher on a page reached by a link, everyone’s alike, keeps it for the new user', async () => {
    const { user, router } = await renderApp({ route: '/sessions', config: DEMO });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sessions' }, FIRST_LOAD),
    ).toBeInTheDocument();
    // an entry of the tab's history that Jane was shown, not the page load's first
    await act(() => router.navigate('/images'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Images' }, FIRST_LOAD)).toBeInTheDocument();
    await switchToAlex(user);
    expect(await screen.findByRole('heading', { level: 1, name: 'Images' }, FIRST_LOAD)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/images');
    expect(screen.queryByText(/could not be shown/)).not.toBeInTheDocument();
  });

  it('the demo switcher on Jane’s launch form keeps the form without her command, environment or registry user', async () => {
    const { user, router } = await renderApp({ route: '/sessions', config: DEMO });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sessions' }, FIRST_LOAD),
    ).toBeInTheDocument();
    await act(() => router.navigate(JANES_FORM));
    await janesFormShows();
    await switchToAlex(user);
    expect(await screen.findByRole('textbox', { name: 'Command' }, FIRST_LOAD)).toHaveValue('');
    expect(router.state.location.pathname).toBe('/sessions/launch');
    expect(router.state.location.search).toContain('type=headless');
    expectNothingOfJanes(router.state.location);
  });

  it('the demo switcher keeps the sessions page without Jane’s filter', async () => {
    const { user, router } = await renderApp({ route: '/sessions', config: DEMO });
    await user.type(await screen.findByRole('textbox', { name: 'Filter sessions' }, FIRST_LOAD), 'carta');
    await waitFor(() => {
      expect(router.state.location.search).toBe('?q=carta');
    });
    await switchToAlex(user);
    expect(await screen.findByRole('textbox', { name: 'Filter sessions' }, FIRST_LOAD)).toHaveValue('');
    expect(await screen.findByText('You have no sessions yet.')).toBeInTheDocument();
    expect(screen.queryByText(/No session matches/)).not.toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/sessions');
  });

  it(
    'the demo switcher on a form Jane’s last launch filled opens the defaults, not her launch',
    { timeout: 45_000 },
    async () => {
      const { user, router } = await renderApp({ route: JANES_NOTEBOOK, config: DEMO });
      await user.click(await screen.findByRole('button', { name: 'Launch' }, FIRST_LOAD));
      expect(await screen.findByRole('article', { name: 'janes-notebook' }, FIRST_LOAD)).toBeInTheDocument();
      // New session: the form with no values, which fills itself from her last launch
      await router.navigate('/sessions/launch');
      expect(
        await screen.findByText('This form shows your last Notebook launch instead of its defaults.'),
      ).toBeInTheDocument();
      await waitFor(() => {
        expect(router.state.location.search).toContain('astroml');
      });
      await switchToAlex(user);
      expect(await screen.findByRole('radio', { name: 'Flexible' }, FIRST_LOAD)).toBeChecked();
      expect(screen.getByRole('radio', { name: 'Notebook' })).toBeChecked();
      expect(screen.queryByText(/shows your last Notebook launch/)).not.toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/sessions/launch');
      expect(router.state.location.search).not.toMatch(/astroml|resources=fixed|cores=4/);
    },
  );
});

describe("the previous user's pages stay theirs in the tab's history", () => {
  it('Back after another user signed in leaves the previous user’s page for the home page', async () => {
    const { user, router } = await renderApp({ route: '/sessions' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sessions' }, FIRST_LOAD),
    ).toBeInTheDocument();
    await act(() => router.navigate(JANES_FORM));
    await janesFormShows();
    await act(() => router.navigate('/storage/home/jdoe/data'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Storage' }, FIRST_LOAD)).toBeInTheDocument();
    await signOutThenSignInAs(user, 'mchen');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sessions' }, FIRST_LOAD),
    ).toBeInTheDocument();

    // Back, twice: Jane's folder, then Jane's launch form; each is left for the home page
    await act(() => router.navigate(-1));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sessions' }, FIRST_LOAD),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sessions');
    await act(() => router.navigate(-1));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sessions' }, FIRST_LOAD),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sessions');
    expectNothingOfJanes(router.state.location);
  });
});

describe("the previous user's address never reaches the next user", () => {
  it('someone else signing in over an expired sign-in starts from the home page, not in its launch form', async () => {
    const { user, router, services } = await renderApp({ route: JANES_FORM });
    await janesFormShows();
    // A call comes back 401: Jane's sign-in has run out while her form is open.
    revokeTokens();
    act(() => {
      services.auth.store.expired();
    });
    const dialog = await screen.findByRole('dialog', { name: 'Your sign-in has expired' }, FIRST_LOAD);
    // Jane's name is offered for Jane; Mei replaces it.
    const username = within(dialog).getByLabelText(/Username/);
    await user.clear(username);
    await user.type(username, 'mchen');
    await user.type(within(dialog).getByLabelText(/Password/), 'demo-mchen');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sessions' }, FIRST_LOAD),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Account menu for Mei Chen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sessions');
    expectNothingOfJanes(router.state.location);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('the sign-in screen after a sign-out shows at the home page; only the same user gets the form back', async () => {
    const { user, router } = await renderApp({ route: JANES_FORM });
    await janesFormShows();
    await user.click(screen.getByRole('button', { name: 'Account menu for Jane Doe' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    await user.type(await screen.findByRole('textbox', { name: 'Username' }, FIRST_LOAD), 'jdoe');
    expect(router.state.location.pathname + router.state.location.search).toBe('/');
    expectNothingOfJanes(router.state.location);
    await user.type(screen.getByLabelText(/Password/), 'demo-jdoe');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await janesFormShows();
    expect(router.state.location.pathname + router.state.location.search).toBe(JANES_FORM);
  });

  it('a sign-in that left the page and comes back as someone else starts from the home page', async () => {
    // Jane's page leaves for a sign-in elsewhere (the OIDC provider, the site's sign-in page) from her form...
    await renderApp({ route: JANES_FORM });
    await janesFormShows();
    cleanup();
    // ...which comes back to the same address, signed in as Mei (the tab's sessionStorage is the same).
    const { router } = await renderApp({ route: JANES_FORM, signedInAs: 'mchen' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sessions' }, FIRST_LOAD),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sessions');
    expectNothingOfJanes(router.state.location);
  });

  it('the same user coming back from a sign-in that left the page keeps the address', async () => {
    await renderApp({ route: JANES_FORM });
    await janesFormShows();
    cleanup();
    const { router } = await renderApp({ route: JANES_FORM, signedInAs: 'jdoe' });
    await janesFormShows();
    expect(router.state.location.pathname + router.state.location.search).toBe(JANES_FORM);
  });

  it("a reopened tab whose sign-in is gone shows the sign-in screen at the home page, not at Jane's form", async () => {
    await renderApp({ route: JANES_FORM });
    await janesFormShows();
    cleanup();
    // The tab is reopened with its address and sessionStorage, but without a sign-in (signed out meanwhile).
    sessionStorage.removeItem('science-portal.token');
    const { user, router } = await renderApp({ route: JANES_FORM, signedInAs: null });
    await user.type(await screen.findByRole('textbox', { name: 'Username' }, FIRST_LOAD), 'mchen');
    expect(router.state.location.pathname + router.state.location.search).toBe('/');
    await user.type(screen.getByLabelText(/Password/), 'demo-mchen');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sessions' }, FIRST_LOAD),
    ).toBeInTheDocument();
    expectNothingOfJanes(router.state.location);
  });

  it('a link opened signed out in a fresh tab is kept for whoever signs in', async () => {
    const { user, router } = await renderApp({ route: JANES_FORM, signedInAs: null });
    await user.type(await screen.findByRole('textbox', { name: 'Username' }, FIRST_LOAD), 'mchen');
    await user.type(screen.getByLabelText(/Password/), 'demo-mchen');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await janesFormShows();
    expect(router.state.location.pathname + router.state.location.search).toBe(JANES_FORM);
  });
});

describe('a sign-out in the demo', () => {
  /** The tab is reloaded: the same sessionStorage, a fresh page. */
  async function reload() {
    cleanup();
    return renderApp({ config: DEMO, signedInAs: null });
  }

  it('lasts through a reload until someone picks a user; a new tab still opens as Jane Doe', async () => {
    const { user } = await renderApp({ route: '/sessions', config: DEMO });
    await user.click(await screen.findByRole('button', { name: 'Account menu for Jane Doe' }, FIRST_LOAD));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    expect(
      await screen.findByRole('button', { name: 'Sign in as Alex Martin' }, FIRST_LOAD),
    ).toBeInTheDocument();

    const reloaded = await reload();
    await reloaded.user.click(
      await screen.findByRole('button', { name: 'Sign in as Alex Martin' }, FIRST_LOAD),
    );
    expect(
      await screen.findByRole('button', { name: 'Account menu for Alex Martin' }, FIRST_LOAD),
    ).toBeInTheDocument();

    await reload();
    expect(
      await screen.findByRole('button', { name: 'Account menu for Alex Martin' }, FIRST_LOAD),
    ).toBeInTheDocument();

    cleanup();
    sessionStorage.clear();
    await renderApp({ config: DEMO, signedInAs: null });
    expect(
      await screen.findByRole('button', { name: 'Account menu for Jane Doe' }, FIRST_LOAD),
    ).toBeInTheDocument();
  });
});
