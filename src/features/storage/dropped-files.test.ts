// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  filesFromEvent,
  foldersFor,
  pickedFile,
  readDroppedEntries,
  takeDroppedFolders,
} from './dropped-files';

// Just enough of the File and Directory Entries API, as Chromium hands it over on a drop.
function fileEntry(name: string, content = 'x'): FileSystemFileEntry {
  const entry = {
    name,
    isFile: true,
    isDirectory: false,
    file: (resolve: (file: File) => void) => {
      resolve(new File([content], name));
    },
  };
  return entry as unknown as FileSystemFileEntry;
}

function folderEntry(name: string, children: FileSystemEntry[], batchSize = 2): FileSystemDirectoryEntry {
  const entry = {
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let offset = 0;
      return {
        // answers in batches, then an empty batch, as readEntries does
        readEntries: (resolve: (batch: FileSystemEntry[]) => void) => {
          const batch = children.slice(offset, offset + batchSize);
          offset += batch.length;
          resolve(batch);
        },
      };
    },
  };
  return entry as unknown as FileSystemDirectoryEntry;
}

describe('a dropped folder', () => {
  it('yields every file with its path inside the folder, across reader batches, and every folder', async () => {
    const dropped = folderEntry('raw', [
      fileEntry('a.fits'),
      fileEntry('b.fits'),
      fileEntry('c.fits'),
      folderEntry('night-2', [fileEntry('d.fits')]),
      folderEntry('empty', []),
    ]);
    const { files, folders } = await readDroppedEntries([dropped, fileEntry('notes.txt')]);
    expect(files.map((file) => pickedFile(file).relativePath)).toEqual([
      'raw/a.fits',
      'raw/b.fits',
      'raw/c.fits',
      'raw/night-2/d.fits',
      'notes.txt',
    ]);
    expect(folders).toEqual(['raw', 'raw/night-2', 'raw/empty']);
  });

  it('creates parents before children, empty folders included', () => {
    const picked = [new File(['x'], 'd.fits')].map((file) => ({ file, relativePath: 'raw/night-2/d.fits' }));
    expect(foldersFor(picked, ['raw/empty'])).toEqual(['raw', 'raw/empty', 'raw/night-2']);
  });
});

/** The browser's DataTransfer, as far as a drop reads it (this environment has none of its own). */
class FakeTransfer {
  constructor(
    readonly items: { kind: string; webkitGetAsEntry: () => FileSystemEntry | null }[],
    readonly files: File[] = [],
  ) {}
}

describe('files from a drop on the zone', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  // react-dropzone passes React's synthetic event: a plain object holding the browser's DataTransfer.
  const synthetic = (type: string, dataTransfer: unknown) => ({ type, dataTransfer, target: null });

  it('walks the dropped folders, remembering every folder for the drop handler', async () => {
    vi.stubGlobal('DataTransfer', FakeTransfer);
    const transfer = new FakeTransfer([
      {
        kind: 'file',
        webkitGetAsEntry: () => folderEntry('raw', [fileEntry('a.fits'), folderEntry('empty', [])]),
      },
      { kind: 'string', webkitGetAsEntry: () => null },
    ]);
    const files = await filesFromEvent(synthetic('drop', transfer));
    expect(files.map((file) => file instanceof File && pickedFile(file).relativePath)).toEqual([
      'raw/a.fits',
    ]);
    expect(takeDroppedFolders()).toEqual(['raw', 'raw/empty']);
    expect(takeDroppedFolders()).toEqual([]);
  });

  it('keeps the folders of a drop that holds no file, and never gives one drop’s folders to the next', async () => {
    vi.stubGlobal('DataTransfer', FakeTransfer);
    const onlyFolders = new FakeTransfer([
      { kind: 'file', webkitGetAsEntry: () => folderEntry('proposal-2027', [folderEntry('figures', [])]) },
    ]);
    expect(await filesFromEvent(synthetic('drop', onlyFolders))).toEqual([]);
    expect(takeDroppedFolders()).toEqual(['proposal-2027', 'proposal-2027/figures']);
    // A drop whose handler never ran (the zone left the page meanwhile): the next drop creates none of its folders.
    await filesFromEvent(synthetic('drop', onlyFolders));
    const file = new File(['x'], 'notes.txt');
    // files without entries, as some sources drop them
    const plain = new FakeTransfer([{ kind: 'file', webkitGetAsEntry: () => null }], [file]);
    const names = (await filesFromEvent(synthetic('drop', plain))).map(
      (dropped) => dropped instanceof File && dropped.name,
    );
    expect(names).toEqual(['notes.txt']);
    expect(takeDroppedFolders()).toEqual([]);
  });

  it('takes the plain files where the items have no entries, and only the kinds while dragging', async () => {
    vi.stubGlobal('DataTransfer', FakeTransfer);
    const file = new File(['x'], 'notes.txt');
    const transfer = new FakeTransfer([{ kind: 'file', webkitGetAsEntry: () => null }], [file]);
    expect(await filesFromEvent(synthetic('drop', transfer))).toEqual([file]);
    expect(await filesFromEvent(synthetic('dragenter', transfer))).toEqual(transfer.items);
  });

  it('takes a file input’s files, and finds none in an event without a drag’s data', async () => {
    vi.stubGlobal('DataTransfer', FakeTransfer);
    class FakeInput {
      files = [new File(['x'], 'picked.txt')];
    }
    vi.stubGlobal('HTMLInputElement', FakeInput);
    const input = new FakeInput();
    expect(await filesFromEvent({ type: 'change', target: input })).toEqual(input.files);
    expect(await filesFromEvent(synthetic('drop', { items: [], files: [] }))).toEqual([]);
    expect(await filesFromEvent([])).toEqual([]);
  });
});
