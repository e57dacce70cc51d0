import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failNext } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';

// The first render loads the route module; give it time on a busy machine.
const SLOW_FIRST_LOAD = { timeout: 8_000 };
const QUEUED = 'This session is waiting in the platform’s queue: its events and logs appear once it starts.';
const POD_GONE = 'This session’s pod is gone, so the platform no longer has its events or logs.';

interface OpenOptions {
  scenario?: string;
  language?: 'en' | 'fr';
  signedInAs?: string;
}

async function openDetails(name: string, { scenario, language, signedInAs }: OpenOptions = {}) {
  const rendered = await renderApp({ route: '/sessions', scenario, language, signedInAs });
  const tile = await screen.findByRole('article', { name }, SLOW_FIRST_LOAD);
  const open = language === 'fr' ? 'Événements et journaux' : 'Events and logs';
  await rendered.user.click(within(tile).getByRole('button', { name: `${open} ${name}` }));
  const dialog = await screen.findByRole('dialog');
  return { ...rendered, dialog };
}

describe('events and logs', () => {
  it('of a session past its deadline say its pod is gone, not that it waits in the queue', async () => {
    const { user, dialog } = await openDetails('old-analysis');
    const events = within(dialog).getByRole('tabpanel', { name: 'Events' });
    expect(await within(events).findByText(POD_GONE)).toBeInTheDocument();
    expect(within(dialog).queryByText(QUEUED)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('tab', { name: 'Logs' }));
    const logs = within(dialog).getByRole('tabpanel', { name: 'Logs' });
    expect(await within(logs).findByText(POD_GONE)).toBeInTheDocument();
    expect(within(logs).queryByRole('textbox', { name: 'Search the logs' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('say so in French too', async () => {
    const { dialog } = await openDetails('old-analysis', { language: 'fr' });
    const gone = await within(dialog).findByText(/^Le pod de cette session n’existe plus/);
    // textContent, not a Testing Library matcher: those fold the non-breaking space into a plain one
    expect(gone.textContent).toBe(
      'Le pod de cette session n’existe plus\u00a0: la plateforme n’a plus ses événements ni ses journaux.',
    );
  });

  it('of a queued session say it waits in the queue, its logs being empty', async () => {
    const { user, dialog } = await openDetails('queued-notebook', { scenario: 'queued' });
    await user.click(within(dialog).getByRole('tab', { name: 'Logs' }));
    const logs = within(dialog).getByRole('tabpanel', { name: 'Logs' });
    expect(await within(logs).findByText(QUEUED)).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('of a pending session whose container has not started say there are no log lines yet', async () => {
    const { user, dialog } = await openDetails('big-notebook', { scenario: 'stuck-pending' });
    await user.click(within(dialog).getByRole('tab', { name: 'Logs' }));
    const logs = within(dialog).getByRole('tabpanel', { name: 'Logs' });
    expect(await within(logs).findByText('No log lines yet.')).toBeInTheDocument();
    expect(within(logs).queryByRole('textbox', { name: 'Search the logs' })).not.toBeInTheDocument();
    expect(within(logs).queryByText(/lines?$/)).not.toBeInTheDocument();
  });

  it('count the lines of a log without the newline that ends it', async () => {
    const { user, dialog } = await openDetails('notebook1');
    await user.click(within(dialog).getByRole('tab', { name: 'Logs' }));
    const logs = within(dialog).getByRole('tabpanel', { name: 'Logs' });
    expect(await within(logs).findByText('8 of 8 lines')).toBeInTheDocument();
    await user.type(within(logs).getByRole('textbox', { name: 'Search the logs' }), 'extension');
    expect(await within(logs).findByText('2 of 8 lines')).toBeInTheDocument();
    await user.type(
      within(logs).getByRole('textbox', { name: 'Search the logs' }),
      ' was successfully linked',
    );
    // the noun agrees with the whole log
    expect(await within(logs).findByText('1 of 8 lines')).toBeInTheDocument();
  });

  it('count a long log’s lines in the language’s numbers', async () => {
    for (const [language, tab, count] of [
      ['en', 'Logs', '12,345 of 12,345 lines'],
      ['fr', 'Journaux', '12\u202f345 sur 12\u202f345 lignes'],
    ] as const) {
      const { user, dialog, unmount } = await openDetails('notebook1', { language });
      // the next read of the session is its logs: a long-running session's
      const lines = Array.from({ length: 12_345 }, (_, index) => `[I ServerApp] line ${index + 1}`);
      failNext('skaha', {
        status: 200,
        method: 'GET',
        path: '/v1/session/k3x9q2ma',
        body: `${lines.join('\n')}\n`,
      });
      await user.click(within(dialog).getByRole('tab', { name: tab }));
      const logs = within(dialog).getByRole('tabpanel', { name: tab });
      const shown = await within(logs).findByText(/^12/);
      // textContent: Testing Library's matchers fold French's narrow no-break space into a plain one
      expect(shown.textContent).toBe(count);
      unmount();
    }
  });

  it('show a dash, named for screen readers, where the platform kept no time for an event', async () => {
    const { dialog } = await openDetails('big-notebook', { scenario: 'stuck-pending' });
    const events = within(dialog).getByRole('tabpanel', { name: 'Events' });
    const row = (await within(events).findByRole('cell', { name: 'FailedScheduling' })).closest('tr');
    if (!row) throw new Error('the event is not in a table row');
    const lastSeen = within(row).getAllByRole('cell').at(-1);
    expect(lastSeen).toHaveTextContent(/^—time not reported$/);
    expect(within(row).queryByText('<none>')).not.toBeInTheDocument();
    expect(lastSeen?.querySelector('time')).toBeNull();
  });

  // mchen's desktop1 has ds9 attached: skaha's selector finds both pods, so no events and both logs
  it('of a desktop with an app attached say why there are no events, and that the logs include the app’s', async () => {
    const { user, dialog } = await openDetails('desktop1', { signedInAs: 'mchen' });
    const events = within(dialog).getByRole('tabpanel', { name: 'Events' });
    expect(
      await within(events).findByText(
        'The sessions service cannot list a desktop’s events while apps are attached to it: this is a limit of the service, not a sign of trouble.',
      ),
    ).toBeInTheDocument();
    expect(within(events).queryByText('No events.')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('tab', { name: 'Logs' }));
    const logs = within(dialog).getByRole('tabpanel', { name: 'Logs' });
    expect(
      await within(logs).findByText(
        /^These logs hold the desktop’s output and that of each app attached to it/,
      ),
    ).toBeInTheDocument();
    const log = within(logs).getByLabelText('Logs');
    expect(log).toHaveTextContent(/^Xvnc TigerVNC .* \[skaha\] Starting xterm$/);
    expect(within(logs).getByText('9 of 9 lines')).toBeInTheDocument();
  });

  it('say so of a desktop with apps in French too', async () => {
    const { dialog } = await openDetails('desktop1', { signedInAs: 'mchen', language: 'fr' });
    const none = await within(dialog).findByText(
      /^Le service des sessions ne peut pas lister les événements d’un bureau/,
    );
    expect(none.textContent).toBe(
      'Le service des sessions ne peut pas lister les événements d’un bureau tant que des applications y sont attachées\u00a0: c’est une limite du service, pas le signe d’un problème.',
    );
  });
});

describe('a session’s usage opened from its events and logs', () => {
  it('goes back to the sessions page it came from, its filter kept', async () => {
    const { user, router } = await renderApp({ route: '/sessions?q=notebook1' });
    const tile = await screen.findByRole('article', { name: 'notebook1' }, SLOW_FIRST_LOAD);
    await user.click(within(tile).getByRole('button', { name: 'Events and logs notebook1' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(
      within(dialog).getByRole('link', { name: 'CPU and memory over time, against the request' }),
    );
    const back = await screen.findByRole('link', { name: 'Back to your sessions' }, SLOW_FIRST_LOAD);
    expect(back).toHaveAttribute('href', '/sessions?q=notebook1');
    await user.click(back);
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/sessions?q=notebook1');
    expect(await screen.findByRole('article', { name: 'notebook1' }, SLOW_FIRST_LOAD)).toBeInTheDocument();
  });
});
