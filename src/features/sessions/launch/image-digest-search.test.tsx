import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render-app';

// The first render loads the route module; give it time on a busy machine.
const formReady = () =>
  screen.findByRole('form', { name: /Launch a session|Lancer une session/ }, { timeout: 8_000 });

// skaha/astroml-notebook:26.03 as the Images page shows it, whose label holds only its first 12 characters
const DIGEST = 'sha256:5b0f7c2e9d3a41f6a8e2c1d94b7a60e3f2c8d19a4e6b3c7f0a1d2e3f4a5b6c7d';
const LABEL = 'astroml-notebook:26.03 · 5b0f7c2e9d3a';

describe('searching the image picker by digest', () => {
  // remembered launches live in localStorage: each test starts without them
  beforeEach(() => {
    localStorage.clear();
  });

  it('offers exactly its image for a full digest pasted from the Images page, and Enter takes it', async () => {
    const { user, router } = await renderApp({ route: '/sessions/launch?type=notebook' });
    await formReady();
    const image = await screen.findByRole('combobox', { name: 'Image' });
    await user.click(image);
    await user.paste(DIGEST);
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([LABEL]);
    expect(screen.queryByText('No image matches')).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(image).toHaveValue(LABEL);
    });
    expect(new URLSearchParams(router.state.location.search).get('image')).toBe(
      'images.canfar.net/skaha/astroml-notebook:26.03',
    );
  });

  it('finds the image by a typed digest prefix longer than the label’s, without sha256: and in capitals', async () => {
    const { user } = await renderApp({ route: '/sessions/launch?type=notebook' });
    await formReady();
    const image = await screen.findByRole('combobox', { name: 'Image' });
    await user.click(image);
    await user.keyboard('5B0F7C2E9D3A41F6');
    expect(await screen.findByRole('option', { name: LABEL })).toBeInTheDocument();
    expect(screen.getAllByRole('option')).toHaveLength(1);
  });
});
