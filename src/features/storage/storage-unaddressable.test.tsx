import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addStorageNode, getPlatform } from '@/test/fake-platform';
import { FIRST_LOAD, renderApp } from '@/test/render-app';
import { grid, selectRows } from '@/test/storage-grid';

/*
 * cavern parses a node's path with java.net.URI: a name with a space fails every call on it (500), and `#`
 * ends the path, so a call on `run#2` acts on `run` (mocks/handlers/storage.ts models both). Sessions make
 * such names (JupyterLab's "Untitled Folder"); the portal lists them and sends nothing that names them.
 */

const rowOf = (table: HTMLElement, name: string) =>
  within(table).getByRole('row', { name: new RegExp(name) });

describe('names cavern cannot address', () => {
  it('marks them in the listing, and explains instead of failing when one is opened', async () => {
    addStorageNode('/home/jdoe/Untitled Folder', 'container');
    const { user, router } = await renderApp({ route: '/storage/home/jdoe' });
    const table = await grid();
    expect(
      within(rowOf(table, 'Untitled Folder')).getByRole('img', { name: 'Not reachable from the web' }),
    ).toBeInTheDocument();
    expect(
      within(rowOf(table, 'catalog.csv')).queryByRole('img', { name: 'Not reachable from the web' }),
    ).toBeNull();

    await user.dblClick(within(table).getByText('Untitled Folder'));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/storage/home/jdoe/Untitled%20Folder');
    });
    expect(
      await screen.findByText(
        'The storage service cannot reach “\u2068Untitled Folder\u2069” from the web: its name contains a space. Rename it in a session (in a terminal, or the notebook’s file browser) to use it here.',
        {},
        FIRST_LOAD,
      ),
    ).toBeInTheDocument();
    // cavern's 500 would have been shown in its own words
    expect(screen.queryByText(/VOSURI/)).not.toBeInTheDocument();
  });

  it('deletes nothing when the name would reach another node: run#2 is not sent, so run stays', async () => {
    addStorageNode('/home/jdoe/run', 'data');
    addStorageNode('/home/jdoe/run#2', 'data');
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['run#2']);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: /^Delete / });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The storage service cannot reach “\u2068run#2\u2069” from the web: its name contains “#”.',
    );
    expect(getPlatform().storage.nodes['/home/jdoe/run']?.kind).toBe('data');
    expect(getPlatform().storage.nodes['/home/jdoe/run#2']?.kind).toBe('data');
  });

  it('refuses a new name cavern could not reach, in the dialog', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await user.click(within(await grid()).getByText('notes.txt'));
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const dialog = await screen.findByRole('dialog', { name: /^Rename / });
    const field = within(dialog).getByRole('textbox', { name: 'New name' });
    await user.clear(field);
    await user.type(field, 'my notes #2.txt');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(
      within(dialog).getByText(
        'A name cannot contain a space, “#”: the storage service cannot reach such a name from the web.',
      ),
    ).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/notes.txt']?.kind).toBe('data');
  });

  it('uploads the rest of a batch holding such a name, and says which was held back', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await grid();
    const input = document.querySelector('input[type=file]');
    if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
    await user.upload(input, [
      new File(['a'], 'My Data.csv', { type: 'text/csv' }),
      new File(['b'], 'fine.csv', { type: 'text/csv' }),
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Some files were not uploaded');
    expect(alert).toHaveTextContent(
      'The storage service cannot store a name that contains a space: “\u2068My Data.csv\u2069”. Rename it and upload again.',
    );
    const uploads = await screen.findByRole('region', { name: 'Uploads' });
    expect(within(uploads).queryByText(/My Data/)).not.toBeInTheDocument();
    await waitFor(() => {
      expect(getPlatform().storage.nodes['/home/jdoe/fine.csv']?.kind).toBe('data');
    });
    expect(Object.keys(getPlatform().storage.nodes).filter((path) => path.includes('My Data'))).toEqual([]);
  });

  it('uploads nothing when every name of the batch is one it cannot store', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await grid();
    const input = document.querySelector('input[type=file]');
    if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
    await user.upload(input, [new File(['a'], 'My Data.csv', { type: 'text/csv' })]);
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing was uploaded');
    expect(screen.queryByRole('region', { name: 'Uploads' })).not.toBeInTheDocument();
  });

  it('says it in French', async () => {
    addStorageNode('/home/jdoe/Untitled Folder', 'container');
    await renderApp({ route: '/storage/home/jdoe/Untitled%20Folder', language: 'fr' });
    expect(
      await screen.findByText(
        // the matcher compares text with its spaces made plain, the no-break ones of French included
        'Le service de stockage ne peut pas atteindre « \u2068Untitled Folder\u2069 » depuis le Web : son nom contient une espace. Renommez-le dans une session (dans un terminal ou le navigateur de fichiers du notebook) pour l’utiliser ici.',
        {},
        FIRST_LOAD,
      ),
    ).toBeInTheDocument();
  });
});
