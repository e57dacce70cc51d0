import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD, renderApp } from '../test/render-app';

describe('the address after a change of user', () => {
  it('after a sign-out, another user signing in starts from the home page', async () => {
    const { user, router } = await renderApp({ route: '/storage/home/jdoe/data' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Storage' }, FIRST_LOAD)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Account menu for Jane Doe' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    await user.type(await screen.findByRole('textbox', { name: 'Username' }, FIRST_LOAD), 'mchen');
    await user.type(screen.getByLabelText(/Password/), 'demo-mchen');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sessions' }, FIRST_LOAD),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sessions');
  });

  it('the same user signing in again comes back to the page they were on', async () => {
    const { user, router } = await renderApp({ route: '/storage/home/jdoe/data' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Storage' }, FIRST_LOAD)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Account menu for Jane Doe' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    await user.type(await screen.findByRole('textbox', { name: 'Username' }, FIRST_LOAD), 'jdoe');
    await user.type(screen.getByLabelText(/Password/), 'demo-jdoe');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
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
});
