import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '@/api/api-context';
import { ApiError } from '@/api/http/api-error';
import { listingQueryOptions } from '@/api/storage/listing-queries';
import type { putFile } from '@/api/storage/upload-file';
import { ConfigProvider } from '@/config/config-context';
import { parseConfig } from '@/config/load-config';
import { failNext, getPlatform, tokenFor } from '@/test/fake-platform';
import { createTestApi } from '@/test/test-api';
import { isActive, UploadQueue } from './upload-queue';
import { useStartUpload } from './use-start-upload';
import { fetchPut, settled } from '@/test/uploads';

const AUTHORITY = 'cadc.nrc.ca~arc';
const HOME = '/home/jdoe';

const picked = (name: string) => ({
  file: new File([name], name, { type: 'text/plain' }),
  relativePath: name,
});

/** The hook for jdoe's home, as the storage page uses it, with the listing given (or none: it failed). */
async function setup({ withListing, put = fetchPut }: { withListing: boolean; put?: typeof putFile }) {
  const token = tokenFor('jdoe');
  const api = createTestApi(token);
  const queryClient = new QueryClient();
  const parsed = parseConfig({});
  if (!parsed.ok) throw new Error('the default configuration is invalid');
  const queue = new UploadQueue({ api, getToken: () => token, queryClient, put });
  const listing = listingQueryOptions(api, AUTHORITY, HOME);
  const listed = withListing ? (await queryClient.query(listing)).entries : undefined;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ApiProvider api={api}>
        <ConfigProvider config={parsed.config}>{children}</ConfigProvider>
      </ApiProvider>
    </QueryClientProvider>
  );
  const { result } = renderHook(() => useStartUpload(queue, HOME, listed), { wrapper });
  return { result, queue, queryClient, listingKey: listing.queryKey };
}

describe('starting uploads', () => {
  it('refuses a second drop of a file while the first is still being checked on the server', async () => {
    const { result, queue } = await setup({ withListing: false });
    await act(async () => {
      // Both drops land before the server has answered about the first: the second must not slip through.
      const first = result.current.start([picked('fresh.txt')]);
      const second = result.current.start([picked('fresh.txt')]);
      await Promise.all([first, second]);
    });
    expect(result.current.clashes).toEqual(['/home/jdoe/fresh.txt']);
    expect(queue.getSnapshot().map((item) => item.path)).toEqual(['/home/jdoe/fresh.txt']);
    await settled(queue);
  });

  it('takes a file again once its first upload is over, asking before it replaces it', async () => {
    const { result, queue } = await setup({ withListing: false });
    await act(() => result.current.start([picked('fresh.txt')]));
    expect((await settled(queue)).map((item) => item.status)).toEqual(['done']);
    await act(() => result.current.start([picked('fresh.txt')]));
    expect(result.current.clashes).toEqual([]);
    expect(result.current.conflicts.map((conflict) => conflict.path)).toEqual(['/home/jdoe/fresh.txt']);
  });

  it('refuses a second drop of a file whose first drop waits to be confirmed, and keeps asking about the first', async () => {
    const { result, queue } = await setup({ withListing: true });
    await act(() => result.current.start([picked('notes.txt')]));
    expect(result.current.conflicts.map((conflict) => conflict.path)).toEqual(['/home/jdoe/notes.txt']);
    const first = result.current.conflicts[0];
    await act(() => result.current.start([picked('notes.txt')]));
    expect(result.current.clashes).toEqual(['/home/jdoe/notes.txt']);
    // The question on screen is still the first batch's.
    expect(result.current.conflicts[0]).toBe(first);
    expect(queue.getSnapshot()).toEqual([]);
  });

  it('uploads only the new files when the person skips those that would replace one', async () => {
    const { result, queue } = await setup({ withListing: true });
    const before = getPlatform().storage.nodes['/home/jdoe/notes.txt'];
    await act(() => result.current.start([picked('notes.txt'), picked('new.txt')]));
    expect(result.current.conflicts.map((conflict) => conflict.path)).toEqual(['/home/jdoe/notes.txt']);
    await act(() => result.current.skip());
    expect((await settled(queue)).map((item) => [item.path, item.status])).toEqual([
      ['/home/jdoe/new.txt', 'done'],
    ]);
    expect(getPlatform().storage.nodes['/home/jdoe/notes.txt']).toEqual(before);
  });

  it('retries a failed upload over a file that appeared since once the person says Replace', async () => {
    let refuse = true;
    const { result, queue } = await setup({
      withListing: true,
      put: async (request) => {
        if (refuse) throw new ApiError({ service: 'storage', kind: 'http', status: 503, message: 'busy' });
        await fetchPut(request);
      },
    });
    await act(() => result.current.start([picked('fresh.txt')]));
    const [failed] = await settled(queue);
    if (!failed) throw new Error('nothing was queued');
    expect(failed.status).toBe('failed');
    // Meanwhile someone else writes the file.
    const theirs = await fetch('http://portal.test/arc/files/home/jdoe/fresh.txt', {
      method: 'PUT',
      body: 'theirs',
      headers: { Authorization: `Bearer ${tokenFor('jdoe')}` },
    });
    expect(theirs.status).toBe(201);
    const written = getPlatform().storage.nodes['/home/jdoe/fresh.txt']?.md5;
    refuse = false;
    await act(() => result.current.retry([failed]));
    expect(result.current.conflicts).toEqual([{ path: '/home/jdoe/fresh.txt' }]);
    await act(() => result.current.replace());
    expect(result.current.conflicts).toEqual([]);
    expect((await settled(queue)).map((item) => item.status)).toEqual(['done']);
    expect(getPlatform().storage.nodes['/home/jdoe/fresh.txt']?.md5).not.toBe(written);
  });

  it('does not send a file again whose upload went through when only the check after it failed', async () => {
    let puts = 0;
    const { result, queue } = await setup({
      withListing: true,
      put: async (request) => {
        puts += 1;
        await fetchPut(request);
        // cavern stored it; the read that checks its MD5 then meets a busy service
        if (puts === 1) failNext('storage', { status: 503, path: '/nodes/home/jdoe/fresh.txt' });
      },
    });
    await act(() => result.current.start([picked('fresh.txt')]));
    const [failed] = await settled(queue);
    if (!failed) throw new Error('nothing was queued');
    expect(failed.status).toBe('failed');
    await act(() => result.current.retry([failed]));
    expect(result.current.conflicts).toEqual([]);
    expect((await settled(queue)).map((item) => item.status)).toEqual(['done']);
    expect(puts).toBe(1);
  });

  it('does not send a file again, nor ask to replace it, when its answer was lost after the last byte', async () => {
    let puts = 0;
    const { result, queue } = await setup({
      withListing: true,
      put: async (request) => {
        puts += 1;
        await fetchPut(request);
        if (puts === 1)
          throw new ApiError({ service: 'storage', kind: 'timeout', status: 0, message: 'no answer' });
      },
    });
    await act(() => result.current.start([picked('fresh.txt')]));
    await settled(queue);
    // the file's own MD5 is known once it has been read, whatever became of the upload
    await vi.waitFor(() => {
      expect(queue.getSnapshot()[0]?.fileMd5).toBeDefined();
    });
    const [failed] = queue.getSnapshot();
    if (!failed) throw new Error('nothing was queued');
    await act(() => result.current.retry([failed]));
    expect(result.current.conflicts).toEqual([]);
    expect(queue.getSnapshot().map((item) => item.status)).toEqual(['done']);
    expect(puts).toBe(1);
  });

  it('shows the folders of a dropped folder while its files are still uploading', async () => {
    let release: (() => void) | undefined;
    const { result, queue, queryClient, listingKey } = await setup({
      withListing: true,
      put: async (request) => {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        await fetchPut(request);
      },
    });
    expect(queryClient.getQueryState(listingKey)?.isInvalidated).toBe(false);
    await act(() => result.current.start([{ ...picked('a.txt'), relativePath: 'run1/a.txt' }]));
    expect(getPlatform().storage.nodes['/home/jdoe/run1']?.kind).toBe('container');
    expect(queue.getSnapshot().every((item) => isActive(item.status))).toBe(true);
    // The folder's listing is read again now, not once the upload is over.
    expect(queryClient.getQueryState(listingKey)?.isInvalidated).toBe(true);
    await vi.waitFor(() => {
      expect(release).toBeInstanceOf(Function);
    });
    release?.();
    expect((await settled(queue)).map((item) => item.status)).toEqual(['done']);
  });
});
