import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render-app';

// The first render loads the route module; give it time on a busy machine.
const SLOW_FIRST_LOAD = { timeout: 8_000 };
const SERVICE_WORDS = 'Not authorized to use the skaha system';

describe('an account skaha refuses (no-access)', () => {
  it('gets one explanation on the dashboard, in the service’s words, and no failed panels', async () => {
    const { user } = await renderApp({ route: '/sessions', scenario: 'no-access' });
    const notice = await screen.findByRole(
      'region',
      { name: 'Your account cannot use sessions' },
      SLOW_FIRST_LOAD,
    );
    expect(within(notice).getByText(SERVICE_WORDS)).toBeInTheDocument();
    expect(
      within(notice).getByText('Ask the platform’s support team to give your account access to sessions.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Platform load' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New session' })).not.toBeInTheDocument();
    // storage does not depend on skaha and keeps working from the navigation
    await user.click(screen.getByRole('link', { name: 'Storage' }));
    expect(await screen.findByRole('grid', { name: /^Contents of/ }, SLOW_FIRST_LOAD)).toBeInTheDocument();
  });

  it('links to where access is requested when the deployment says where', async () => {
    await renderApp({
      route: '/sessions/launch',
      scenario: 'no-access',
      config: { links: { requestAccess: 'https://www.canfar.net/en/docs/access/' } },
    });
    const notice = await screen.findByRole(
      'region',
      { name: 'Your account cannot use sessions' },
      SLOW_FIRST_LOAD,
    );
    const request = within(notice).getByRole('link', { name: 'Request access' });
    expect(request).toHaveAttribute('href', 'https://www.canfar.net/en/docs/access/');
    expect(request).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(within(notice).getByText(SERVICE_WORDS)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Launch a session' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so in French, with a path on the portal’s own site', async () => {
    await renderApp({
      route: '/sessions',
      scenario: 'no-access',
      language: 'fr',
      config: { links: { requestAccess: '/access/request' } },
    });
    const notice = await screen.findByRole(
      'region',
      { name: 'Votre compte ne peut pas utiliser les sessions' },
      SLOW_FIRST_LOAD,
    );
    const request = within(notice).getByRole('link', { name: 'Demander l’accès' });
    expect(request).toHaveAttribute('href', '/access/request');
    expect(request).not.toHaveAttribute('target');
  });
});

describe('a session waiting in the platform’s queue (queued)', () => {
  it('says on its tile that it waits in the queue, and in its details that events and logs come later', async () => {
    const { user } = await renderApp({ route: '/sessions', scenario: 'queued' });
    const tile = await screen.findByRole('article', { name: 'queued-notebook' }, SLOW_FIRST_LOAD);
    expect(
      await within(tile).findByText('Waiting in the platform’s queue for room to start.'),
    ).toBeInTheDocument();
    expect(within(tile).getByText('Pending')).toBeInTheDocument();
    await user.click(within(tile).getByRole('button', { name: 'Events and logs queued-notebook' }));
    const dialog = await screen.findByRole('dialog', { name: 'Events and logs of queued-notebook' });
    // the session's CPU and memory over time are a link away, on the usage pages
    const usage = within(dialog).getByRole('link', { name: 'CPU and memory over time, against the request' });
    expect(usage.getAttribute('href')).toMatch(/^\/usage\/sessions\/q2u8e5dx\?(.*&)?user=jdoe(&|$)/);
    // the usage page names the session by this name, the usage service knowing only its ID
    expect(usage.getAttribute('href')).toMatch(/[?&]name=queued-notebook(&|$)/);
    const later =
      'This session is waiting in the platform’s queue: its events and logs appear once it starts.';
    expect(await within(dialog).findByText(later)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('tab', { name: 'Logs' }));
    const logs = await within(dialog).findByRole('tabpanel', { name: 'Logs' });
    expect(await within(logs).findByText(later)).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    // the dialog's close button has a name (axe button-name), and it closes the dialog
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
  });

  it('is said to be cancelled, not gone, once the user cancelled its launch', async () => {
    const { user } = await renderApp({ route: '/sessions', scenario: 'queued' });
    const tile = await screen.findByRole('article', { name: 'queued-notebook' }, SLOW_FIRST_LOAD);
    await user.click(within(tile).getByRole('button', { name: 'Cancel launch queued-notebook' }));
    const dialog = await screen.findByRole('dialog', { name: /queued-notebook/ });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel launch' }));
    expect(
      await screen.findByText('The launch of queued-notebook was cancelled.', {}, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/queued-notebook is gone/)).not.toBeInTheDocument();
  }, 30_000);

  it('says it in French too', async () => {
    await renderApp({ route: '/sessions', scenario: 'queued', language: 'fr' });
    const tile = await screen.findByRole('article', { name: 'queued-notebook' }, SLOW_FIRST_LOAD);
    expect(
      await within(tile).findByText(
        'En attente dans la file de la plateforme, jusqu’à ce qu’il y ait de la place pour démarrer.',
      ),
    ).toBeInTheDocument();
  });
});

describe('a session type or status the portal has never seen (unknown-types)', () => {
  it('shows a generic tile with the type and status as skaha sent them, beside the known ones', async () => {
    await renderApp({ route: '/sessions', scenario: 'unknown-types' });
    const viewer = await screen.findByRole('article', { name: 'sky-viewer' }, SLOW_FIRST_LOAD);
    expect(within(viewer).getByText('visualizer')).toBeInTheDocument();
    expect(within(viewer).getByText('Running')).toBeInTheDocument();
    const paused = screen.getByRole('article', { name: 'paused-notebook' });
    expect(within(paused).getByText('Suspended')).toBeInTheDocument();
    expect(within(paused).getByText('Notebook')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'notebook1' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
