import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

const MOCK_MODE = { mocks: true, auth: { mode: 'mock' } };

const politeRegions = () => [...document.querySelectorAll('[aria-live="polite"]')];

describe('image search results', () => {
  it('are announced: one live region, there before the first search, whose words change with each query', async () => {
    const { user } = await renderApp({ route: '/images', config: MOCK_MODE });
    const box = await screen.findByRole(
      'searchbox',
      { name: 'Search projects and repositories' },
      FIRST_LOAD,
    );
    await screen.findByRole('table');
    // a region that appears with its text is not read out: it must be on the page, empty, beforehand
    const before = politeRegions();
    await user.type(box, 'astro');
    const status = await screen.findByText(/^Projects: \d+ · Repositories: \d+$/);
    expect(before).toContain(status);
    await user.type(box, 'x');
    await waitFor(() => {
      expect(status).toHaveTextContent('No project or repository name contains “\u2068astrox\u2069”.');
    });
    await user.clear(box);
    await user.type(box, 'notebook');
    await waitFor(() => {
      expect(status).toHaveTextContent(/^Projects: \d+ · Repositories: \d+$/);
    });
    expect(status).toBeInTheDocument();
  });
});
