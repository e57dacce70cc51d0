import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/api/http/api-error';
import { describe, expect, it } from 'vitest';
import { getPlatform, tokenFor } from '@/test/fake-platform';
import { createTestApi } from '@/test/test-api';
import { retryRefusedUploads } from './retry-after-sign-in';
import { DestinationTakenError, UploadQueue, uploadTotals } from './upload-queue';
import { fetchPut, settled } from '@/test/uploads';

describe('restarting refused uploads after a new sign-in', () => {
  it('restarts those whose destination is still free, and leaves failed one a file has taken meanwhile', async () => {
    let token = 'revoked';
    const api = createTestApi(tokenFor('jdoe'));
    const queue = new UploadQueue({
      api,
      getToken: () => token,
      queryClient: new QueryClient(),
      put: fetchPut,
    });
    queue.add([
      { file: new File(['free'], 'free.txt'), path: '/home/jdoe/free.txt' },
      { file: new File(['mine'], 'taken.txt'), path: '/home/jdoe/taken.txt' },
    ]);
    expect((await settled(queue)).map((item) => item.status)).toEqual(['failed', 'failed']);

    // Meanwhile someone else writes taken.txt.
    const taken = await fetch('http://portal.test/arc/files/home/jdoe/taken.txt', {
      method: 'PUT',
      body: 'theirs',
      headers: { Authorization: `Bearer ${tokenFor('jdoe')}` },
    });
    expect(taken.status).toBe(201);
    const theirs = getPlatform().storage.nodes['/home/jdoe/taken.txt']?.md5;

    token = tokenFor('jdoe');
    await retryRefusedUploads(queue, api);
    const [, left] = await settled(queue);
    expect(left?.status).toBe('failed');
    // it no longer waits for a sign-in: it says a file is there now, and is no upload still to finish
    expect(left?.error).toBeInstanceOf(DestinationTakenError);
    expect(uploadTotals(queue.getSnapshot())).toMatchObject({ done: 1, failed: 1, active: 0 });
    expect(getPlatform().storage.nodes['/home/jdoe/taken.txt']?.md5).toBe(theirs);
  });

  it('leaves alone an upload that failed for another reason than the lost sign-in', async () => {
    let token = 'revoked';
    const sent: string[] = [];
    const queue = new UploadQueue({
      api: createTestApi(tokenFor('jdoe')),
      getToken: () => token,
      queryClient: new QueryClient(),
      put: async (request) => {
        sent.push(request.url.split('/').at(-1) ?? '');
        if (request.url.endsWith('/full.txt'))
          throw new ApiError({ service: 'storage', kind: 'http', status: 507, message: 'quota exceeded' });
        await fetchPut(request);
      },
    });
    queue.add([
      { file: new File(['a'], 'full.txt'), path: '/home/jdoe/full.txt' },
      { file: new File(['b'], 'lost.txt'), path: '/home/jdoe/lost.txt' },
    ]);
    expect((await settled(queue)).map((item) => item.status)).toEqual(['failed', 'failed']);
    sent.length = 0;

    token = tokenFor('jdoe');
    await retryRefusedUploads(queue, createTestApi(token));
    expect((await settled(queue)).map((item) => item.status)).toEqual(['failed', 'done']);
    expect(sent).toEqual(['lost.txt']);
  });
});
