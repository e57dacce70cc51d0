import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';

describe('a session about to end, told on every page', () => {
  it('names it in Storage with the way to its Renew, and shows it alone on the sessions page', async () => {
    const { user, router } = await renderApp({ route: '/storage/home/jdoe', scenario: 'ending-soon' });
    const text = await screen.findByText(
      /^\u2068notebook-ending\u2069 ends in less than an hour \((29|30) minutes left\)\.$/,
      {},
      { timeout: 8_000 },
    );
    const alert = text.closest<HTMLElement>('[role="note"]');
    if (!alert) throw new Error('the notice is no status region');
    await grid();
    await user.click(within(alert).getByRole('link', { name: 'Renew it on your sessions page' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sessions');
    });
    expect(router.state.location.search).toBe('?q=notebook-ending');
    const tile = await screen.findByRole('article', { name: 'notebook-ending' }, { timeout: 8_000 });
    const renew = within(tile).getByRole('button', { name: /^Renew/ });
    expect(renew).toBeEnabled();
    // the next key a keyboard user presses renews
    await waitFor(() => {
      expect(renew).toHaveFocus();
    });
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(await screen.findByRole('link', { name: 'Show it' })).toBeInTheDocument();
    // the history entry keeps no order to focus: Back and Forward do not move focus to Renew again
    await waitFor(() => {
      expect(router.state.location.state).toBeNull();
    });
    expect(renew).toHaveFocus();
  });

  it('Show it, on the sessions page, filters to the session and puts focus on its Renew', async () => {
    const { user } = await renderApp({ route: '/sessions', scenario: 'ending-soon' });
    const show = await screen.findByRole('link', { name: 'Show it' }, { timeout: 8_000 });
    await screen.findByRole('article', { name: 'notebook-ending' }, { timeout: 8_000 });
    expect(screen.getAllByRole('article').length).toBeGreaterThan(1);
    show.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(screen.getAllByRole('article')).toHaveLength(1);
    });
    const tile = screen.getByRole('article', { name: 'notebook-ending' });
    await waitFor(() => {
      expect(within(tile).getByRole('button', { name: /^Renew/ })).toHaveFocus();
    });
    // a second press focuses it again
    screen.getByRole('link', { name: 'Show it' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(within(tile).getByRole('button', { name: /^Renew/ })).toHaveFocus();
    });
  });

  it('says once that the session ends soon: no live region holds the minutes, which change every minute', async () => {
    await renderApp({ route: '/sessions', scenario: 'ending-soon' });
    const tile = await screen.findByRole('article', { name: 'notebook-ending' }, { timeout: 8_000 });
    await within(tile).findByText(/Less than an hour left/);
    await screen.findByText(/ends in less than an hour \(\d+ minutes left\)/);
    const live = [...document.querySelectorAll('[role="status"], [role="alert"], [aria-live]')];
    expect(live.map((region) => region.textContent).filter((text) => text.includes('minute'))).toEqual([]);
    expect(
      live.some((region) => region.textContent === '\u2068notebook-ending\u2069 ends in less than an hour.'),
    ).toBe(true);
  });

  it('speaks French', async () => {
    await renderApp({ route: '/usage', scenario: 'ending-soon', language: 'fr' });
    expect(
      await screen.findByText(
        /^\u2068notebook-ending\u2069 se termine dans moins d’une heure \(il reste (29|30) minutes\)\.$/,
        {},
        { timeout: 8_000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'La prolonger sur votre page des sessions' }),
    ).toBeInTheDocument();
  });

  it('says nothing while every session has more than an hour left', async () => {
    await renderApp({ route: '/sessions' });
    // the tiles come from the list the notice reads
    await screen.findByRole('article', { name: 'notebook1' }, { timeout: 8_000 });
    expect(screen.queryByText(/ends in less than an hour/)).not.toBeInTheDocument();
  });
});
