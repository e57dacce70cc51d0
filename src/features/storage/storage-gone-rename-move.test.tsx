import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPlatform } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { grid, selectRows } from '@/test/storage-grid';

const nodes = () => getPlatform().storage.nodes;

/** The other client's delete, after the list has loaded: the list shown still holds the item. */
function deleteElsewhere(path: string) {
  expect(nodes()[path]).toBeDefined();
  Reflect.deleteProperty(nodes(), path);
}

const GONE = '“\u2068README.md\u2069” is no longer here: it was moved or deleted elsewhere.';

describe('renaming an item deleted elsewhere', () => {
  it('says the item is gone, without a failure or a Rename to try again', async () => {
    const { user } = await renderApp({ route: '/storage/projects/lensing-lab', signedInAs: 'mchen' });
    await selectRows(user, ['README.md']);
    deleteElsewhere('/projects/lensing-lab/README.md');
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const dialog = await screen.findByRole('dialog', { name: /^Rename / });
    const field = within(dialog).getByRole('textbox', { name: 'New name' });
    await user.clear(field);
    await user.type(field, 'ABOUT.md');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(GONE);
    expect(dialog).not.toHaveTextContent(/Failed|something went wrong|NodeNotFound/);
    // nothing to try again: the dialog only says what happened, and Close has the keyboard
    expect(within(dialog).queryByRole('button', { name: 'Rename' })).not.toBeInTheDocument();
    expect(within(dialog).getAllByRole('button', { name: 'Close' })).toContain(document.activeElement);
    expect(nodes()['/projects/lensing-lab/ABOUT.md']).toBeUndefined();
    // the list, read again, no longer holds it
    expect(await within(await grid()).findByText('shared')).toBeInTheDocument();
    expect(within(await grid()).queryByText('README.md')).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says so in French', async () => {
    const { user } = await renderApp({
      route: '/storage/projects/lensing-lab',
      signedInAs: 'mchen',
      language: 'fr',
    });
    await selectRows(user, ['README.md']);
    deleteElsewhere('/projects/lensing-lab/README.md');
    await user.click(screen.getByRole('button', { name: 'Renommer' }));
    const dialog = await screen.findByRole('dialog');
    const field = within(dialog).getByRole('textbox');
    await user.clear(field);
    await user.type(field, 'ABOUT.md');
    await user.click(within(dialog).getByRole('button', { name: 'Renommer' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      '«\u00a0\u2068README.md\u2069\u00a0» n’est plus là\u00a0: il a été déplacé ou supprimé ailleurs.',
    );
  });
});

describe('moving items of which one was deleted elsewhere', () => {
  it('moves the others and says the gone one is gone, with nothing left to try again', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['notes.txt', 'catalog.csv']);
    deleteElsewhere('/home/jdoe/notes.txt');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    const dialog = await screen.findByRole('dialog', { name: /^Move / });
    await user.click(within(dialog).getByRole('textbox', { name: 'Destination folder' }));
    await user.paste('/home/jdoe/data');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '“\u2068notes.txt\u2069” is no longer here: it was moved or deleted elsewhere.',
    );
    expect(dialog).not.toHaveTextContent(/Failed|something went wrong|NodeNotFound/);
    expect(within(dialog).getByRole('log', { name: 'Progress of each item' })).toHaveTextContent(
      'catalog.csv: Done',
    );
    expect(nodes()['/home/jdoe/data/catalog.csv']?.kind).toBe('data');
    expect(screen.getByText(/Moved 1 item\./)).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Move' })).not.toBeInTheDocument();
    expect(within(dialog).getAllByRole('button', { name: 'Close' })).toContain(document.activeElement);
  });

  it('says a single gone item is gone, and offers no Move of it', async () => {
    const { user } = await renderApp({ route: '/storage/projects/lensing-lab', signedInAs: 'mchen' });
    await selectRows(user, ['README.md']);
    deleteElsewhere('/projects/lensing-lab/README.md');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    const dialog = await screen.findByRole('dialog', { name: /^Move / });
    await user.click(within(dialog).getByRole('textbox', { name: 'Destination folder' }));
    await user.paste('/projects/lensing-lab/shared');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(GONE);
    expect(dialog).not.toHaveTextContent(/Failed|something went wrong|NodeNotFound/);
    expect(within(dialog).queryByRole('button', { name: 'Move' })).not.toBeInTheDocument();
    // another destination cannot bring it back
    const typed = within(dialog).getByRole('textbox', { name: 'Destination folder' });
    await user.clear(typed);
    await user.paste('/projects/lensing-lab');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(GONE);
    expect(within(dialog).queryByRole('button', { name: 'Move' })).not.toBeInTheDocument();
  });
});
