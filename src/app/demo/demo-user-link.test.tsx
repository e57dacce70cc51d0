import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DemoAccount, MockAuth } from '../../auth/auth-controller';
import { parseConfig } from '../../config/load-config';
import { failNext } from '../../test/fake-platform';
import { isApiError } from '../../api/http/api-error';
import { FIRST_LOAD, renderApp } from '../../test/render-app';
import { testServices } from '../../test/test-api';
import { createServices } from '../create-services';
import { demoUserIn, followDemoUserLinkInPage } from './demo-user-link';

const DEMO = { mocks: true, auth: { mode: 'mock' } };

// The fake platform's demo users (their passwords are public: mocks/platform/users.ts).
const demoAccounts = ['jdoe', 'mchen', 'trainee1'].map((username): DemoAccount => ({
  username,
  password: `demo-${username}`,
  displayName: username,
  role: 'member',
}));

/**
 * A demo tab's start, as main.tsx makes it: the sign-in restored, `before` (what the tab did earlier), then
 * the page's `?demo-user=` followed. Returns the address the page then shows.
 */
async function openInDemoTab(address: string, before?: (auth: MockAuth) => Promise<void>) {
  window.history.replaceState(null, '', address);
  const parsed = parseConfig(DEMO);
  if (!parsed.ok) throw new Error('invalid test config');
  const { auth } = await createServices(
    { ...parsed.config, services: testServices() },
    { demoAccounts, demoStartUser: demoUserIn(window.location.search) },
  );
  if (auth.mode !== 'mock') throw new Error('expected the demo sign-in');
  await before?.(auth);
  await followDemoUserLinkInPage(auth);
  return `${window.location.pathname}${window.location.search}`;
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

const SWEEP =
  '/sessions/launch?type=headless&image=images.canfar.net%2Fskaha%2Fterminal%3A1.1.2&name=sweep&cmd=env' +
  '&args=--fast&env=FIELD%3Dcosmos&replicas=3';

describe('a link with ?demo-user=', () => {
  it.each([
    ['a tab signed in as Jane Doe', undefined],
    ['a tab already signed in as the link’s user', (auth: MockAuth) => auth.signInAs('trainee1')],
  ])("opens a trainer's job form with its command, arguments and variables, in %s", async (_tab, before) => {
    const shown = await openInDemoTab(`${SWEEP}&demo-user=trainee1`, before);
    expect(shown).toBe(SWEEP);
    await renderApp({ route: shown, config: DEMO, signedInAs: null });
    expect(
      await screen.findByRole('button', { name: 'Account menu for Alex Martin' }, FIRST_LOAD),
    ).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Command' }, FIRST_LOAD)).toHaveValue('env');
    expect(screen.getByRole('textbox', { name: 'Arguments' })).toHaveValue('--fast');
    expect(screen.getByRole('textbox', { name: 'Variable 1' })).toHaveValue('FIELD');
    expect(screen.getByRole('textbox', { name: 'Value 1' })).toHaveValue('cosmos');
    expect(screen.getByRole('textbox', { name: 'Session name' })).toHaveValue('sweep');
  });

  it('signs in a tab its user left signed out, which then keeps that user', async () => {
    await openInDemoTab('/sessions', (auth) => auth.signOut());
    expect(await openInDemoTab('/sessions?demo-user=trainee1')).toBe('/sessions');
    await renderApp({ route: '/sessions', config: DEMO, signedInAs: null });
    expect(
      await screen.findByRole('button', { name: 'Account menu for Alex Martin' }, FIRST_LOAD),
    ).toBeInTheDocument();
  });

  it('opens at the user picker, saying why, when the link’s sign-in fails', async () => {
    let tab: MockAuth | undefined;
    await openInDemoTab('/sessions?demo-user=trainee1', async (auth) => {
      tab = auth;
      await auth.signInAs('jdoe');
      // the link's sign-in, which follows, gets the accounts service's 500
      failNext('ac', { status: 500 });
    });
    const state = tab?.store.getState();
    expect(state?.status).toBe('signedOut');
    expect(state?.status === 'signedOut' && isApiError(state.error) && state.error.status).toBe(500);
  });

  it("takes the chosen user from another user's folder to their own home", async () => {
    expect(await openInDemoTab('/storage/home/jdoe/data?demo-user=trainee1')).toBe('/storage/home/trainee1');
  });
});
