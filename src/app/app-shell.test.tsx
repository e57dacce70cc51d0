import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD, renderApp } from '../test/render-app';

describe('the app shell', () => {
  it('shows the signed-in shell with navigation, the user menu and the version', async () => {
    await renderApp({ route: '/' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sessions' }, FIRST_LOAD),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Sessions' })).toHaveAttribute('href', '/sessions');
    expect(screen.getByRole('button', { name: 'Account menu for Jane Doe' })).toBeInTheDocument();
    expect(screen.getByText('Science Portal test · commit test')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
      'href',
      '/sessions#main',
    );
  });

  it('switches to French and remembers the choice', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    await screen.findByRole('heading', { level: 1, name: 'Sessions' }, FIRST_LOAD);
    // the other language, by its name in itself
    expect(screen.queryByRole('button', { name: 'English' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Français' }));
    expect(await screen.findByRole('navigation', { name: 'Navigation principale' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
    // the page's own strings are a chunk of their own, which may arrive after the shell's
    expect(await screen.findByRole('textbox', { name: 'Filtrer les sessions' })).toBeInTheDocument();
    expect(localStorage.getItem('science-portal.language')).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('shows a not-found page inside the shell for an unknown address', async () => {
    await renderApp({ route: '/no/such/page' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no page at /no/such/page.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your sessions' })).toHaveAttribute('href', '/sessions');
  });

  it('signs out, forgetting the token and the data', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    expect(await screen.findByText('notebook1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Account menu for Jane Doe' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    expect(
      await screen.findByRole('heading', { name: 'Sign in to the Science Portal' }, FIRST_LOAD),
    ).toBeInTheDocument();
    expect(sessionStorage.getItem('science-portal.token')).toBeNull();
    expect(screen.queryByText('notebook1')).not.toBeInTheDocument();
  });

  it('applies the demo switcher in mock mode', async () => {
    const { user } = await renderApp({
      route: '/sessions',
      signedInAs: null,
      config: { mocks: true, auth: { mode: 'mock' } },
    });
    // A demo opens signed in as the first seeded user.
    expect(await screen.findByRole('button', { name: 'Account menu for Jane Doe' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Account menu for Jane Doe' }));
    await user.click(await screen.findByRole('menuitem', { name: /Mei Chen/ }));
    expect(await screen.findByRole('button', { name: 'Account menu for Mei Chen' })).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.queryByText('carta-m31')).not.toBeInTheDocument();
    });
  });
});
