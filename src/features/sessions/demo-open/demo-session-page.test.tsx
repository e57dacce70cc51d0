import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render-app';

const DEMO = { mocks: true, auth: { mode: 'mock' } };
const LOAD = { timeout: 8_000 };

describe('Open in the demo', () => {
  it('leads to a stand-in for the session inside the demo, with its name, type and image', async () => {
    const { user, router } = await renderApp({ route: '/sessions', config: DEMO });
    const tile = await screen.findByRole('article', { name: 'notebook1' }, LOAD);
    await user.click(within(tile).getByRole('link', { name: 'Open notebook1' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'JupyterLab would open here' }, LOAD),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/sessions\/open\//);
    expect(screen.getByRole('heading', { level: 2, name: 'notebook1' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Notebook' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to sessions' }));
    expect(await screen.findByRole('article', { name: 'notebook1' }, LOAD)).toBeInTheDocument();
  }, 30_000);

  it("a deployment opens the session's own address, and has no stand-in page", async () => {
    await renderApp({ route: '/sessions' });
    const tile = await screen.findByRole('article', { name: 'notebook1' }, LOAD);
    expect(within(tile).getByRole('link', { name: 'Open notebook1' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/[^/]+\/session\/notebook\//),
    );
  });

  it('is "Page not found" outside demo mode', async () => {
    await renderApp({ route: '/sessions/open/anything' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }, LOAD),
    ).toBeInTheDocument();
  });
});
