import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render-app';

describe('the headless jobs table', () => {
  it('shows a job’s image as project/repository:tag, with the whole reference as its name and title', async () => {
    await renderApp({ route: '/sessions' });
    const jobs = await screen.findByRole(
      'region',
      { name: 'Headless jobs (1)', busy: false },
      { timeout: 8_000 },
    );
    // the table's scrolling box takes focus for the keyboard: it is named for a screen reader landing on it
    const scroller = within(jobs).getByRole('group', { name: 'Headless jobs (1)' });
    expect(scroller).toHaveAttribute('tabindex', '0');
    const row = within(jobs).getByRole('row', { name: /reduce-night-3/ });
    const image = within(row).getByRole('cell', { name: 'images.canfar.net/myproject/pipeline:2.4' });
    expect(image).toHaveAttribute('title', 'images.canfar.net/myproject/pipeline:2.4');
    // on screen: the reference without its registry host, laid out in parts that wrap after "/" and ":"
    const shown = within(image).getAllByText(
      (_, element) => element?.textContent === 'myproject/pipeline:2.4',
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(
      within(image).queryByText('images.canfar.net/myproject/pipeline:2.4', {
        ignore: '.mantine-VisuallyHidden-root',
      }),
    ).toBeNull();
  });

  it('shows what each job asked for, so a GPU run stands apart, in English and French', async () => {
    for (const [language, name, asked] of [
      ['en', 'Headless jobs (1)', '2 cores · 8 GB · 1 GPU'],
      ['fr', 'Tâches sans interface (1)', '2 cœurs · 8 Go · 1 GPU'],
    ] as const) {
      const { unmount } = await renderApp({ route: '/sessions', language });
      const jobs = await screen.findByRole('region', { name, busy: false }, { timeout: 8_000 });
      const row = within(jobs).getByRole('row', { name: /reduce-night-3/ });
      expect(within(row).getByText(asked)).toBeInTheDocument();
      unmount();
    }
  });
});
