import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

// Whole tables rendered in jsdom on a loaded machine can take longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 5_000 });

const MOCK_MODE = { mocks: true, auth: { mode: 'mock' } };

/** The repository page with its tag filter set, once the session types are there to choose from. */
async function openFilteredRepository() {
  const app = await renderApp({ route: '/images/skaha/astro-nightly?tag=build-49', config: MOCK_MODE });
  const tag = await screen.findByRole('textbox', { name: 'Filter by tag' }, FIRST_LOAD);
  const type = screen.getByRole('combobox', { name: 'Session type' });
  await waitFor(() => {
    expect(within(type).getByRole('option', { name: 'CARTA' })).toBeInTheDocument();
  });
  return { ...app, tag, type };
}

describe('the filters of an image list, changed one after the other', () => {
  afterEach(() => {
    localStorage.clear();
  });

  it('keeps a cleared tag filter when the session type changes before the page shows the new address', async () => {
    const { router, tag, type } = await openFilteredRepository();
    // In one act: the router shows a new address in a transition, which act holds back until both changes
    // are made, as a busy browser does when the second comes quickly.
    act(() => {
      fireEvent.change(tag, { target: { value: '' } });
      fireEvent.change(type, { target: { value: 'carta' } });
    });
    await waitFor(() => {
      expect(router.state.location.search).toBe('?type=carta');
    });
    expect(tag).toHaveValue('');
    expect(type).toHaveValue('carta');
  });

  it('keeps a new session type when the tag filter is cleared before the page shows it', async () => {
    const { router, tag, type } = await openFilteredRepository();
    act(() => {
      fireEvent.change(type, { target: { value: 'carta' } });
      fireEvent.change(tag, { target: { value: '' } });
    });
    await waitFor(() => {
      expect(router.state.location.search).toBe('?type=carta');
    });
    expect(tag).toHaveValue('');
    expect(type).toHaveValue('carta');
  });

  it('keeps a cleared name filter when the order changes before the page shows the new address', async () => {
    const { router } = await renderApp({ route: '/images/skaha?name=notebook', config: MOCK_MODE });
    const name = await screen.findByRole('textbox', { name: 'Filter repositories by name' }, FIRST_LOAD);
    const order = screen.getByRole('combobox', { name: 'Order' });
    act(() => {
      fireEvent.change(name, { target: { value: '' } });
      fireEvent.change(order, { target: { value: 'name' } });
    });
    await waitFor(() => {
      expect(router.state.location.search).toBe('?sort=name');
    });
    expect(name).toHaveValue('');
    expect(order).toHaveValue('name');
  });

  it('shows the filter of the page Back returns to, though the filter itself wrote that entry', async () => {
    const { router, user } = await renderApp({ route: '/images/skaha/astro-nightly', config: MOCK_MODE });
    const tag = await screen.findByRole('textbox', { name: 'Filter by tag' }, FIRST_LOAD);
    await user.type(tag, 'build-4');
    await user.click(await screen.findByRole('button', { name: 'Next page' }));
    await waitFor(() => {
      expect(new URLSearchParams(router.state.location.search).get('page')).toBe('2');
    });
    await user.type(tag, '9');
    await waitFor(() => {
      expect(new URLSearchParams(router.state.location.search).get('tag')).toBe('build-49');
    });
    await act(() => router.navigate(-1));
    await waitFor(() => {
      expect(new URLSearchParams(router.state.location.search).get('tag')).toBe('build-4');
    });
    expect(tag).toHaveValue('build-4');
  });
});
