import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPlatform } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

describe('failed and completed sessions', () => {
  it('keeps the keyboard on the next one’s Delete as each is deleted, then on New session', async () => {
    // notebook1 a minute past its deadline: it is beside old-analysis
    const platform = getPlatform();
    const notebook = platform.skaha.sessions.find((record) => record.name === 'notebook1');
    if (!notebook?.startAt) throw new Error('the seed has no running notebook1');
    notebook.deadlineS = Math.floor((platform.now() - notebook.startAt) / 1000) - 60;
    const { user } = await renderApp({ route: '/sessions' });
    const finished = await screen.findByRole('region', { name: 'Failed and completed' }, FIRST_LOAD);
    const names = within(finished)
      .getAllByRole('article')
      .map((tile) => tile.querySelector('h3')?.textContent);
    expect(names).toEqual(['notebook1', 'old-analysis']);

    const remove = async (name: string) => {
      await user.click(within(finished).getByRole('button', { name: `Delete ${name}` }));
      const dialog = await screen.findByRole('dialog', { name: `Delete ${name}?` });
      await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
      // Terminating, it is no longer among the finished ones
      await waitFor(() => {
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      });
    };
    await remove('notebook1');
    await waitFor(() => {
      expect(within(finished).getByRole('button', { name: 'Delete old-analysis' })).toHaveFocus();
    });
    await remove('old-analysis');
    expect(screen.queryByRole('region', { name: 'Failed and completed' })).not.toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole('link', { name: 'New session' })).toHaveFocus();
    });
  });

  it('is found by the word its tile shows, Expired, in English and French, and by skaha’s Failed', async () => {
    for (const [language, filter, section] of [
      ['en', 'expired', 'Failed and completed'],
      ['fr', 'expirée', 'Échouées et terminées'],
      ['en', 'failed', 'Failed and completed'],
    ] as const) {
      const { unmount } = await renderApp({ route: `/sessions?q=${encodeURIComponent(filter)}`, language });
      const finished = await screen.findByRole('region', { name: section }, FIRST_LOAD);
      expect(within(finished).getByRole('article', { name: 'old-analysis' })).toBeInTheDocument();
      expect(screen.getAllByRole('article')).toHaveLength(1);
      unmount();
    }
  });
});
