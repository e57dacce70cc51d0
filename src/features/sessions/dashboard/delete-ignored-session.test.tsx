import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failNext } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';

const SECOND = 1_000;
const IGNORED = 'You asked to delete carta-m31, but it is still running.';

/** Fake time, a second at a time, so each poll's answer arrives before the next second. */
async function wait(ms: number) {
  for (let waited = 0; waited < ms; waited += SECOND) await vi.advanceTimersByTimeAsync(SECOND);
}

/** Delete carta-m31 through its tile and confirm, as a user does; the dialog closes once skaha said 200. */
async function deleteCarta(user: Awaited<ReturnType<typeof renderApp>>['user'], trigger: HTMLElement) {
  await user.click(trigger);
  const dialog = await screen.findByRole('dialog', { name: 'Delete carta-m31?' });
  await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
  await waitFor(() => {
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
}

describe('a delete of a session', () => {
  beforeEach(() => {
    // time runs as usual until a test jumps ahead
    vi.useFakeTimers({
      shouldAdvanceTime: true,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('that skaha answers 200 but ignores is said on the tile, with a way to try again', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    const carta = await screen.findByRole('article', { name: 'carta-m31' }, FIRST_LOAD);
    // skaha swallows its errors: 200, and nothing deleted
    failNext('skaha', { status: 200, method: 'DELETE', body: '' });
    await deleteCarta(user, within(carta).getByRole('button', { name: 'Delete carta-m31' }));
    // right after the delete the list may not show it yet: no word too early
    expect(within(carta).queryByText(IGNORED)).not.toBeInTheDocument();

    await wait(20 * SECOND);
    const note = within(carta).getByRole('alert');
    expect(note).toHaveTextContent(IGNORED);
    expect(within(carta).getByText('Running')).toBeInTheDocument();
    // the note stays through the polls while the session does
    await wait(10 * SECOND);
    expect(within(carta).getByRole('alert')).toHaveTextContent(IGNORED);

    // this time skaha deletes it: Terminating, and the note goes
    await deleteCarta(user, within(note).getByRole('button', { name: 'Try again to delete carta-m31' }));
    await waitFor(() => {
      expect(screen.queryByText(IGNORED)).not.toBeInTheDocument();
    });
    await wait(10 * SECOND);
    expect(screen.queryByRole('article', { name: 'carta-m31' })).not.toBeInTheDocument();
  });

  it('that skaha ignores is said on its tile after a filter hid it meanwhile', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    const carta = await screen.findByRole('article', { name: 'carta-m31' }, FIRST_LOAD);
    failNext('skaha', { status: 200, method: 'DELETE', body: '' });
    await deleteCarta(user, within(carta).getByRole('button', { name: 'Delete carta-m31' }));
    const filter = await screen.findByRole('textbox', { name: 'Filter sessions' });
    await user.type(filter, 'notebook');
    await waitFor(() => {
      expect(screen.queryByRole('article', { name: 'carta-m31' })).not.toBeInTheDocument();
    });
    await wait(20 * SECOND);
    await user.clear(filter);
    const shown = await screen.findByRole('article', { name: 'carta-m31' });
    expect(await within(shown).findByRole('alert')).toHaveTextContent(IGNORED);
  });

  it('that skaha ignores is said once the list can be read again, when its first read failed', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    const carta = await screen.findByRole('article', { name: 'carta-m31' }, FIRST_LOAD);
    failNext('skaha', { status: 200, method: 'DELETE', body: '' });
    await deleteCarta(user, within(carta).getByRole('button', { name: 'Delete carta-m31' }));
    await wait(14 * SECOND);
    // the list cannot be read for a while: the check's first read fails (it is not retried)
    failNext('skaha', { status: 503, method: 'GET', path: '/v1/session', times: 2 });
    await wait(10 * SECOND);
    expect(within(carta).queryByText(IGNORED)).not.toBeInTheDocument();
    await wait(30 * SECOND);
    expect(within(carta).getByRole('alert')).toHaveTextContent(IGNORED);
  });

  it('that goes through says nothing more: the tile goes Terminating, then away', async () => {
    const { user } = await renderApp({ route: '/sessions' });
    const carta = await screen.findByRole('article', { name: 'carta-m31' }, FIRST_LOAD);
    await deleteCarta(user, within(carta).getByRole('button', { name: 'Delete carta-m31' }));
    expect(within(carta).getByText('Terminating')).toBeInTheDocument();
    // what the page reads out as it goes: what the user did, not a session that went on its own
    const readOut: string[] = [];
    for (let waited = 0; waited < 20 * SECOND; waited += SECOND) {
      await wait(SECOND);
      readOut.push(document.querySelector('[aria-live="polite"][aria-atomic="true"]')?.textContent ?? '');
    }
    expect(readOut).toContain('carta-m31 was deleted.');
    expect(readOut.join(' ')).not.toContain('carta-m31 is gone');
    expect(screen.queryByRole('article', { name: 'carta-m31' })).not.toBeInTheDocument();
    expect(screen.queryByText(IGNORED)).not.toBeInTheDocument();
  });

  it('that skaha ignores is said in French too', async () => {
    const { user } = await renderApp({ route: '/sessions', language: 'fr' });
    const carta = await screen.findByRole('article', { name: 'carta-m31' }, FIRST_LOAD);
    failNext('skaha', { status: 200, method: 'DELETE', body: '' });
    await user.click(within(carta).getByRole('button', { name: 'Supprimer carta-m31' }));
    const dialog = await screen.findByRole('dialog', { name: 'Supprimer carta-m31\u202f?' });
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer' }));
    await wait(20 * SECOND);
    expect(within(carta).getByRole('alert')).toHaveTextContent(
      'Vous avez demandé la suppression de la session carta-m31, mais elle tourne toujours.',
    );
    expect(
      within(carta).getByRole('button', { name: 'Réessayer de supprimer la session carta-m31' }),
    ).toBeInTheDocument();
  });
});
