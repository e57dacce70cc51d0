import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { isApiError } from '@/api/http/api-error';
import { STREAMED_DOWNLOAD_BYTES } from '@/api/storage/download';
import { failNext, getPlatform, resetFakePlatform, tokenFor } from '@/test/fake-platform';
import { createTestApi } from '@/test/test-api';
import { FoldersNeedPackagesError, PackageDownloads, type PackageEntry } from './package-downloads';
import { hasSaveFilePicker, saveFile, savePackage, streamToWritable } from './save-download';

const AUTHORITY = 'cadc.nrc.ca~arc';
const api = () => createTestApi(tokenFor('jdoe'));
const packageJobs = () => Object.values(getPlatform().storage.jobs).filter((job) => job.kind === 'package');

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** A save dialog that "chooses" a file whose writable stream collects what is written. */
function fakeSaveDialog() {
  const written: Uint8Array[] = [];
  let closed = false;
  const handle = {
    name: 'chosen.zip',
    createWritable: () =>
      Promise.resolve(
        new WritableStream<Uint8Array>({
          write(chunk) {
            written.push(chunk);
          },
          close() {
            closed = true;
          },
        }),
      ),
  };
  const showSaveFilePicker = vi.fn((_options?: { suggestedName?: string }) => Promise.resolve(handle));
  return { host: { showSaveFilePicker }, showSaveFilePicker, written, isClosed: () => closed };
}

const files: PackageEntry[] = [
  { path: '/home/jdoe/notes.txt', name: 'notes.txt', kind: 'data', size: 1840 },
  { path: '/home/jdoe/catalog.csv', name: 'catalog.csv', kind: 'data', size: 48_213 },
];
const folder: PackageEntry = { path: '/home/jdoe/data', name: 'data', kind: 'container', size: 700_000 };

describe('saving a package', () => {
  it('detects the save dialog by its presence only', () => {
    expect(hasSaveFilePicker({})).toBe(false);
    expect(hasSaveFilePicker({ showSaveFilePicker: 'no' })).toBe(false);
    expect(hasSaveFilePicker(fakeSaveDialog().host)).toBe(true);
  });

  it('streams the archive into the chosen file, counting the bytes, asking for the name first', async () => {
    const dialog = fakeSaveDialog();
    const progress: number[] = [];
    const save = vi.fn();
    const saved = await savePackage({
      api: api(),
      host: dialog.host,
      request: { authority: AUTHORITY, paths: ['/home/jdoe/notes.txt', '/home/jdoe/data'], format: 'zip' },
      fileName: 'jdoe-2-items.zip',
      onProgress: (bytes) => progress.push(bytes),
      save,
    });
    expect(dialog.showSaveFilePicker).toHaveBeenCalledWith(
      expect.objectContaining({ suggestedName: 'jdoe-2-items.zip' }),
    );
    const bytes = concat(dialog.written);
    expect(saved).toEqual({ fileName: 'chosen.zip', bytes: bytes.byteLength });
    expect(dialog.isClosed()).toBe(true);
    expect(save).not.toHaveBeenCalled();
    expect(progress.at(-1)).toBe(bytes.byteLength);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(Object.keys(unzipSync(bytes))).toEqual(expect.arrayContaining(['notes.txt', 'data/m101.fits']));
  });

  it('asks nothing of the service when the save dialog is closed', async () => {
    const host = {
      showSaveFilePicker: () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError')),
    };
    const saved = await savePackage({
      api: api(),
      host,
      request: { authority: AUTHORITY, paths: ['/home/jdoe/data'], format: 'zip' },
      fileName: 'data.zip',
      onProgress: () => undefined,
    });
    expect(saved).toBeUndefined();
    expect(packageJobs()).toEqual([]);
  });

  it('fails, rather than passing for a closed dialog, when the browser will not open the save dialog', async () => {
    // Chromium refuses once the click that asked no longer counts as the user's
    const refusal = new DOMException(
      'Must be handling a user gesture to show a file picker.',
      'SecurityError',
    );
    const host = { showSaveFilePicker: () => Promise.reject(refusal) };
    await expect(
      savePackage({
        api: api(),
        host,
        request: { authority: AUTHORITY, paths: ['/home/jdoe/data'], format: 'zip' },
        fileName: 'data.zip',
        onProgress: () => undefined,
      }),
    ).rejects.toBe(refusal);
  });

  it('reads the archive into a Blob and saves it under the portal’s name, not cavern’s, without a save dialog', async () => {
    const save = vi.fn<(blob: Blob, name: string) => void>();
    const saved = await savePackage({
      api: api(),
      host: {},
      request: { authority: AUTHORITY, paths: ['/home/jdoe/notes.txt', '/home/jdoe/data'], format: 'zip' },
      fileName: 'jdoe-2-items.zip',
      onProgress: () => undefined,
      save,
    });
    expect(saved?.fileName).toBe('jdoe-2-items.zip');
    const [blob, name] = save.mock.calls[0] ?? [];
    expect(name).toBe('jdoe-2-items.zip');
    expect(blob?.type).toBe('application/zip');
    const entries = unzipSync(new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0)));
    expect(Object.keys(entries)).toContain('data/raw/exposure-3.fits');
  });

  it('stops writing when cancelled', async () => {
    const controller = new AbortController();
    const written: Uint8Array[] = [];
    let aborted = false;
    const body = new ReadableStream<Uint8Array>({
      pull(stream) {
        stream.enqueue(new Uint8Array(10));
        if (written.length === 2) controller.abort();
      },
    });
    const writable = new WritableStream<Uint8Array>({
      write(chunk) {
        written.push(chunk);
      },
      abort() {
        aborted = true;
      },
    });
    await expect(streamToWritable(body, writable, () => undefined, controller.signal)).rejects.toThrow();
    expect(aborted).toBe(true);
    expect(written.length).toBeLessThan(5);
  });
});

describe('the package downloads of a tab', () => {
  const list = (downloadFile = vi.fn(() => Promise.resolve()), host: object = {}) =>
    new PackageDownloads({ api: api(), authority: AUTHORITY, host, downloadFile });

  it('ends saved, with the name and size of what was saved', async () => {
    const save = vi.spyOn(URL, 'createObjectURL');
    const downloads = list(undefined, fakeSaveDialog().host);
    await downloads.start([...files, folder], 'tar', 'jdoe-3-items.tar');
    expect(save).not.toHaveBeenCalled();
    expect(downloads.getSnapshot()).toEqual([
      expect.objectContaining({ status: 'saved', fileName: 'chosen.zip', inMemory: false }),
    ]);
  });

  it('shows the bytes received while the archive arrives', async () => {
    const downloads = list(undefined, fakeSaveDialog().host);
    const receiving: number[] = [];
    downloads.subscribe(() => {
      const [item] = downloads.getSnapshot();
      if (item?.status === 'receiving') receiving.push(item.bytes);
    });
    await downloads.start([folder], 'zip', 'data.zip');
    expect(Math.max(...receiving)).toBeGreaterThan(0);
  });

  it('falls back to one file at a time where the service makes no packages', async () => {
    resetFakePlatform('storage-no-packages');
    const downloadFile = vi.fn(() => Promise.resolve());
    const downloads = list(downloadFile);
    await downloads.start(files, 'zip', 'jdoe-2-items.zip');
    // each with the package's signal, so a reset stops the file on its way (forget-on-sign-out.test.ts)
    const signal = expect.any(AbortSignal) as unknown;
    expect(downloadFile.mock.calls).toEqual([
      [files[0], signal],
      [files[1], signal],
    ]);
    expect(downloads.getSnapshot()[0]).toMatchObject({ status: 'saved', filesDone: 2 });
  });

  it('leaves a file too large to hold in memory to a row of its own, saved when the user asks', async () => {
    resetFakePlatform('storage-no-packages');
    const downloadFile = vi.fn(() => Promise.resolve());
    const dialog = fakeSaveDialog();
    const downloads = list(downloadFile, dialog.host);
    const [notes, catalog] = files;
    if (!notes || !catalog) throw new Error('two files');
    const large = { ...notes, size: STREAMED_DOWNLOAD_BYTES + 1 };
    await downloads.start([catalog, large], 'zip', 'jdoe-2-items.zip');
    expect(downloadFile.mock.calls).toEqual([[catalog, expect.any(AbortSignal)]]);
    const [fetched, waiting] = downloads.getSnapshot();
    expect(fetched).toMatchObject({ status: 'saved', filesDone: 1, entries: [catalog] });
    expect(waiting).toMatchObject({
      status: 'waiting',
      format: undefined,
      fileName: 'notes.txt',
      total: large.size,
    });
    expect(dialog.showSaveFilePicker).not.toHaveBeenCalledWith({ suggestedName: 'notes.txt' });

    await downloads.retry(waiting?.id ?? 0);
    expect(dialog.showSaveFilePicker).toHaveBeenLastCalledWith({ suggestedName: 'notes.txt' });
    expect(new TextDecoder().decode(concat(dialog.written))).toContain('notes.txt: observing notes');
    expect(downloads.getSnapshot()[1]).toMatchObject({ status: 'saved', fileName: 'chosen.zip' });
  });

  it('shows only the waiting rows when every file is too large to hold in memory', async () => {
    resetFakePlatform('storage-no-packages');
    const downloadFile = vi.fn(() => Promise.resolve());
    const downloads = list(downloadFile);
    const large = files.map((file) => ({ ...file, size: STREAMED_DOWNLOAD_BYTES + 1 }));
    await downloads.start(large, 'zip', 'jdoe-2-items.zip');
    expect(downloadFile).not.toHaveBeenCalled();
    expect(downloads.getSnapshot().map(({ fileName, status }) => ({ fileName, status }))).toEqual([
      { fileName: 'notes.txt', status: 'waiting' },
      { fileName: 'catalog.csv', status: 'waiting' },
    ]);
  });

  it('says folders cannot go where the service makes no packages', async () => {
    resetFakePlatform('storage-no-packages');
    const downloadFile = vi.fn(() => Promise.resolve());
    const downloads = list(downloadFile);
    await downloads.start([files[0] ?? folder, folder], 'zip', 'jdoe-2-items.zip');
    expect(downloadFile).not.toHaveBeenCalled();
    expect(downloads.getSnapshot()[0]?.error).toBeInstanceOf(FoldersNeedPackagesError);
  });

  it('keeps a failure with the service’s reason, and succeeds on retry', async () => {
    failNext('storage', { status: 503, body: 'ServiceBusy: try later\n' });
    const downloads = list(undefined, fakeSaveDialog().host);
    await downloads.start([folder], 'zip', 'data.zip');
    const [failed] = downloads.getSnapshot();
    expect(failed?.status).toBe('failed');
    expect(isApiError(failed?.error) && failed.error.message).toContain('ServiceBusy');
    await downloads.retry(failed?.id ?? 0);
    expect(downloads.getSnapshot()[0]?.status).toBe('saved');
  });
});

describe('a file too large to hold in memory', () => {
  const notes: PackageEntry = { path: '/home/jdoe/notes.txt', name: 'notes.txt', kind: 'data', size: 1840 };

  it('streams into the chosen file under its own name, with the user’s token where cavern offers no other', async () => {
    resetFakePlatform('storage-no-preauth');
    const dialog = fakeSaveDialog();
    const progress: number[] = [];
    const saved = await saveFile({
      api: api(),
      authority: AUTHORITY,
      host: dialog.host,
      file: notes,
      onProgress: (bytes) => progress.push(bytes),
    });
    expect(dialog.showSaveFilePicker).toHaveBeenCalledWith({ suggestedName: 'notes.txt' });
    const text = new TextDecoder().decode(concat(dialog.written));
    expect(text).toContain('notes.txt: observing notes');
    expect(saved).toEqual({ fileName: 'chosen.zip', bytes: text.length });
    expect(progress.at(-1)).toBe(text.length);
  });

  it('asks nothing of the service when the save dialog is closed', async () => {
    const host = {
      showSaveFilePicker: () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError')),
    };
    const saved = await saveFile({
      api: api(),
      authority: AUTHORITY,
      host,
      file: notes,
      onProgress: () => undefined,
    });
    expect(saved).toBeUndefined();
    expect(Object.values(getPlatform().storage.jobs)).toEqual([]);
  });

  it('is a download of the tab, counting up to its listed size, and ends saved', async () => {
    const downloads = new PackageDownloads({
      api: api(),
      authority: AUTHORITY,
      host: fakeSaveDialog().host,
      downloadFile: () => Promise.reject(new Error('a file download is not a package')),
    });
    const seen: { status: string; bytes: number; total: number | undefined }[] = [];
    downloads.subscribe(() => {
      const [item] = downloads.getSnapshot();
      if (item) seen.push({ status: item.status, bytes: item.bytes, total: item.total });
    });
    await downloads.startFile(notes);
    expect(seen[0]).toEqual({ status: 'preparing', bytes: 0, total: 1840 });
    expect(downloads.getSnapshot()).toEqual([
      expect.objectContaining({ status: 'saved', format: undefined, fileName: 'chosen.zip', bytes: 1840 }),
    ]);
  });

  it('reads into memory and saves under its own name where there is no save dialog', async () => {
    const save = vi.fn<(blob: Blob, name: string) => void>();
    const saved = await saveFile({
      api: api(),
      authority: AUTHORITY,
      host: {},
      file: notes,
      onProgress: () => undefined,
      save,
    });
    expect(saved).toEqual({ fileName: 'notes.txt', bytes: 1840 });
    const [blob, name] = save.mock.calls[0] ?? [];
    expect(name).toBe('notes.txt');
    expect(await blob?.text()).toContain('notes.txt: observing notes');
  });
});
