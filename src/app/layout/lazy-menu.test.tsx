import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

async function openSessions(options: Parameters<typeof renderApp>[0] = {}) {
  const app = await renderApp({ route: '/sessions', ...options });
  await screen.findByRole('heading', { level: 1, name: /Sessions/ }, FIRST_LOAD);
  return app;
}

describe('the header menus', () => {
  it('are menu buttons that open their menu on the first click, on its first item', async () => {
    const { user } = await openSessions();
    const button = screen.getByRole('button', { name: 'Account menu for Jane Doe' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    await user.click(button);
    const menu = await screen.findByRole('menu', {}, FIRST_LOAD);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', menu.id);
    expect(menu).toHaveAttribute('aria-labelledby', button.id);
    expect(within(menu).getByText('Signed in as jdoe')).toBeInTheDocument();
    await waitFor(() => {
      expect(within(menu).getByRole('menuitem', { name: 'Sign out' })).toHaveFocus();
    });

    // A second click on the button closes it.
    await user.click(button);
    await waitFor(() => {
      expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    });
    expect(button).toHaveAttribute('aria-expanded', 'false');

    // So does a click anywhere else: Mantine knows the trigger the menu belongs to.
    await user.click(button);
    await screen.findByRole('menu');
    await user.click(screen.getByRole('heading', { level: 1, name: /Sessions/ }));
    await waitFor(() => {
      expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    });
  });

  it('open with ArrowDown, move with the arrows and give focus back on Escape', async () => {
    const { user } = await openSessions();
    const button = screen.getByRole('button', { name: /^Colour scheme: / });
    button.focus();
    await user.keyboard('{ArrowDown}');
    const menu = await screen.findByRole('menu', {}, FIRST_LOAD);
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['Light', 'Dark', 'System']);
    await waitFor(() => {
      expect(items[0]).toHaveFocus();
    });
    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    });
    await waitFor(() => {
      expect(button).toHaveFocus();
    });
  });

  it('choose a colour scheme, in French too', async () => {
    const { user } = await openSessions({ language: 'fr' });
    await user.click(screen.getByRole('button', { name: 'Thème de couleurs\u00a0: Système' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sombre' }, FIRST_LOAD));
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    expect(screen.getByRole('button', { name: 'Thème de couleurs\u00a0: Sombre' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thème de couleurs\u00a0: Sombre' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Système' }, FIRST_LOAD));
  });
});
