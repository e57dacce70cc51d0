import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failNext, getPlatform, tokenFor } from '@/test/fake-platform';
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
});
