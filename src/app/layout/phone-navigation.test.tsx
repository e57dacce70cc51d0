import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

/** A phone's width: the queries for narrow windows match (the setup's stand-in answers no query). */
beforeEach(() => {
  const jsdomMatchMedia = window.matchMedia.bind(window);
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    Object.assign(jsdomMatchMedia(query), { matches: query.includes('max-width') }),
  );
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the navigation panel on a phone', () => {
  it('takes the page under it out of reach while open: Tab cannot land behind it', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    await screen.findByRole('heading', { level: 1, name: 'Sessions' }, FIRST_LOAD);
    const main = document.getElementById('main');
    const footer = document.querySelector('footer');
    expect(main).not.toHaveAttribute('inert');

    await user.click(screen.getByRole('button', { name: 'Open navigation' }));
    expect(main).toHaveAttribute('inert');
    expect(footer).toHaveAttribute('inert');

    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(main).not.toHaveAttribute('inert');
    });
    expect(footer).not.toHaveAttribute('inert');
    expect(screen.getByRole('button', { name: 'Open navigation' })).toHaveFocus();
  });
});
