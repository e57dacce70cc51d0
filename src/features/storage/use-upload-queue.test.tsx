import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '@/api/api-context';
import { createApiClient } from '@/api/http/client';
import { AuthProvider } from '@/auth/auth-context';
import { AuthStore } from '@/auth/auth-store';
import { createMockAuth } from '@/auth/password-auth';
import { getPlatform, tokenFor } from '@/test/fake-platform';
import { testServices } from '@/test/test-api';
import { useUploadQueue } from './use-upload-queue';
import { settled } from '@/test/uploads';

const JDOE = { username: 'jdoe', displayName: 'Jane Doe' };

/** This tab's queue, as the app makes it: the sign-in's store, and a client that reports a 401 to it. */
function renderQueue(token: string) {
  const store = new AuthStore();
  store.signedIn(JDOE, token);
  const api = createApiClient({
    services: testServices(),
    getToken: store.getToken,
    onUnauthorized: store.expired,
  });
  const auth = createMockAuth(store, api, []);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={new QueryClient()}>
      <ApiProvider api={api}>
        <AuthProvider auth={auth}>{children}</AuthProvider>
      </ApiProvider>
    </QueryClientProvider>
  );
  const { result } = renderHook(() => useUploadQueue(), { wrapper });
  return { queue: result.current, store };
}

describe('the upload queue across sign-ins', () => {
  it('starts again the uploads an expired sign-in lost, once the same user signs in again', async () => {
    const { queue, store } = renderQueue('expired-token');
    queue.add([{ file: new File(['mine'], 'lost.txt'), path: '/home/jdoe/lost.txt' }]);
    const [refused] = await settled(queue);
    expect(refused).toMatchObject({ status: 'failed', error: { status: 401 } });
    expect(store.getState().status).toBe('expired');

    act(() => {
      store.signedIn(JDOE, tokenFor('jdoe'));
    });
    await vi.waitFor(() => {
      expect(getPlatform().storage.nodes['/home/jdoe/lost.txt']).toMatchObject({ kind: 'data' });
    });
    await settled(queue);
  });

  it('forgets the uploads when another user signs in', async () => {
    const { queue, store } = renderQueue('expired-token');
    queue.add([{ file: new File(['mine'], 'lost.txt'), path: '/home/jdoe/lost.txt' }]);
    await settled(queue);
    act(() => {
      store.signedIn({ username: 'mchen', displayName: 'Ming Chen' }, tokenFor('mchen'));
    });
    expect(queue.getSnapshot()).toEqual([]);
    expect(getPlatform().storage.nodes['/home/jdoe/lost.txt']).toBeUndefined();
  });
});
