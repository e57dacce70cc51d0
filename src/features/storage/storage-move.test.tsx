import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failNext, getPlatform, tokenFor } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { grid, selectRows } from '@/test/storage-grid';

/**
 * The home folder with `name` selected and its Move dialog open; `moveTo` types a destination after what the
 * field holds and presses Move.
 */
async function openMove(name: string) {
  const { user } = await renderApp({ route: '/storage/home/jdoe' });
  await user.click(within(await grid()).getByText(name));
  await user.click(screen.getByRole('button', { name: 'Move' }));
  const dialog = await screen.findByRole('dialog', { name: /^Move / });
  const typed = within(dialog).getByRole('textbox', { name: 'Destination folder' });
  // pasted whole: typed key by key on a busy machine, a pause past the picker's debounce would show a folder on
  // the way (one the user may not open, with its refusal) before the Move the test means to press first
  const moveTo = async (path: string) => {
    await user.click(typed);
    await user.paste(path);
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
  };
  return { user, dialog, typed, moveTo };
}

describe('moving with the folder picker', () => {
  it('opens with nothing chosen, so the first click cannot move into the folder the items are in', async () => {
    const { user, dialog, typed } = await openMove('notes.txt');
    expect(typed).toHaveValue('');
    const move = within(dialog).getByRole('button', { name: 'Move' });
    expect(move).toBeDisabled();
    expect(within(dialog).queryByText('The items are already in this folder.')).not.toBeInTheDocument();
    await user.type(typed, '/home/jdoe');
    expect(within(dialog).getByText('The items are already in this folder.')).toBeInTheDocument();
    expect(move).toBeDisabled();
    await user.clear(typed);
    await user.type(typed, '/home/jdoe/data');
    expect(move).toBeEnabled();
  });

  it('browses down into a folder and up through the breadcrumbs, then moves there', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await user.click(within(await grid()).getByText('notes.txt'));
    await user.click(screen.getByRole('button', { name: 'Move' }));
    const dialog = await screen.findByRole('dialog', { name: /^Move \u2068notes\.txt\u2069$/ });
    const picker = within(dialog).getByRole('group', { name: 'Choose the destination folder' });
    const folders = await within(picker).findByRole('list', { name: 'Folders in jdoe' });
    expect(
      within(folders)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['data', 'survey-team']);
    await user.click(within(folders).getByRole('button', { name: 'data' }));
    const inside = await within(picker).findByRole('list', { name: 'Folders in data' });
    expect(within(dialog).getByRole('textbox', { name: 'Destination folder' })).toHaveValue(
      '/home/jdoe/data',
    );
    await user.click(within(inside).getByRole('button', { name: 'raw' }));
    expect(await within(picker).findByText('No folders inside raw.')).toBeInTheDocument();
    const path = within(picker).getByRole('navigation', { name: 'Folder shown in the picker' });
    await user.click(within(path).getByRole('button', { name: 'data' }));
    await within(picker).findByRole('list', { name: 'Folders in data' });
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(await screen.findByText(/Moved 1 item\./, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/data/notes.txt']?.kind).toBe('data');
  });

  it('keeps the keyboard on the folder shown, the destination, not on a folder inside it', async () => {
    const { user, dialog } = await openMove('notes.txt');
    const picker = within(dialog).getByRole('group', { name: 'Choose the destination folder' });
    const path = within(picker).getByRole('navigation', { name: 'Folder shown in the picker' });
    const destination = within(dialog).getByRole('textbox', { name: 'Destination folder' });
    const expectShownAndFocused = (name: string) => {
      const shown = within(path).getByText(name);
      expect(shown).toHaveAttribute('aria-current', 'location');
      expect(shown).toHaveFocus();
    };

    const folders = await within(picker).findByRole('list', { name: 'Folders in jdoe' });
    within(folders).getByRole('button', { name: 'data' }).focus();
    await user.keyboard('{Enter}');
    await within(picker).findByRole('list', { name: 'Folders in data' });
    expectShownAndFocused('data');
    expect(destination).toHaveValue('/home/jdoe/data');

    // back up: the folder just left is listed again, and is not where the keyboard is
    within(path).getByRole('button', { name: 'jdoe' }).focus();
    await user.keyboard('{Enter}');
    const again = await within(picker).findByRole('list', { name: 'Folders in jdoe' });
    expectShownAndFocused('jdoe');
    expect(within(again).getByRole('button', { name: 'data' })).not.toHaveFocus();
    expect(destination).toHaveValue('/home/jdoe');
    await user.tab();
    expect(within(again).getByRole('button', { name: 'data' })).toHaveFocus();
  });

  it('shows a typed destination in the picker once the typing pauses', async () => {
    const { user, dialog } = await openMove('notes.txt');
    const picker = within(dialog).getByRole('group', { name: 'Choose the destination folder' });
    await within(picker).findByRole('list', { name: 'Folders in jdoe' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Destination folder' }), '/home/jdoe/data/');
    expect(await within(picker).findByRole('list', { name: 'Folders in data' })).toBeInTheDocument();
    const path = within(picker).getByRole('navigation', { name: 'Folder shown in the picker' });
    expect(within(path).getByText('data')).toHaveAttribute('aria-current', 'location');
  });

  it('follows a link to a project, and goes to the projects root', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await user.click(within(await grid()).getByText('catalog.csv'));
    await user.click(screen.getByRole('button', { name: 'Move' }));
    const dialog = await screen.findByRole('dialog');
    const folders = await within(dialog).findByRole('list', { name: 'Folders in jdoe' });
    await user.click(within(folders).getByRole('button', { name: 'survey-team' }));
    expect(await within(dialog).findByRole('list', { name: 'Folders in survey-team' })).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Destination folder' })).toHaveValue(
      '/projects/survey-team',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Projects' }));
    await waitFor(() => {
      expect(within(dialog).getByRole('textbox', { name: 'Destination folder' })).toHaveValue('/projects');
    });
    // cavern lists every project; one the user may not read (lensing-lab) is no destination.
    const projects = await within(dialog).findByRole('list', { name: 'Folders in projects' });
    expect(within(projects).getByRole('button', { name: 'survey-team' })).toBeInTheDocument();
    expect(within(projects).queryByRole('button', { name: 'lensing-lab' })).not.toBeInTheDocument();
  });

  it('does not offer a folder being moved as its own destination, and still takes a typed path', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await user.click(within(await grid()).getByText('data'));
    await user.click(screen.getByRole('button', { name: 'Move' }));
    const dialog = await screen.findByRole('dialog');
    const folders = await within(dialog).findByRole('list', { name: 'Folders in jdoe' });
    expect(within(folders).getByRole('button', { name: 'data' })).toBeDisabled();
    const typed = within(dialog).getByRole('textbox', { name: 'Destination folder' });
    await user.clear(typed);
    await user.type(typed, '/projects/survey-team/shared');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(await screen.findByText(/Moved 1 item\./, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/projects/survey-team/shared/data']?.kind).toBe('container');
  });
});

/** Another client's write to the fake cavern, behind the portal's back. */
function elsewhere(path: string, init: { method: string; body?: string }) {
  return fetch(`${window.location.origin}/arc${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${tokenFor('jdoe')}`, 'Content-Type': 'text/xml' },
  });
}

describe('moving only into a folder', () => {
  it('refuses a path where no folder is, rather than renaming the item to it, and keeps the dialog', async () => {
    const { user, dialog, typed, moveTo } = await openMove('notes.txt');
    await moveTo('/home/jdoe/results');
    expect(
      await within(dialog).findByText('No folder at /home/jdoe/results: choose an existing folder.'),
    ).toBeInTheDocument();
    expect(typed).toHaveValue('/home/jdoe/results');
    expect(getPlatform().storage.nodes['/home/jdoe/results']).toBeUndefined();
    expect(getPlatform().storage.nodes['/home/jdoe/notes.txt']?.kind).toBe('data');
    expect(Object.values(getPlatform().storage.jobs).filter((job) => job.kind === 'move')).toEqual([]);
    // Editing the path clears the refusal; a space pasted at the end is no part of the folder's name.
    await user.clear(typed);
    expect(within(dialog).queryByText(/^No folder at/)).not.toBeInTheDocument();
    await moveTo('/home/jdoe/data ');
    expect(await screen.findByText(/Moved 1 item\./, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/data/notes.txt']?.kind).toBe('data');
    expect(getPlatform().storage.nodes['/home/jdoe/data ']).toBeUndefined();
  });

  it('refuses a link picked in the picker whose folder is gone', async () => {
    const link = `<vos:node xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" uri="vos://cadc.nrc.ca~arc/home/jdoe/old-project" xsi:type="vos:LinkNode"><vos:properties/><vos:target>vos://cadc.nrc.ca~arc/projects/gone</vos:target></vos:node>`;
    expect((await elsewhere('/nodes/home/jdoe/old-project', { method: 'PUT', body: link })).status).toBe(201);
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await user.click(within(await grid()).getByText('catalog.csv'));
    await user.click(screen.getByRole('button', { name: 'Move' }));
    const dialog = await screen.findByRole('dialog');
    const folders = await within(dialog).findByRole('list', { name: 'Folders in jdoe' });
    await user.click(within(folders).getByRole('button', { name: 'old-project' }));
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(
      await within(dialog).findByText('No folder at /projects/gone: choose an existing folder.'),
    ).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/catalog.csv']?.kind).toBe('data');
    expect(getPlatform().storage.nodes['/projects/gone']).toBeUndefined();
  });

  it('asks before moving onto a name the folder already holds, and moves only the others when asked', async () => {
    // Someone else has a notes.txt in data.
    const clash = await elsewhere('/files/home/jdoe/data/notes.txt', { method: 'PUT', body: 'theirs' });
    expect(clash.status).toBe(201);
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['catalog.csv', 'notes.txt']);
    await user.click(screen.getByRole('button', { name: 'Move' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move 2 items' });
    // as a session's terminal shows the path
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Destination folder' }),
      '/arc/home/jdoe/data',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(
      '\u2068/home/jdoe/data\u2069 already holds something named “\u2068notes.txt\u2069”, which a move does not replace: rename one of the two, or choose another folder.',
    );
    expect(Object.values(getPlatform().storage.jobs).filter((job) => job.kind === 'move')).toEqual([]);

    await user.click(within(alert).getByRole('button', { name: 'Move the other item' }));
    expect(await screen.findByText(/Moved 1 item\./, {}, { timeout: 5000 })).toBeInTheDocument();
    const nodes = getPlatform().storage.nodes;
    expect(nodes['/home/jdoe/data/catalog.csv']?.kind).toBe('data');
    expect(nodes['/home/jdoe/notes.txt']?.length).toBe(1_840);
    expect(nodes['/home/jdoe/data/notes.txt']?.length).toBe(6);
  });

  it('names every clash, a few by name, in French', async () => {
    for (const name of ['catalog.csv', 'notes.txt', 'thumbnail.png', 'm31_deep.fits']) {
      const put = await elsewhere(`/files/home/jdoe/data/${name}`, { method: 'PUT', body: 'theirs' });
      expect(put.status).toBe(201);
    }
    const { user } = await renderApp({ route: '/storage/home/jdoe', language: 'fr' });
    await selectRows(user, ['catalog.csv', 'm31_deep.fits', 'notes.txt', 'thumbnail.png']);
    await user.click(screen.getByRole('button', { name: 'Déplacer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Déplacer 4 éléments' });
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Dossier de destination' }),
      '/home/jdoe/data',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Déplacer' }));
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 5000 });
    // the text itself: a matcher of text content would take the no-break spaces for plain ones
    expect(alert.textContent).toMatch(
      /^\u2068\/home\/jdoe\/data\u2069 contient déjà des éléments nommés «\u00a0\u2068[^\u2069]+\u2069\u00a0», «\u00a0\u2068[^\u2069]+\u2069\u00a0», «\u00a0\u2068[^\u2069]+\u2069\u00a0» et 1 autre, qu’un déplacement ne remplace pas\u00a0: /,
    );
    expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
  });

  it('sends only the items not moved yet when Move is pressed again after a failure', async () => {
    // the second item's transfer is refused
    failNext('storage', { status: 503, path: '/transfers', method: 'POST', skip: 1 });
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['catalog.csv', 'notes.txt']);
    await user.click(screen.getByRole('button', { name: 'Move' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move 2 items' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Destination folder' }), '/home/jdoe/data');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Storage service');
    expect(within(dialog).getByText('catalog.csv: Done')).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/data/catalog.csv']?.kind).toBe('data');
    expect(getPlatform().storage.nodes['/home/jdoe/notes.txt']?.kind).toBe('data');

    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(await screen.findByText(/Moved 2 items\./, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/data/notes.txt']?.length).toBe(1_840);
    const moves = Object.values(getPlatform().storage.jobs).filter((job) => job.kind === 'move');
    expect(moves.map((job) => [job.target, job.phase])).toEqual([
      ['/home/jdoe/catalog.csv', 'COMPLETED'],
      ['/home/jdoe/notes.txt', 'COMPLETED'],
    ]);
  });
});

describe('moving into a folder the user may not write in', () => {
  it('says so in words once the picker shows a typed folder, before anything is sent', async () => {
    // mchen shares a folder of her home with survey-team to read: jdoe may look in it, not write in it
    const nodes = getPlatform().storage.nodes;
    const home = nodes['/home/mchen'];
    if (!home) throw new Error('the fake platform has no /home/mchen');
    home.groupRead = ['ivo://cadc.nrc.ca/gms?survey-team'];
    nodes['/home/mchen/shared'] = { ...home, date: Date.now() };
    const { user, dialog, typed } = await openMove('notes.txt');
    const move = within(dialog).getByRole('button', { name: 'Move' });
    for (const [path, refusal] of [
      [
        '/home/mchen/shared',
        'You may read /home/mchen/shared but not write in it, so nothing can be moved into it: choose another folder.',
      ],
      [
        '/projects/lensing-lab',
        'You may not open /projects/lensing-lab, so nothing can be moved into it: choose another folder.',
      ],
    ] as const) {
      await user.clear(typed);
      await user.type(typed, path);
      expect(await within(dialog).findByText(refusal, {}, { timeout: 3000 })).toBeInTheDocument();
      expect(move).toBeDisabled();
    }
    await user.clear(typed);
    await user.type(typed, '/home/jdoe/data');
    expect(move).toBeEnabled();
    expect(within(dialog).queryByText(/so nothing can be moved into it/)).not.toBeInTheDocument();
    expect(Object.values(getPlatform().storage.jobs).filter((job) => job.kind === 'move')).toEqual([]);
  });

  it('turns cavern’s 403 into words under the field, and drops it when the destination changes', async () => {
    const { user, dialog, typed, moveTo } = await openMove('notes.txt');
    // sent before the picker has shown the folder: cavern refuses to read inside it
    await moveTo('/projects/lensing-lab/shared');
    expect(
      await within(dialog).findByText(
        'You may not open /projects/lensing-lab/shared, so nothing can be moved into it: choose another folder.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(typed).toHaveAccessibleDescription(expect.stringContaining('You may not open'));
    await user.type(typed, '/');
    expect(within(dialog).queryByText(/You may not open/)).not.toBeInTheDocument();
    expect(Object.values(getPlatform().storage.jobs).filter((job) => job.kind === 'move')).toEqual([]);
    expect(getPlatform().storage.nodes['/home/jdoe/notes.txt']?.kind).toBe('data');
  });

  it('drops any earlier failure once another destination is chosen', async () => {
    failNext('storage', { status: 503, path: '/transfers', method: 'POST' });
    const { user, dialog, typed, moveTo } = await openMove('notes.txt');
    await moveTo('/home/jdoe/data');
    expect(await within(dialog).findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Storage service',
    );
    await user.clear(typed);
    await user.type(typed, '/home/jdoe/survey-team');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('moving a folder where cavern would refuse it', () => {
  it('greys out, and refuses typed, a folder whose path contains the moved folder’s', async () => {
    const folder = `<vos:node xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" uri="vos://cadc.nrc.ca~arc/home/jdoe/data2" xsi:type="vos:ContainerNode"><vos:properties/><vos:nodes/></vos:node>`;
    expect((await elsewhere('/nodes/home/jdoe/data2', { method: 'PUT', body: folder })).status).toBe(201);
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await user.click(within(await grid()).getByText('data'));
    await user.click(screen.getByRole('button', { name: 'Move' }));
    const dialog = await screen.findByRole('dialog');
    const folders = await within(dialog).findByRole('list', { name: 'Folders in jdoe' });
    expect(within(folders).getByRole('button', { name: 'data2' })).toBeDisabled();
    expect(within(folders).getByRole('button', { name: 'survey-team' })).toBeEnabled();
    expect(
      within(dialog).getByText(
        'Greyed-out folders cannot take the folders being moved: the storage service refuses a folder whose path contains theirs.',
      ),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Destination folder' }), '/home/jdoe/data2');
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(
      within(dialog).getByText(
        'A folder cannot be moved into itself, nor into a folder whose path contains its own: the storage service refuses it.',
      ),
    ).toBeInTheDocument();
    expect(Object.values(getPlatform().storage.jobs).filter((job) => job.kind === 'move')).toEqual([]);
  });
});
