import { getDefaultNormalizer, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { addStorageNode, failNext, getPlatform, holdRequests, tokenFor } from '@/test/fake-platform';
import { nameInSentence } from '@/lib/names';
import { renderApp } from '@/test/render-app';
import { selectRows } from '@/test/storage-grid';

/** Opens the delete dialog for catalog.csv and notes.txt, in that order. */
async function deleteTwo() {
  const rendered = await renderApp({ route: '/storage/home/jdoe' });
  const { user } = rendered;
  await selectRows(user, ['catalog.csv', 'notes.txt']);
  await user.click(screen.getByRole('button', { name: 'Delete' }));
  const dialog = await screen.findByRole('dialog', { name: 'Delete 2 items?' });
  await within(dialog).findByText('This deletes 2 items for good.');
  return { ...rendered, dialog };
}

describe('deleting several items', () => {
  it('tries again with only the items not deleted yet, after one failed', async () => {
    const { user, dialog } = await deleteTwo();
    failNext('storage', {
      status: 503,
      body: 'ServiceBusy: try later\n',
      path: '/nodes/home/jdoe/notes.txt',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('503: ServiceBusy: try later');
    expect(within(dialog).getByText('catalog.csv: Done')).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/catalog.csv']).toBeUndefined();
    expect(getPlatform().storage.nodes['/home/jdoe/notes.txt']?.kind).toBe('data');

    // One way to go on, the dialog's own button: no Try again beside it doing the same.
    expect(within(dialog).queryByRole('button', { name: 'Try again' })).toBeNull();
    // Were catalog.csv asked for again, this would fail the retry: only notes.txt may be sent.
    failNext('storage', { status: 500, path: '/nodes/home/jdoe/catalog.csv' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete the remaining item' }));
    expect(await screen.findByText(/Deleted 2 items\./)).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/notes.txt']).toBeUndefined();
  });

  it('counts an item someone else deleted meanwhile as deleted', async () => {
    const { user, dialog } = await deleteTwo();
    const gone = await fetch(`${window.location.origin}/arc/nodes/home/jdoe/catalog.csv`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${tokenFor('jdoe')}` },
    });
    expect(gone.status).toBe(200);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(/Deleted 2 items\./)).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/notes.txt']).toBeUndefined();
  });

  it('names what it deletes', async () => {
    const { dialog } = await deleteTwo();
    const names = within(dialog).getByRole('list', { name: 'Selected items' });
    expect(
      within(names)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['catalog.csv', 'notes.txt']);
  });

  it('names the first five and counts the rest, in French', async () => {
    for (const name of ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'])
      addStorageNode(`/home/jdoe/${name}.txt`, 'data');
    const { user } = await renderApp({ route: '/storage/home/jdoe', language: 'fr' });
    await selectRows(user, ['a1.txt', 'a2.txt', 'a3.txt', 'a4.txt', 'a5.txt', 'a6.txt', 'a7.txt']);
    await user.click(screen.getByRole('button', { name: 'Supprimer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Supprimer 7 éléments\u202f?' });
    const names = within(dialog).getByRole('list', { name: 'Éléments sélectionnés' });
    expect(
      within(names)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['a1.txt', 'a2.txt', 'a3.txt', 'a4.txt', 'a5.txt', 'et 2 autres']);
  });
});

const SIX = ['a1.txt', 'a2.txt', 'a3.txt', 'a4.txt', 'a5.txt', 'a6.txt'];
const exists = (name: string) => getPlatform().storage.nodes[`/home/jdoe/${name}`] !== undefined;

/** Opens the delete dialog for a1.txt … a6.txt, deleted in that order. */
async function deleteSix(language?: 'fr') {
  for (const name of SIX) addStorageNode(`/home/jdoe/${name}`, 'data');
  const rendered = await renderApp({ route: '/storage/home/jdoe', ...(language ? { language } : {}) });
  const table = await selectRows(rendered.user, SIX);
  await rendered.user.click(screen.getByRole('button', { name: language ? 'Supprimer' : 'Delete' }));
  const dialog = await screen.findByRole('dialog', {
    name: language ? 'Supprimer 6 éléments\u202f?' : 'Delete 6 items?',
  });
  return { ...rendered, dialog, table };
}

/** Starts the delete and waits until a2.txt's DELETE is under way (a1.txt gone), held until `release`. */
async function startHeldAtSecond(
  user: Awaited<ReturnType<typeof deleteSix>>['user'],
  dialog: HTMLElement,
  submit: string,
) {
  const hold = holdRequests('/a2.txt');
  await user.click(within(dialog).getByRole('button', { name: submit }));
  await vi.waitFor(() => {
    expect(hold.held()).toBe(1);
  });
  return hold;
}

describe('stopping a delete', () => {
  it('finishes the item under way, keeps the rest, says so, and refreshes the folder', async () => {
    const { user, dialog, table } = await deleteSix();
    const hold = await startHeldAtSecond(user, dialog, 'Delete');
    await user.click(within(dialog).getByRole('button', { name: 'Stop' }));
    expect(within(dialog).getByText(/Stopping/)).toBeInTheDocument();
    hold.release();
    expect(await within(dialog).findByText('2 of 6 deleted; the other 4 were kept.')).toBeInTheDocument();
    expect(SIX.map(exists)).toEqual([false, false, true, true, true, true]);
    expect(screen.getByRole('dialog', { name: 'Delete 4 items?' })).toBe(dialog);
    // the listing is read again: what went is gone from it, and so from the selection
    await vi.waitFor(() => {
      expect(within(table).queryByText('a1.txt')).toBeNull();
    });
    expect(within(table).queryByText('a2.txt')).toBeNull();
    expect(screen.getByText(/· 4 selected$/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(within(dialog).getAllByRole('button', { name: 'Close' })).toHaveLength(2);

    await user.click(within(dialog).getByRole('button', { name: 'Delete the remaining 4' }));
    expect(await screen.findByText(/Deleted 6 items\./)).toBeInTheDocument();
    expect(SIX.some(exists)).toBe(false);
  });

  it('stops on Escape too, and stays open to say what was kept', async () => {
    const { user, dialog } = await deleteSix();
    const hold = await startHeldAtSecond(user, dialog, 'Delete');
    await user.keyboard('{Escape}');
    hold.release();
    expect(await within(dialog).findByText('2 of 6 deleted; the other 4 were kept.')).toBeInTheDocument();
    expect(SIX.filter(exists)).toEqual(['a3.txt', 'a4.txt', 'a5.txt', 'a6.txt']);
    // focus on the way out, not on "Delete the remaining 4": an Enter meant for the last button deletes nothing
    await vi.waitFor(() => {
      expect(document.activeElement).toHaveTextContent(/^Close$/);
    });
    await user.keyboard('{Escape}');
    await vi.waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  it('is offered in French', async () => {
    const { user, dialog } = await deleteSix('fr');
    const hold = await startHeldAtSecond(user, dialog, 'Supprimer');
    await user.click(within(dialog).getByRole('button', { name: 'Arrêter' }));
    hold.release();
    expect(
      await within(dialog).findByText('Supprimés\u00a0: 2 sur 6\u202f; les 4 autres ont été conservés.', {
        normalizer: getDefaultNormalizer({ collapseWhitespace: false }),
      }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Supprimer les 4 restants' })).toBeInTheDocument();
  });
});

describe('a delete that fails partway', () => {
  it('names the item that failed, keeps the rest, and deletes what is left with one button', async () => {
    const { user, dialog } = await deleteSix();
    failNext('storage', { status: 500, method: 'DELETE', skip: 2 });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText(`Could not delete ${nameInSentence('a3.txt')}`)).toBeInTheDocument();
    expect(alert).toHaveTextContent('500: Internal server error');
    expect(within(dialog).getByText('2 of 6 deleted; the other 4 were kept.')).toBeInTheDocument();
    expect(within(dialog).getByText('a3.txt: Failed')).toBeInTheDocument();
    expect(SIX.filter(exists)).toEqual(['a3.txt', 'a4.txt', 'a5.txt', 'a6.txt']);
    expect(screen.getByRole('dialog', { name: 'Delete 4 items?' })).toBe(dialog);
    expect(within(dialog).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Delete' })).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Delete the remaining 4' }));
    expect(await screen.findByText(/Deleted 6 items\./)).toBeInTheDocument();
    expect(SIX.some(exists)).toBe(false);
  });

  it('shows each item’s progress in a box of its own, which scrolls', async () => {
    const { user, dialog } = await deleteSix();
    failNext('storage', { status: 500, method: 'DELETE', skip: 5 });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await within(dialog).findByRole('alert');
    const log = within(dialog).getByRole('log', { name: 'Progress of each item' });
    expect(within(log).getByText('a1.txt: Done')).toBeInTheDocument();
    expect(log).toHaveStyle({ overflowY: 'auto' });
    expect(log.style.maxHeight).not.toBe('');
  });
});

describe('deleting the last file of a folder', () => {
  it('leaves focus on what stands in place of the list, not at the top of the page', async () => {
    const { user } = await renderApp({
      route: '/storage/home/trainee1',
      scenario: 'home-full',
      signedInAs: 'trainee1',
    });
    await selectRows(user, ['simulation-run-07.h5']);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: /^Delete/ });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await vi.waitFor(() => {
      expect(getPlatform().storage.nodes['/home/trainee1/simulation-run-07.h5']).toBeUndefined();
    });
    if (dialog.isConnected) await user.keyboard('{Escape}');
    const empty = await screen.findByText('This folder is empty. Drop files here or use Upload.');
    await vi.waitFor(() => {
      expect(document.activeElement).not.toBe(document.body);
    });
    expect(document.activeElement).toContainElement(empty);
    expect(document.activeElement).not.toContainElement(screen.getByRole('toolbar'));
  });
});
