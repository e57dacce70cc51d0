import { screen, waitFor, within } from '@testing-library/react';
import type { ComponentType } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CodeLoadError } from '../lib/load-once';
import { allowConsoleError } from '../test/console';
import { renderApp } from '../test/render-app';
import { areas, type Area } from './areas';
import type * as AppLayoutModule from './layout/app-layout';

// The layout can be made to fail, to reach the boundary around it; otherwise it is the real one.
const layout = vi.hoisted(() => ({ isBroken: false }));
vi.mock('./layout/app-layout', async (importOriginal) => {
  const real = await importOriginal<typeof AppLayoutModule>();
  return {
    AppLayout: () => {
      if (layout.isBroken) throw new Error('the layout broke');
      return <real.AppLayout />;
    },
  };
});

/** The real area table, each page a heading naming its pattern, except those a test loads itself. */
function testAreas(loads: Record<string, () => Promise<ComponentType>> = {}): Area[] {
  return areas.map((area) => ({
    ...area,
    load: loads[area.pattern] ?? (() => Promise.resolve(() => <h1>{`Page ${area.pattern}`}</h1>)),
  }));
}

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const errorTitle = 'This page could not be shown';

describe('the routes', () => {
  it('show the shell with the page loader while the first page loads', async () => {
    const page = deferred<ComponentType>();
    await renderApp({ route: '/images', areas: testAreas({ 'images/*': () => page.promise }) });
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(screen.getByLabelText('Loading…')).toBeInTheDocument();
    page.resolve(() => <h1>The images page</h1>);
    expect(await screen.findByRole('heading', { level: 1, name: 'The images page' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Loading…')).not.toBeInTheDocument();
  });

  it('show a page loaded before the first render with the shell at once, never the page loader', async () => {
    await renderApp({ route: '/images', preload: 'images/*', areas: testAreas() });
    // the first commit, before anything asynchronous: no findBy
    expect(screen.getByRole('heading', { level: 1, name: 'Page images/*' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Loading…')).not.toBeInTheDocument();
  });

  it('show a page whose chunk failed inside the shell, and load it afresh on "Try again"', async () => {
    const consoleError = allowConsoleError(/Failed to fetch dynamically imported module/);
    const load = vi
      .fn<() => Promise<ComponentType>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(() => <h1>The images page</h1>);
    const { user } = await renderApp({ route: '/images', areas: testAreas({ 'images/*': load }) });
    const error = await screen.findByRole('region', { name: errorTitle });
    // what the user lost, not the browser's words about a file
    expect(within(error).getByRole('alert')).toHaveTextContent(
      'This page’s code could not be loaded from the portal. Check your connection, then try again.',
    );
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Account menu for Jane Doe' })).toBeInTheDocument();
    await user.click(within(error).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'The images page' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: errorTitle })).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
    expect(consoleError.mock.calls.flat()).toContainEqual(
      new CodeLoadError(new TypeError('Failed to fetch dynamically imported module')),
    );
  });

  it('say a page could not load while offline, and load it by itself once the browser is back online', async () => {
    allowConsoleError(/Failed to fetch dynamically imported module/);
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const load = vi
      .fn<() => Promise<ComponentType>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(() => <h1>The images page</h1>);
    await renderApp({ route: '/images', areas: testAreas({ 'images/*': load }) });
    const error = await screen.findByRole('region', { name: errorTitle });
    expect(within(error).getByRole('alert')).toHaveTextContent(
      'You appear to be offline: this page’s code could not be loaded. It loads by itself once you are back online.',
    );
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByRole('heading', { level: 1, name: 'The images page' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
    onLine.mockRestore();
  });

  it('clear a page error when the user goes elsewhere, and keep the failed page loadable', async () => {
    allowConsoleError(/Failed to fetch dynamically imported module/);
    const load = vi
      .fn<() => Promise<ComponentType>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(() => <h1>The storage page</h1>);
    const { user, router } = await renderApp({ route: '/storage', areas: testAreas({ 'storage/*': load }) });
    await screen.findByRole('region', { name: errorTitle });
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    await user.click(within(nav).getByRole('link', { name: 'Usage' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Page usage/*' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: errorTitle })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/usage');
    await user.click(within(nav).getByRole('link', { name: 'Storage' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'The storage page' })).toBeInTheDocument();
  });

  it('show a page that throws while rendering inside the shell', async () => {
    allowConsoleError(/the page broke/);
    function Broken(): never {
      throw new Error('the page broke');
    }
    await renderApp({ route: '/usage', areas: testAreas({ 'usage/*': () => Promise.resolve(Broken) }) });
    const error = await screen.findByRole('region', { name: errorTitle });
    expect(within(error).getByRole('alert')).toHaveTextContent('the page broke');
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
  });

  it('leave out the route of a feature that is off', async () => {
    await renderApp({ route: '/usage', areas: testAreas(), config: { features: { usage: false } } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('send the root address to the sessions page', async () => {
    const { router } = await renderApp({ route: '/', areas: testAreas() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page sessions/*' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sessions');
  });

  it('show the error page alone when the layout itself fails, and render it again on "Try again"', async () => {
    allowConsoleError(/the layout broke/);
    layout.isBroken = true;
    try {
      const { user } = await renderApp({ route: '/usage', areas: testAreas() });
      const error = await screen.findByRole('region', { name: errorTitle });
      expect(within(error).getByRole('alert')).toHaveTextContent('the layout broke');
      expect(screen.queryByRole('navigation', { name: 'Main navigation' })).not.toBeInTheDocument();
      layout.isBroken = false;
      await user.click(within(error).getByRole('button', { name: 'Try again' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Page usage/*' })).toBeInTheDocument();
      expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    } finally {
      layout.isBroken = false;
    }
  });

  it('navigate from tests through the router handle', async () => {
    const { router } = await renderApp({ route: '/usage', areas: testAreas() });
    await screen.findByRole('heading', { level: 1, name: 'Page usage/*' });
    await router.navigate('/images?q=x');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page images/*' })).toBeInTheDocument();
    await waitFor(() => {
      expect(router.state.location.search).toBe('?q=x');
    });
  });
});
