import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '@/test/fake-platform';
import { renderApp } from '@/test/render-app';

const jsdomMatchMedia = window.matchMedia;

/** A phone's width: the queries for narrow windows match. */
function asPhone() {
  window.matchMedia = (query: string) => {
    const list = jsdomMatchMedia(query);
    return Object.assign(list, { matches: /max-width/.test(query) });
  };
}

beforeEach(asPhone);
afterEach(() => {
  window.matchMedia = jsdomMatchMedia;
});

describe('the navigation panel on a phone', () => {
  it('takes the page under it out of reach while open: Tab cannot land behind it', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    await screen.findByRole('heading', { level: 1, name: 'Sessions' });
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
