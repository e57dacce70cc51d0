import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addStorageNode, failNext, getPlatform, tokenFor } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { grid, selectRows } from '@/test/storage-grid';

// The route module loads lazily; the first test also pays for transforming it.
const rowNames = (element: HTMLElement) =>
  within(element)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell')[0]?.textContent);

describe('the storage page', () => {
  it('opens the home folder, folders first and sorted by name, hidden files hidden', async () => {
    const { router } = await renderApp({ route: '/storage' });
    const table = await grid();
    expect(router.state.location.pathname).toBe('/storage/home/jdoe');
    expect(rowNames(table)).toEqual([
      'data',
      'survey-team',
      'catalog.csv',
      'm31_deep.fits',
      'notes.txt',
      'thumbnail.png',
    ]);
    expect(screen.getByText('Space used in /home/jdoe')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Space used in /home/jdoe' })).toBeInTheDocument();
  });

  it('names every folder of the path whole in its crumb’s title, the crumb being cut where the name is long', async () => {
    await renderApp({ route: '/storage/home/jdoe/data/raw' });
    await grid();
    const crumbs = within(screen.getByRole('navigation', { name: 'Folder path' }));
    expect(crumbs.getByRole('link', { name: 'data' })).toHaveAttribute('title', 'data');
    expect(crumbs.getByText('raw').closest('[aria-current="page"]')).toHaveAttribute('title', 'raw');
  });

  it('says a folder holds only hidden items, and shows them from there, rather than "nothing matches “”"', async () => {
    addStorageNode('/home/jdoe/dots', 'container');
    addStorageNode('/home/jdoe/dots/.bashrc', 'data');
    addStorageNode('/home/jdoe/dots/.profile', 'data');
    const { user, router } = await renderApp({ route: '/storage/home/jdoe/dots' });
    expect(
      await screen.findByText(/^This folder holds only hidden items \(2\)\./, {}, { timeout: 8_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/matches/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show hidden files' }));
    expect(rowNames(await grid())).toEqual(['.bashrc', '.profile']);
    expect(router.state.location.search).toBe('?hidden=1');
  });

  it('keeps sort, filter and hidden files in the address', async () => {
    const { user, router } = await renderApp({ route: '/storage/home/jdoe' });
    await grid();
    await user.click(screen.getByRole('button', { name: 'Sort by Size' }));
    expect(router.state.location.search).toBe('?sort=size');
    await user.click(screen.getByRole('button', { name: 'Sort by Size' }));
    expect(router.state.location.search).toBe('?sort=size&dir=desc');
    expect(rowNames(await grid())[2]).toBe('m31_deep.fits');
    // With nothing typed, the count says what the hidden files account for.
    expect(screen.getByText('6 items (1 hidden)')).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'Show hidden files' }));
    expect(screen.getByText('7 items')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Filter by name' }), 'bash');
    await waitFor(async () => {
      expect(rowNames(await grid())).toEqual(['.bashrc']);
    });
    // The address follows the filter once typing pauses.
    await waitFor(() => {
      expect(router.state.location.search).toBe('?sort=size&dir=desc&hidden=1&q=bash');
    });
  });

  it('moves the cursor with the keyboard, selects with Space and opens a folder with Enter', async () => {
    const { user, router } = await renderApp({ route: '/storage/home/jdoe' });
    const table = await grid();
    table.focus();
    await user.keyboard('{ArrowDown}{ArrowDown} ');
    const rows = within(table).getAllByRole('row');
    expect(rows[3]).toHaveAttribute('aria-selected', 'true');
    expect(table).toHaveAttribute('aria-activedescendant', rows[3]?.id);
    expect(screen.getByText(/1 selected/)).toBeInTheDocument();
    await user.keyboard('{Home}{Enter}');
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/storage/home/jdoe/data');
    });
    expect(await screen.findByRole('link', { name: 'jdoe' })).toBeInTheDocument();
    // Inside a folder the space shown is still the whole home's.
    expect(await screen.findByRole('progressbar', { name: 'Space used in /home/jdoe' })).toBeInTheDocument();
  });

  it('selects a range with shift-click and all rows with Ctrl+A', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    const table = await grid();
    await user.click(within(table).getByText('catalog.csv'));
    await user.keyboard('{Shift>}');
    await user.click(within(table).getByText('notes.txt'));
    await user.keyboard('{/Shift}');
    expect(screen.getByText(/3 selected/)).toBeInTheDocument();
    table.focus();
    await user.keyboard('{Control>}a{/Control}');
    expect(screen.getByText(/6 selected/)).toBeInTheDocument();
  });

  it('asks before deleting files, and speaks of folders only when folders are chosen', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['catalog.csv', 'notes.txt']);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 items?' });
    expect(await within(dialog).findByText('This deletes 2 items for good.')).toBeInTheDocument();
    expect(within(dialog).queryByText(/inside the selected folders/)).not.toBeInTheDocument();
  });

  it('renames with the base name selected, so typing keeps the file’s type', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await user.click(within(await grid()).getByText('notes.txt'));
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const dialog = await screen.findByRole('dialog', { name: /^Rename / });
    const field = within(dialog).getByRole('textbox', { name: 'New name' });
    await waitFor(() => {
      expect(field).toHaveFocus();
    });
    await user.keyboard('observing-notes');
    expect(field).toHaveValue('observing-notes.txt');
    // Another item's name is refused; the file's own is not a clash.
    await user.clear(field);
    await user.type(field, 'catalog.csv');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(within(dialog).getByText('Something named “catalog.csv” is already here.')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, 'notes.txt');
    expect(within(dialog).queryByText(/is already here/)).not.toBeInTheDocument();
    // its own name is no rename: Rename waits for a change, as it did when the dialog opened
    const rename = within(dialog).getByRole('button', { name: 'Rename' });
    expect(rename).toBeDisabled();
    await user.type(field, '2');
    expect(rename).toBeEnabled();
  });

  it('shows, on a phone, each item’s day under its size: no Modified column, no fact lost', async () => {
    // jsdom answers no media query: the list is laid out as on a narrow screen
    await renderApp({ route: '/storage/home/jdoe' });
    const table = await grid();
    expect(within(table).queryByRole('columnheader', { name: /Modified/ })).not.toBeInTheDocument();
    const notes = within(table)
      .getAllByRole('row')
      .find((row) => within(row).queryAllByRole('gridcell')[0]?.textContent === 'notes.txt');
    const size = notes ? within(notes).getAllByRole('gridcell')[1] : undefined;
    expect(size?.textContent).toMatch(/^[\d.,]+ (bytes|kB|KB)Modified [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  });

  it('selects what a rename or a new folder made, so the next keys act on it and not on the row in its old place', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    const table = await grid();
    const rowNamed = (name: string) =>
      within(table)
        .getAllByRole('row')
        .find((row) => within(row).queryAllByRole('gridcell')[0]?.textContent === name);
    await user.click(within(table).getByText('notes.txt'));
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const dialog = await screen.findByRole('dialog', { name: /^Rename / });
    const field = within(dialog).getByRole('textbox', { name: 'New name' });
    await user.clear(field);
    await user.type(field, 'a-notes.txt{Enter}');
    await waitFor(() => {
      expect(rowNamed('a-notes.txt')).toHaveAttribute('aria-selected', 'true');
    });
    expect(table).toHaveAttribute('aria-activedescendant', rowNamed('a-notes.txt')?.id);
    expect(screen.getByText(/1 selected/)).toBeInTheDocument();
    // focus is on the list, so the next key acts on the renamed row
    await waitFor(() => {
      expect(table).toHaveFocus();
    });
    await user.keyboard('{Delete}');
    expect(
      await screen.findByRole('dialog', { name: 'Delete \u2068a-notes.txt\u2069?' }),
    ).toBeInTheDocument();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'New folder' }));
    const create = await screen.findByRole('dialog', { name: /^New folder/ });
    await user.type(within(create).getByRole('textbox'), 'reduced{Enter}');
    await waitFor(() => {
      expect(rowNamed('reduced')).toHaveAttribute('aria-selected', 'true');
    });
    expect(rowNamed('a-notes.txt')).toHaveAttribute('aria-selected', 'false');
    await waitFor(() => {
      expect(table).toHaveFocus();
    });
    expect(table).toHaveAttribute('aria-activedescendant', rowNamed('reduced')?.id);
  });

  it('starts a Shift range from the file just previewed, and keeps the cursor on its file through a sort', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    const table = await grid();
    await user.dblClick(within(table).getByText('notes.txt'));
    await user.keyboard('{Escape}');
    await user.keyboard('{Shift>}');
    await user.click(within(table).getByText('thumbnail.png'));
    await user.keyboard('{/Shift}');
    expect(screen.getByText(/2 selected/)).toBeInTheDocument();

    // catalog.csv chosen by keyboard, then the rows sorted by size: Enter still opens catalog.csv
    await user.click(within(table).getByText('catalog.csv'));
    await user.click(screen.getByRole('button', { name: 'Sort by Size' }));
    expect(rowNames(await grid())[2]).not.toBe('catalog.csv');
    table.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: /^Preview of .*catalog\.csv/ })).toBeInTheDocument();
  });

  it('coming back up from a folder, marks that folder: the row selected and active, as the user left it', async () => {
    const { user, router } = await renderApp({ route: '/storage/home/jdoe' });
    await user.dblClick(within(await grid()).getByText('data'));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/storage/home/jdoe/data');
    });
    await grid();
    await act(() => router.navigate(-1));
    const table = await grid();
    const dataRow = () =>
      within(table)
        .getAllByRole('row')
        .find((row) => within(row).queryAllByRole('gridcell')[0]?.textContent === 'data');
    await waitFor(() => {
      expect(dataRow()).toHaveAttribute('aria-selected', 'true');
    });
    expect(screen.getByText(/1 selected/)).toBeInTheDocument();
    // going down marks nothing: only the way back up is remembered
    await user.dblClick(within(table).getByText('data'));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/storage/home/jdoe/data');
    });
    expect(screen.queryByText(/selected/)).not.toBeInTheDocument();
  });

  it('follows a link node to its target', async () => {
    const { user, router } = await renderApp({ route: '/storage/home/jdoe' });
    const table = await grid();
    await user.dblClick(within(table).getByText('survey-team'));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/storage/projects/survey-team');
    });
    expect(await screen.findByText('README.md')).toBeInTheDocument();
  });

  it('creates a folder and refuses a name already taken', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await grid();
    await user.click(screen.getByRole('button', { name: 'New folder' }));
    const dialog = await screen.findByRole('dialog');
    const input = within(dialog).getByRole('textbox', { name: 'Folder name' });
    await user.type(input, 'data');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(within(dialog).getByText('Something named “data” is already here.')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, 'results');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(await grid()).findByText('results')).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/results']?.kind).toBe('container');
  });

  it('names the storage service when the listing fails, and retries', async () => {
    failNext('storage', { status: 503, body: 'ServiceBusy: try later\n', path: '/nodes/home/jdoe/data' });
    const { user } = await renderApp({ route: '/storage/home/jdoe/data' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('503: ServiceBusy: try later');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('raw')).toBeInTheDocument();
  });

  it('names the storage service when the listing is XML but not a VOSpace node', async () => {
    failNext('storage', {
      status: 200,
      body: '<vos:node xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" uri="file:///tmp"/>',
      path: '/nodes/home/jdoe/data',
    });
    await renderApp({ route: '/storage/home/jdoe/data' });
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('Storage service: something went wrong');
    expect(alert).toHaveTextContent(
      'Storage service sent an answer the portal does not understand (a node without a vos URI: "file:///tmp").',
    );
  });

  it('speaks French', async () => {
    await renderApp({ route: '/storage/home/jdoe', language: 'fr' });
    expect(await screen.findByRole('grid', { name: 'Contenu de jdoe' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Trier par Taille' })).toBeInTheDocument();
    expect(screen.getByText(/Utilisé\s:\s20\sGo sur 100\sGo/)).toBeInTheDocument();
  });
});

describe('renaming', () => {
  it('refuses a name a folder has taken since the listing, rather than moving the item into it', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await user.click(within(await grid()).getByText('notes.txt'));
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const dialog = await screen.findByRole('dialog', { name: /^Rename / });
    // Someone else makes a folder named results; the listing the dialog checks against does not have it.
    const made = await fetch(`${window.location.origin}/arc/nodes/home/jdoe/results`, {
      method: 'PUT',
      body: `<vos:node xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" uri="vos://cadc.nrc.ca~arc/home/jdoe/results" xsi:type="vos:ContainerNode"><vos:properties/><vos:nodes/></vos:node>`,
      headers: { Authorization: `Bearer ${tokenFor('jdoe')}`, 'Content-Type': 'text/xml' },
    });
    expect(made.status).toBe(201);
    const field = within(dialog).getByRole('textbox', { name: 'New name' });
    await user.clear(field);
    await user.type(field, 'results');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await within(dialog).findByText('Something named “results” is already here.')).toBeInTheDocument();
    expect(getPlatform().storage.nodes['/home/jdoe/notes.txt']?.kind).toBe('data');
    expect(getPlatform().storage.nodes['/home/jdoe/results/notes.txt']).toBeUndefined();
    expect(Object.values(getPlatform().storage.jobs).filter((job) => job.kind === 'move')).toEqual([]);
  });
});
