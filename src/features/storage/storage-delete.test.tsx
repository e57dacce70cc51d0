import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addStorageNode, failNext, getPlatform, tokenFor } from '@/test/fake-platform';
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

    // Were catalog.csv asked for again, this would fail the retry: only notes.txt may be sent.
    failNext('storage', { status: 500, path: '/nodes/home/jdoe/catalog.csv' });
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
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
