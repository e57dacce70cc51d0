import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/http/api-error';
import { getPlatform, tokenFor } from '@/test/fake-platform';
import { createTestApi } from '@/test/test-api';
import { fetchPut, settled } from '@/test/uploads';
import { UploadQueue, uploadTotals, type UploadItem } from './upload-queue';

const refused = new ApiError({
  service: 'storage',
  kind: 'http',
  status: 401,
  message: 'the sign-in has ended',
});

function item(id: number, status: UploadItem['status'], error?: ApiError): UploadItem {
  return {
    id,
    path: `/home/jdoe/${String(id)}.txt`,
    name: `${String(id)}.txt`,
    size: 10,
    sentBytes: status === 'done' ? 10 : 0,
    status,
    error,
    md5: undefined,
    written: undefined,
    fileMd5: undefined,
    replace: false,
  };
}

describe('the totals of uploads paused until the user signs in again', () => {
  it('counts them as still to finish, not as failed', () => {
    expect(
      uploadTotals([
        item(1, 'done'),
        item(2, 'failed', refused),
        item(3, 'failed', refused),
        item(
          4,
          'failed',
          new ApiError({ service: 'storage', kind: 'http', status: 413, message: 'limit: 0' }),
        ),
        item(5, 'uploading'),
      ]),
    ).toEqual({ files: 5, done: 1, failed: 1, active: 3, bytes: 50, sentBytes: 10 });
  });
});

describe('an upload queue whose sign-in ended', () => {
  /** Sends with `token`, which the test revokes by changing it; the queue's reads keep a valid one. */
  function queueWithToken() {
    const state = { token: tokenFor('jdoe') };
    const queue = new UploadQueue({
      api: createTestApi(tokenFor('jdoe')),
      getToken: () => state.token,
      queryClient: new QueryClient(),
      put: fetchPut,
    });
    return { queue, state };
  }

  /** One upload failed for good (its checksum), then two refused by the ended sign-in. */
  async function failedThenPaused() {
    const { queue, state } = queueWithToken();
    getPlatform().storage.corruptUploads = 1;
    queue.add([{ file: new File(['bad'], 'bad.txt'), path: '/home/jdoe/bad.txt' }]);
    await settled(queue);
    state.token = 'revoked';
    queue.add([
      { file: new File(['one'], 'one.txt'), path: '/home/jdoe/one.txt' },
      { file: new File(['two'], 'two.txt'), path: '/home/jdoe/two.txt' },
    ]);
    const items = await settled(queue);
    expect(items.map((upload) => [upload.name, upload.status, upload.error?.status])).toEqual([
      ['bad.txt', 'failed', 200],
      ['one.txt', 'failed', 401],
      ['two.txt', 'failed', 401],
    ]);
    return { queue, state };
  }

  it('keeps the paused uploads when the finished ones are cleared, and is still busy', async () => {
    const { queue, state } = await failedThenPaused();
    queue.clearFinished();
    expect(queue.getSnapshot().map((upload) => upload.name)).toEqual(['one.txt', 'two.txt']);
    expect(uploadTotals(queue.getSnapshot())).toMatchObject({ files: 2, done: 0, failed: 0, active: 2 });
    expect(queue.isBusy).toBe(true);
    // their files kept: sent once the user has signed in again
    state.token = tokenFor('jdoe');
    queue.retryUnauthorized();
    expect((await settled(queue)).map((upload) => upload.status)).toEqual(['done', 'done']);
    expect(getPlatform().storage.nodes['/home/jdoe/two.txt']).toMatchObject({ kind: 'data' });
  });

  it('cancels the paused uploads with the others, leaving nothing to finish', async () => {
    const { queue } = await failedThenPaused();
    queue.cancelAll();
    expect(queue.getSnapshot().map((upload) => upload.status)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    expect(uploadTotals(queue.getSnapshot()).active).toBe(0);
    expect(queue.isBusy).toBe(false);
    queue.clearFinished();
    expect(queue.getSnapshot()).toEqual([]);
  });
});
