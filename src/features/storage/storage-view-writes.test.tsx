import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render-app';
import { grid } from '@/test/storage-grid';

describe('the listing’s view, changed twice before the page shows the first', () => {
  it('keeps both: a sort and the hidden files shown', async () => {
    const { router } = await renderApp({ route: '/storage/home/jdoe' });
    await grid();
    const sort = screen.getByRole('button', { name: 'Sort by Size' });
    const hidden = screen.getByRole('switch', { name: 'Show hidden files' });
    // In one act: the router shows a new address in a transition, which act holds back until both changes are
    // made, as a busy browser does with a 100,000-row folder when the second comes quickly.
    act(() => {
      fireEvent.click(sort);
      fireEvent.click(hidden);
    });
    await waitFor(() => {
      expect(new URLSearchParams(router.state.location.search).get('hidden')).toBe('1');
    });
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('size');
  });
});
