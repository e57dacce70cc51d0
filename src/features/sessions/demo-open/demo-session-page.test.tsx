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

  it("leads the launch form's Open of a session already running to the stand-in too, not to the fake platform", async () => {
    const { user, router } = await renderApp({
      route:
        '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03&name=notebook1',
      config: DEMO,
    });
    const open = await screen.findByRole('link', { name: 'Open notebook1' }, LOAD);
    expect(open).toHaveAttribute('href', expect.stringMatching(/^\/sessions\/open\//));
    expect(open).not.toHaveAttribute('target');
    await user.click(open);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'JupyterLab would open here' }, LOAD),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/sessions\/open\//);
  }, 30_000);

  it('names a session from the address that is not running isolated, its override shown', async () => {
    await renderApp({ route: '/sessions/open/abc%E2%80%AEexe.fdp', config: DEMO });
    expect(
      await screen.findByText(
        'There is no running session \u2068abc<U+202E>exe.fdp\u2069 to open: it may have ended, or belong to another user.',
        {},
        LOAD,
      ),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('\u202E');
  });

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
