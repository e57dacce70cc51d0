import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { watchUsageQueries } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';

const formReady = () =>
  screen.findByRole('form', { name: /Launch a session|Lancer une session/ }, { timeout: 15_000 });

describe('GPUs free beside the launch form’s picker', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('says how many GPUs of which model are free now', { timeout: 40_000 }, async () => {
    await renderApp({ route: '/sessions/launch?type=notebook' });
    await formReady();
    expect(await screen.findByText('3 of 8 NVIDIA A100 SXM4 80GB free now')).toBeInTheDocument();
  });

  it('agrees in French', { timeout: 40_000 }, async () => {
    await renderApp({ route: '/sessions/launch?type=notebook', language: 'fr' });
    await formReady();
    expect(await screen.findByText('3 NVIDIA A100 SXM4 80GB libres sur 8 en ce moment')).toBeInTheDocument();
  });

  it('asks nothing of the usage service for a type that takes no GPUs', { timeout: 40_000 }, async () => {
    const sent = watchUsageQueries();
    await renderApp({ route: '/sessions/launch?type=desktop' });
    await formReady();
    // the platform's capacity arrives beside where the GPUs would be
    expect(await screen.findByText(/^Free now:/)).toBeInTheDocument();
    expect(
      screen.getByText('The platform sets the resources of Desktop sessions, without GPUs.'),
    ).toBeInTheDocument();
    expect(sent.filter((query) => query.includes('nvidia_com_gpu'))).toEqual([]);
  });
});
