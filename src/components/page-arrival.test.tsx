import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

const saidPages = () =>
  screen
    .getAllByRole('status')
    .map((region) => region.textContent)
    .filter((text) => text === 'Images' || text === 'Sessions');

describe('arriving on a page from the side navigation', () => {
  it('says the page reached while focus stays on the link, and says nothing on the first page of a visit', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    await screen.findByRole('heading', { level: 1, name: 'Sessions' }, FIRST_LOAD);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(saidPages()).toEqual([]);

    const link = screen.getByRole('link', { name: 'Images' });
    await user.click(link);
    await screen.findByRole('heading', { level: 1, name: 'Images' }, FIRST_LOAD);
    expect(link).toHaveFocus();
    await waitFor(() => {
      expect(saidPages()).toEqual(['Images']);
    });
  });
});
