// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { foldersFor, pickedFile, readDroppedEntries } from './dropped-files';

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
