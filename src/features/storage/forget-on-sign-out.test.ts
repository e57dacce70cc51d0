import { QueryClient } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from '@/api/storage/download';
import type { putFile } from '@/api/storage/upload-file';
import { getPlatform, holdRequests, resetFakePlatform, tokenFor } from '@/test/fake-platform';
import { renderApp } from '@/test/render-app';
import { selectRows } from '@/test/storage-grid';
import { createTestApi } from '@/test/test-api';
import { PackageDownloads } from './package-downloads';
import { UploadQueue } from './upload-queue';

// What the app does on a sign-out or a change of user (auth/user-change.ts): the previous user's transfers
// stop and are forgotten.

describe('resetting the upload queue', () => {
  it('aborts the uploads in progress, never starts the queued ones, and forgets them all', async () => {
    const started: { path: string; signal: AbortSignal }[] = [];
    // An upload that runs until it is aborted, as a large file on a slow link does.
    const put: typeof putFile = ({ url, signal }) =>
      new Promise((_resolve, reject) => {
        started.push({ path: decodeURIComponent(new URL(url).pathname), signal });
        signal.addEventListener('abort', () => {
          reject(new Error('aborted'));
        });
      });
    const queryClient = new QueryClient();
    // The queue refreshes the listings once nothing runs any more: the aborted upload has ended.
    const idle = vi.spyOn(queryClient, 'invalidateQueries');
    const queue = new UploadQueue({
      api: createTestApi(tokenFor('jdoe')),
      getToken: () => tokenFor('jdoe'),
      queryClient,
      parallel: 1,
      put,
    });
    const file = new File(['x'], 'a.txt');
    queue.add([
      { file, path: '/home/jdoe/a.txt' },
      { file, path: '/home/jdoe/b.txt' },
    ]);
    await vi.waitFor(() => {
      expect(started).toHaveLength(1);
    });

    queue.reset();
    expect(started[0]?.signal.aborted).toBe(true);
    expect(queue.getSnapshot()).toEqual([]);
    expect(queue.isBusy).toBe(false);
    // Once the aborted upload has ended, nothing else starts after it.
    await vi.waitFor(() => {
      expect(idle).toHaveBeenCalled();
    });
    expect(started.map((upload) => upload.path.slice(upload.path.lastIndexOf('/') + 1))).toEqual(['a.txt']);
    expect(queue.getSnapshot()).toEqual([]);
  });
});

describe('resetting the package downloads', () => {
  it('aborts a package being received and forgets it', async () => {
    let aborted = false;
    let reset = () => undefined;
    const handle = {
      name: 'chosen.zip',
      createWritable: () =>
        Promise.resolve(
          new WritableStream<Uint8Array>({
            write() {
              // the first bytes have arrived: the user signs out
              reset();
            },
            abort() {
              aborted = true;
            },
          }),
        ),
    };
    const downloads = new PackageDownloads({
      api: createTestApi(tokenFor('jdoe')),
      authority: 'cadc.nrc.ca~arc',
      host: { showSaveFilePicker: () => Promise.resolve(handle) },
      downloadFile: () => Promise.resolve(),
    });
    reset = () => {
      downloads.reset();
    };
    await downloads.start(
      [{ path: '/home/jdoe/data', name: 'data', kind: 'container', size: 700_000 }],
      'zip',
      'data.zip',
    );
    expect(aborted).toBe(true);
    expect(downloads.getSnapshot()).toEqual([]);
    expect(Object.values(getPlatform().storage.jobs).filter((job) => job.kind === 'package')).toHaveLength(1);
  });
});

describe('a file being downloaded when the user changes', () => {
  /** The names of the files handed to the browser's downloads (saveBlob clicks an anchor). */
  const saved: string[] = [];
  beforeEach(() => {
    saved.length = 0;
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:portal/1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
  });

  it('is not saved after the package downloads are reset, one by one included', async () => {
    // A cavern without packages: the files of a "package" are downloaded one by one.
    resetFakePlatform('storage-no-packages');
    const file = holdRequests('/home/jdoe/catalog.csv');
    const api = createTestApi(tokenFor('jdoe'));
    const downloads = new PackageDownloads({
      api,
      authority: 'cadc.nrc.ca~arc',
      host: {},
      downloadFile: (entry, signal) => downloadFile(api, 'cadc.nrc.ca~arc', entry, signal),
    });
    const done = downloads.start(
      [
        { path: '/home/jdoe/catalog.csv', name: 'catalog.csv', kind: 'data', size: 48_213 },
        { path: '/home/jdoe/notes.txt', name: 'notes.txt', kind: 'data', size: 100 },
      ],
      'zip',
      'jdoe-2-items.zip',
    );
    // Jane's file is on its way...
    await vi.waitFor(() => {
      expect(file.held()).toBe(1);
    });
    // ...when she signs out; its bytes arrive afterwards.
    downloads.reset();
    file.release();
    await done;
    expect(saved).toEqual([]);
    expect(downloads.getSnapshot()).toEqual([]);
  });

  it("is not saved after a sign-out when it was started with the folder's Download", async () => {
    const file = holdRequests('/home/jdoe/catalog.csv');
    const { user, services } = await renderApp({ route: '/storage/home/jdoe' });
    await selectRows(user, ['catalog.csv']);
    await user.click(screen.getByRole('button', { name: 'Download' }));
    await vi.waitFor(() => {
      expect(file.held()).toBe(1);
    });
    await act(() => services.auth.signOut());
    file.release();
    expect(await screen.findByRole('textbox', { name: 'Username' })).toBeInTheDocument();
    // Time for the held file to arrive and (were it not stopped) be saved.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(saved).toEqual([]);
  });
});
