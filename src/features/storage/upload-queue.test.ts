import { QueryClient } from '@tanstack/react-query';
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { getPlatform, tokenFor } from '@/test/fake-platform';
import { createTestApi } from '@/test/test-api';
import { MD5_SLICE_BYTES } from '@/api/storage/md5';
import {
  ChecksumMismatchError,
  DestinationTakenError,
  UploadQueue,
  uploadTotals,
  type UploadItem,
  type UploadQueueDeps,
} from './upload-queue';
import { fetchPut, settled } from '@/test/uploads';

/**
 * jsdom's XMLHttpRequest does not send a File's bytes, so these tests send them with fetch; the XHR itself
 * (progress, streaming) is exercised in Chromium by e2e/mock/storage.spec.ts.
 */

function queueFor(user = 'jdoe', deps: Partial<UploadQueueDeps> = {}) {
  const token = tokenFor(user);
  return new UploadQueue({
    api: createTestApi(token),
    getToken: () => token,
    queryClient: new QueryClient(),
    put: fetchPut,
    ...deps,
  });
}

const file = (text: string, name: string) => new File([text], name, { type: 'text/plain' });

/** A queue whose uploads go out one at a time after `beforeSend`, recording the name of each file sent. */
function checkedQueue(beforeSend: () => Promise<boolean>, onUnauthorized?: () => void) {
  const sent: string[] = [];
  const queue = queueFor('jdoe', {
    put: (request) => {
      sent.push(request.url.slice(request.url.lastIndexOf('/') + 1));
      return fetchPut(request);
    },
    beforeSend,
    ...(onUnauthorized ? { onUnauthorized } : {}),
    parallel: 1,
  });
  return { queue, sent };
}

describe('the upload queue', () => {
  it('uploads, then verifies the MD5 it computed against the one cavern recorded', async () => {
    const queue = queueFor();
    queue.add([
      { file: file('first file', 'a.txt'), path: '/home/jdoe/a.txt' },
      { file: file('second file', 'b.txt'), path: '/home/jdoe/data/b.txt' },
    ]);
    const items = await settled(queue);
    expect(items.map((item) => item.status)).toEqual(['done', 'done']);
    expect(items[0]?.md5).toBe(createHash('md5').update('first file').digest('hex'));
    expect(getPlatform().storage.nodes['/home/jdoe/data/b.txt']).toMatchObject({
      length: 11,
      contentType: 'text/plain',
    });
    expect(uploadTotals(items)).toMatchObject({ files: 2, done: 2, bytes: 21, sentBytes: 21 });
  });

  it('counts no byte of a failed upload as sent, so a batch that failed does not show as full', () => {
    const item = (status: UploadItem['status'], size: number, sentBytes: number): UploadItem => ({
      id: size,
      path: `/home/jdoe/${size}.txt`,
      name: `${size}.txt`,
      size,
      sentBytes,
      status,
      error: undefined,
      md5: undefined,
      written: undefined,
      fileMd5: undefined,
      replace: false,
    });
    expect(
      uploadTotals([
        item('done', 10, 10),
        item('failed', 20, 20),
        item('uploading', 40, 5),
        item('cancelled', 80, 8),
      ]),
    ).toEqual({ files: 3, done: 1, failed: 1, active: 1, bytes: 70, sentBytes: 15 });
  });

  it('starts no upload while the browser is offline, and the waiting ones once it is back', async () => {
    const sent: string[] = [];
    const queue = queueFor('jdoe', {
      put: (request) => {
        sent.push(request.url.slice(request.url.lastIndexOf('/') + 1));
        return fetchPut(request);
      },
    });
    window.dispatchEvent(new Event('offline'));
    queue.add([
      { file: file('first file', 'a.txt'), path: '/home/jdoe/a.txt' },
      { file: file('second file', 'b.txt'), path: '/home/jdoe/b.txt' },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(queue.getSnapshot().map((upload) => upload.status)).toEqual(['queued', 'queued']);
    expect(sent).toEqual([]);
    window.dispatchEvent(new Event('online'));
    expect((await settled(queue)).map((upload) => upload.status)).toEqual(['done', 'done']);
    expect(sent.sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('asks for a new sign-in when the token is refused, and retries those uploads once signed in', async () => {
    let token = 'revoked';
    let askedToSignIn = 0;
    const queue = new UploadQueue({
      api: createTestApi(tokenFor('jdoe')),
      getToken: () => token,
      queryClient: new QueryClient(),
      put: fetchPut,
      onUnauthorized: () => {
        askedToSignIn += 1;
      },
    });
    queue.add([{ file: file('late', 'late.txt'), path: '/home/jdoe/late.txt' }]);
    const failed = await settled(queue);
    expect(failed[0]?.status).toBe('failed');
    expect(askedToSignIn).toBe(1);

    token = tokenFor('jdoe');
    queue.retryUnauthorized();
    const retried = await settled(queue);
    expect(retried[0]?.status).toBe('done');
  });

  it('fails an upload whose stored checksum differs, and succeeds on retry', async () => {
    getPlatform().storage.corruptUploads = 1;
    const queue = queueFor();
    queue.add([{ file: file('payload', 'c.txt'), path: '/home/jdoe/c.txt' }]);
    const [failed] = await settled(queue);
    expect(failed?.status).toBe('failed');
    expect(failed?.error).toBeInstanceOf(ChecksumMismatchError);
    // the file it left there is its own: the retry replaces it (useStartUpload's retry finds so first)
    queue.retry(failed?.id ?? 0, { replace: true });
    const [retried] = await settled(queue);
    expect(retried?.status).toBe('done');
  });

  it('verifies a file that replaced another, which cavern records as md5:<hex>', async () => {
    const queue = queueFor();
    queue.add([{ file: file('new notes', 'notes.txt'), path: '/home/jdoe/notes.txt', replace: true }]);
    const [item] = await settled(queue);
    expect(getPlatform().storage.nodes['/home/jdoe/notes.txt']?.md5).toMatch(/^md5:[0-9a-f]{32}$/);
    expect(item?.error).toBeUndefined();
    expect(item?.status).toBe('done');
    expect(item?.md5).toBe(createHash('md5').update('new notes').digest('hex'));
  });

  it('sends nothing to a destination where a file was stored after it was queued, until the user chooses to replace it', async () => {
    const sent: string[] = [];
    const queue = queueFor('jdoe', {
      put: (request) => {
        sent.push(request.url.slice(request.url.lastIndexOf('/') + 1));
        return fetchPut(request);
      },
      parallel: 1,
    });
    // Checked free when chosen; by its turn, behind a.txt, a session has written the same name.
    const theirs = getPlatform().storage.nodes['/home/jdoe/notes.txt'];
    delete getPlatform().storage.nodes['/home/jdoe/notes.txt'];
    queue.add([
      { file: file('first', 'a.txt'), path: '/home/jdoe/a.txt' },
      { file: file('mine', 'notes.txt'), path: '/home/jdoe/notes.txt' },
    ]);
    queue.subscribe(() => {
      const stored = getPlatform().storage.nodes;
      if (theirs && queue.getSnapshot()[0]?.status === 'done') stored['/home/jdoe/notes.txt'] ??= theirs;
    });
    const [, taken] = await settled(queue);
    expect(taken?.status).toBe('failed');
    expect(taken?.error).toBeInstanceOf(DestinationTakenError);
    expect(sent).toEqual(['a.txt']);
    expect(getPlatform().storage.nodes['/home/jdoe/notes.txt']?.md5).toBe(theirs?.md5);

    queue.retry(taken?.id ?? 0);
    expect((await settled(queue))[1]?.error).toBeInstanceOf(DestinationTakenError);
    queue.retry(taken?.id ?? 0, { replace: true });
    expect((await settled(queue))[1]?.status).toBe('done');
    expect(sent).toEqual(['a.txt', 'notes.txt']);
  });

  it('names the service’s refusal, e.g. a full allocation', async () => {
    const platform = getPlatform();
    const home = platform.storage.allocations['/home/jdoe'];
    if (home) home.used = home.quota;
    const queue = queueFor();
    queue.add([{ file: file('too much', 'd.txt'), path: '/home/jdoe/d.txt' }]);
    const [item] = await settled(queue);
    expect(item?.status).toBe('failed');
    expect(item?.error).toMatchObject({
      status: 413,
      message: 'limit: 0',
    });
  });

  it('sends nothing of an upload whose user was found replaced just before it went out', async () => {
    let checks = 0;
    // the first check finds the user unchanged; the second, that the cookie now names someone else
    const { queue, sent } = checkedQueue(async () => {
      checks += 1;
      await Promise.resolve();
      if (checks === 2) queue.reset();
      return true;
    });
    queue.add([{ file: file('mine', 'one.txt'), path: '/home/jdoe/one.txt' }]);
    expect((await settled(queue)).map((item) => item.status)).toEqual(['done']);
    queue.add([{ file: file('also mine', 'two.txt'), path: '/home/jdoe/two.txt' }]);
    // waitFor polls on a timer: by then the upload's own continuation after the check has run
    await vi.waitFor(() => {
      expect(checks).toBe(2);
    });
    expect(sent).toEqual(['one.txt']);
    expect(queue.getSnapshot()).toEqual([]);
    expect(getPlatform().storage.nodes['/home/jdoe/two.txt']).toBeUndefined();
  });

  it('fails as refused, unsent, an upload whose sign-in was found ended just before it went out, and sends it once signed in again', async () => {
    let signedIn = false;
    let askedToSignIn = 0;
    const { queue, sent } = checkedQueue(
      () => Promise.resolve(signedIn),
      () => {
        askedToSignIn += 1;
      },
    );
    queue.add([{ file: file('mine', 'later.txt'), path: '/home/jdoe/later.txt' }]);
    const [failed] = await settled(queue);
    expect(failed).toMatchObject({ status: 'failed', error: { status: 401 } });
    expect(askedToSignIn).toBe(1);
    expect(sent).toEqual([]);

    signedIn = true;
    queue.retryUnauthorized();
    expect((await settled(queue)).map((item) => item.status)).toEqual(['done']);
    expect(sent).toEqual(['later.txt']);
  });

  it('keeps the hash of the file just ahead of the bytes sent, and lets it finish once all are sent', async () => {
    const size = MD5_SLICE_BYTES * 4;
    const bytes = new Uint8Array(size).map((_, index) => index % 241);
    const big = new File([bytes], 'big.bin', { type: 'application/octet-stream' });
    const readTo: number[] = [];
    const slice = big.slice.bind(big);
    big.slice = (start?: number, end?: number) => {
      readTo.push(end ?? size);
      return slice(start, end);
    };
    let report: (sentBytes: number) => void = () => undefined;
    let send: () => void = () => undefined;
    const queue = queueFor('jdoe', {
      put: async (request) => {
        report = request.onProgress;
        await new Promise<void>((resolve) => {
          send = resolve;
        });
        await fetchPut(request);
      },
    });
    queue.add([{ file: big, path: '/home/jdoe/big.bin' }]);

    // the slice being hashed and the next: no further while nothing has gone out
    await vi.waitFor(() => {
      expect(readTo).toEqual([MD5_SLICE_BYTES, MD5_SLICE_BYTES * 2]);
    });
    // a moment for any read that was not held back (all four slices came at once before)
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readTo).toHaveLength(2);
    report(MD5_SLICE_BYTES);
    await vi.waitFor(() => {
      expect(readTo).toHaveLength(3);
    });
    expect(readTo.at(-1)).toBe(MD5_SLICE_BYTES * 3);

    send();
    const [item] = await settled(queue);
    expect(item?.status).toBe('done');
    expect(item?.md5).toBe(createHash('md5').update(bytes).digest('hex'));
    expect(readTo.at(-1)).toBe(size);
  });

  it('cancels a queued upload without sending it', async () => {
    const queue = queueFor();
    queue.add(
      ['1', '2', '3', '4'].map((n) => ({ file: file(`file ${n}`, `${n}.txt`), path: `/home/jdoe/${n}.txt` })),
    );
    const fourth = queue.getSnapshot()[3];
    expect(fourth?.status).toBe('queued');
    queue.cancel(fourth?.id ?? 0);
    const items = await settled(queue);
    expect(items.map((item) => item.status)).toEqual(['done', 'done', 'done', 'cancelled']);
    expect(getPlatform().storage.nodes['/home/jdoe/4.txt']).toBeUndefined();
  });
});
