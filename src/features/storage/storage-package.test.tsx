import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPlatform, resetFakePlatform } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { grid, selectRows } from '@/test/storage-grid';

const packages = () => screen.getByRole('region', { name: 'Downloads' });

/** What the page hands the browser to save: the anchor's name and the Blob behind its object URL. */
const saved: { name: string; blob: Blob | undefined }[] = [];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  saved.length = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
    const url = `blob:portal/${blobs.size}`;
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href) });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('downloading one file', () => {
  it('says it starts, then that it is done, not a start long over', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['notes.txt']);
    await user.click(screen.getByRole('button', { name: 'Download' }));
    // the line under the toolbar ends with what happened last
    expect(await screen.findByText(/ · Downloaded \u2068notes\.txt\u2069\.$/)).toBeInTheDocument();
    expect(screen.queryByText(/Starting the download/)).not.toBeInTheDocument();
    expect(saved.map((file) => file.name)).toEqual(['notes.txt']);
  });
});

describe('downloading several items as one package', () => {
  it('keeps Download for one file, and offers ZIP and tar for several items or a folder', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['notes.txt']);
    expect(screen.getByRole('button', { name: 'Download' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Download as ZIP' })).not.toBeInTheDocument();
    await selectRows(user, ['data']);
    expect(screen.getByRole('button', { name: 'Download as ZIP' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'More download formats' }));
    expect(await screen.findByRole('menuitem', { name: 'Download as tar' })).toBeInTheDocument();
  });

  it('downloads two files and a folder as one ZIP, kept in memory in a browser without a save dialog', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['catalog.csv', 'notes.txt', 'data']);
    await user.click(screen.getByRole('button', { name: 'Download as ZIP' }));
    const panel = packages();
    expect(await within(panel).findByText(/^Saved · /)).toBeInTheDocument();
    expect(within(panel).getByText('3 items selected.')).toBeInTheDocument();
    // named after the folder shown and the count, in the panel as in the browser's downloads
    expect(within(panel).getByText('jdoe-3-items.zip')).toBeInTheDocument();
    const [file] = saved;
    expect(file?.name).toBe('jdoe-3-items.zip');
    const entries = unzipSync(new Uint8Array((await file?.blob?.arrayBuffer()) ?? new ArrayBuffer(0)));
    expect(Object.keys(entries)).toEqual(
      expect.arrayContaining(['catalog.csv', 'notes.txt', 'data/', 'data/raw/exposure-1.fits']),
    );
    const job = Object.values(getPlatform().storage.jobs).find((candidate) => candidate.kind === 'package');
    // In the order of the rows: folders first.
    expect(job?.targets).toEqual(['/home/jdoe/data', '/home/jdoe/catalog.csv', '/home/jdoe/notes.txt']);
  });

  it('downloads the files one by one where the service makes no packages', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe', scenario: 'storage-no-packages' });
    await selectRows(user, ['catalog.csv', 'notes.txt']);
    await user.click(screen.getByRole('button', { name: 'Download as ZIP' }));
    expect(await within(packages()).findByText('2 files downloaded one by one')).toBeInTheDocument();
    expect(saved.map((file) => file.name)).toEqual(['catalog.csv', 'notes.txt']);
  });

  it('leaves a file too large to hold in memory to its own Save button where the service makes no packages', async () => {
    resetFakePlatform('storage-no-packages');
    const node = getPlatform().storage.nodes['/home/jdoe/m31_deep.fits'];
    if (node) node.length = 3 * 1024 ** 3;
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['catalog.csv', 'm31_deep.fits']);
    await user.click(screen.getByRole('button', { name: 'Download as ZIP' }));
    // as a package, more than 2 GiB asks first
    const question = await screen.findByRole('dialog', { name: 'Download a large package?' });
    await user.click(within(question).getByRole('button', { name: 'Download anyway' }));
    const panel = packages();
    expect(await within(panel).findByText('1 file downloaded one by one')).toBeInTheDocument();
    expect(
      within(panel).getByText(/^3(\.\d)? GB: too large to download with the others\. Save it on its own\.$/),
    ).toBeInTheDocument();
    // no save dialog in this browser: what Save will do is said before it is pressed
    expect(within(panel).getByText(/This browser keeps the whole file in memory/)).toBeInTheDocument();
    expect(saved.map((file) => file.name)).toEqual(['catalog.csv']);

    if (node) node.length = 2880;
    await user.click(within(panel).getByRole('button', { name: 'Save m31_deep.fits' }));
    expect(await within(panel).findByText('Saved · 2.8 kB')).toBeInTheDocument();
    expect(saved.map((file) => file.name)).toEqual(['catalog.csv', 'm31_deep.fits']);
  });

  it('says a folder cannot be downloaded where the service makes no packages', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe', scenario: 'storage-no-packages' });
    await selectRows(user, ['data']);
    await user.click(screen.getByRole('button', { name: 'Download as ZIP' }));
    expect(await within(packages()).findByRole('alert')).toHaveTextContent(
      'This storage service does not make packages, so folders cannot be downloaded.',
    );
    expect(saved).toEqual([]);
  });

  it('once the service has refused a package, offers the files one by one and refuses folders before the click', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe', scenario: 'storage-no-packages' });
    await selectRows(user, ['catalog.csv', 'notes.txt']);
    await user.click(screen.getByRole('button', { name: 'Download as ZIP' }));
    expect(await within(packages()).findByText('2 files, one by one')).toBeInTheDocument();
    await within(packages()).findByText('2 files downloaded one by one');

    await selectRows(user, ['catalog.csv', 'notes.txt', 'thumbnail.png']);
    expect(screen.queryByRole('button', { name: 'Download as ZIP' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'More download formats' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download 3 files' }));
    await waitFor(() => {
      expect(saved.map((file) => file.name)).toEqual([
        'catalog.csv',
        'notes.txt',
        'catalog.csv',
        'notes.txt',
        'thumbnail.png',
      ]);
    });

    await selectRows(user, ['data', 'notes.txt']);
    const download = screen.getByRole('button', { name: 'Download' });
    expect(download).toBeDisabled();
    expect(download).toHaveAccessibleDescription(
      'This storage service does not make packages: select files only, and they download one by one. Folders cannot be downloaded.',
    );
  });

  it('says so in French', async () => {
    const { user } = await renderApp({
      route: '/storage/home/jdoe',
      scenario: 'storage-no-packages',
      language: 'fr',
    });
    await selectRows(user, ['catalog.csv', 'notes.txt']);
    await user.click(screen.getByRole('button', { name: 'Télécharger en ZIP' }));
    expect(await screen.findByText('2 fichiers, un par un')).toBeInTheDocument();
    await selectRows(user, ['catalog.csv', 'notes.txt', 'thumbnail.png']);
    expect(screen.getByRole('button', { name: 'Télécharger 3 fichiers' })).toBeEnabled();
    await selectRows(user, ['data']);
    expect(screen.getByRole('button', { name: 'Télécharger' })).toHaveAccessibleDescription(
      /^Ce service de stockage ne crée pas de paquets\u00a0: sélectionnez seulement des fichiers/,
    );
  });

  it('deletes the empty ZIP the save dialog made when the first package is refused, and asks no save dialog again', async () => {
    const remove = vi.fn(() => Promise.resolve());
    const showSaveFilePicker = vi.fn((options: { suggestedName: string }) =>
      Promise.resolve({ name: options.suggestedName, remove }),
    );
    Object.assign(window, { showSaveFilePicker });
    try {
      const { user } = await renderApp({ route: '/storage/home/jdoe', scenario: 'storage-no-packages' });
      await selectRows(user, ['catalog.csv', 'notes.txt']);
      await user.click(screen.getByRole('button', { name: 'Download as ZIP' }));
      const panel = packages();
      expect(
        await within(panel).findByText(
          'Nothing came to save in \u2068jdoe-2-items.zip\u2069, so the empty file the save dialog created for it was deleted.',
        ),
      ).toBeInTheDocument();
      expect(remove).toHaveBeenCalledTimes(1);
      expect(await within(panel).findByText('2 files downloaded one by one')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Download 2 files' }));
      await waitFor(() => {
        expect(saved).toHaveLength(4);
      });
      expect(showSaveFilePicker).toHaveBeenCalledTimes(1);
    } finally {
      Reflect.deleteProperty(window, 'showSaveFilePicker');
    }
  });

  it('says the empty ZIP is left where the browser cannot delete it', async () => {
    const showSaveFilePicker = vi.fn((options: { suggestedName: string }) =>
      Promise.resolve({ name: options.suggestedName }),
    );
    Object.assign(window, { showSaveFilePicker });
    try {
      const { user } = await renderApp({ route: '/storage/home/jdoe', scenario: 'storage-no-packages' });
      await selectRows(user, ['data']);
      await user.click(screen.getByRole('button', { name: 'Download as ZIP' }));
      expect(
        await within(packages()).findByText(
          'Nothing came to save in \u2068data.zip\u2069: the save dialog created it empty, and this browser cannot delete it. Delete it yourself.',
        ),
      ).toBeInTheDocument();
      expect(within(packages()).getByRole('alert')).toHaveTextContent(/folders cannot be downloaded/);
    } finally {
      Reflect.deleteProperty(window, 'showSaveFilePicker');
    }
  });

  it('names the package after the one item, or the folder shown and how many items, in the save dialog', async () => {
    const showSaveFilePicker = vi.fn((_options: { suggestedName: string }) =>
      Promise.reject(new DOMException('The user aborted a request.', 'AbortError')),
    );
    Object.assign(window, { showSaveFilePicker });
    const suggested = () => showSaveFilePicker.mock.calls.map(([options]) => options.suggestedName);
    try {
      const { user } = await renderApp({ route: '/storage/home/jdoe' });
      await selectRows(user, ['data']);
      await user.click(screen.getByRole('button', { name: 'Download as ZIP' }));
      await selectRows(user, ['catalog.csv', 'notes.txt', 'data']);
      await user.click(screen.getByRole('button', { name: 'Download as ZIP' }));
      await user.click(screen.getByRole('button', { name: 'More download formats' }));
      await user.click(await screen.findByRole('menuitem', { name: 'Download as tar' }));
      await waitFor(() => {
        expect(suggested()).toEqual(['data.zip', 'jdoe-3-items.zip', 'jdoe-3-items.tar']);
      });
      // the dialog was closed each time: nothing was asked of the service
      expect(screen.queryByRole('region', { name: 'Downloads' })).not.toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(window, 'showSaveFilePicker');
    }
  });

  it('names a package of several items in French with plain letters, safe in any file system', async () => {
    const { user } = await renderApp({ route: '/storage/home/jdoe/data', language: 'fr' });
    await selectRows(user, ['raw', 'm101.fits']);
    await user.click(screen.getByRole('button', { name: 'Télécharger en ZIP' }));
    const panel = screen.getByRole('region', { name: 'Téléchargements' });
    expect(await within(panel).findByText(/^Enregistré · /)).toBeInTheDocument();
    expect(within(panel).getByText('data-2-elements.zip')).toBeInTheDocument();
    expect(saved.map((file) => file.name)).toEqual(['data-2-elements.zip']);
  });

  it('asks first before holding more than 2 GiB in memory', async () => {
    const file = getPlatform().storage.nodes['/home/jdoe/data/m101.fits'];
    if (file) file.length = 3 * 1024 ** 3;
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['data', 'notes.txt']);
    await user.click(screen.getByRole('button', { name: 'Download as ZIP' }));
    const dialog = await screen.findByRole('dialog', { name: 'Download a large package?' });
    expect(dialog).toHaveTextContent('The selection holds about 3 GB.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Downloads' })).not.toBeInTheDocument();
  });

  it('puts focus back on the formats button when the question came from its menu, whose item is gone', async () => {
    const file = getPlatform().storage.nodes['/home/jdoe/data/m101.fits'];
    if (file) file.length = 3 * 1024 ** 3;
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['data', 'notes.txt']);
    const formats = screen.getByRole('button', { name: 'More download formats' });
    await user.click(formats);
    await user.click(await screen.findByRole('menuitem', { name: 'Download as tar' }));
    const dialog = await screen.findByRole('dialog', { name: 'Download a large package?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(formats).toHaveFocus();
    });
  });

  it('packages what the large-package question was about, though the selection changed while it was open', async () => {
    const file = getPlatform().storage.nodes['/home/jdoe/data/m101.fits'];
    const length = file?.length;
    if (file) file.length = 3 * 1024 ** 3;
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['data', 'notes.txt']);
    await user.click(screen.getByRole('button', { name: 'Download as ZIP' }));
    const dialog = await screen.findByRole('dialog', { name: 'Download a large package?' });
    // The listing said 3 GB; the stored file is small again, so the package is quick to make.
    if (file) file.length = length;
    // A click on a row behind the dialog: the selection is now catalog.csv alone.
    fireEvent.click(within(await grid()).getByText('catalog.csv'));
    expect(screen.getByText(/· 1 selected$/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Download anyway' }));
    expect(await within(packages()).findByText(/^Saved · /)).toBeInTheDocument();
    const job = Object.values(getPlatform().storage.jobs).find((candidate) => candidate.kind === 'package');
    expect(job?.targets).toEqual(['/home/jdoe/data', '/home/jdoe/notes.txt']);
  });
});

describe('downloading one file over 50 MB', () => {
  const M31 = '/home/jdoe/m31_deep.fits';

  /** Makes the stored file small once the listing has shown its real size, so the test moves few bytes. */
  function shrinkAfterListing() {
    const node = getPlatform().storage.nodes[M31];
    if (node) node.length = 2880;
  }

  it('goes to the downloads panel with its size, streamed into the file picked, and no link is clicked', async () => {
    const written: number[] = [];
    const showSaveFilePicker = vi.fn((options: { suggestedName: string }) =>
      Promise.resolve({
        name: options.suggestedName,
        createWritable: () =>
          Promise.resolve(
            new WritableStream<Uint8Array>({
              write(chunk) {
                written.push(chunk.byteLength);
              },
            }),
          ),
      }),
    );
    Object.assign(window, { showSaveFilePicker });
    try {
      const { user } = await renderApp({ route: '/storage/home/jdoe' });
      await selectRows(user, ['m31_deep.fits']);
      shrinkAfterListing();
      await user.click(screen.getByRole('button', { name: 'Download' }));
      const panel = packages();
      expect(within(panel).getByText('m31_deep.fits')).toBeInTheDocument();
      expect(await within(panel).findByText('Saved · 2.8 kB')).toBeInTheDocument();
      expect(showSaveFilePicker).toHaveBeenCalledWith({ suggestedName: 'm31_deep.fits' });
      expect(written.reduce((total, bytes) => total + bytes, 0)).toBe(2880);
      expect(within(panel).queryByText(/selected\.$/)).not.toBeInTheDocument();
      expect(saved).toEqual([]);
    } finally {
      Reflect.deleteProperty(window, 'showSaveFilePicker');
    }
  });

  it('asks before holding more than 2 GiB of one file in memory, and saves it on Download anyway', async () => {
    const node = getPlatform().storage.nodes[M31];
    if (node) node.length = 3 * 1024 ** 3;
    const { user } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['m31_deep.fits']);
    await user.click(screen.getByRole('button', { name: 'Download' }));
    const dialog = await screen.findByRole('dialog', { name: 'Download a large file?' });
    expect(dialog).toHaveTextContent(
      /^.*This file holds 3(\.\d)? GB\. This browser keeps the whole file in memory/,
    );
    shrinkAfterListing();
    await user.click(within(dialog).getByRole('button', { name: 'Download anyway' }));
    expect(await within(packages()).findByText('Saved · 2.8 kB')).toBeInTheDocument();
    expect(saved.map((file) => [file.name, file.blob?.size])).toEqual([['m31_deep.fits', 2880]]);
  });
});
