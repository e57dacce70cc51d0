import { afterEach, describe, expect, it, vi } from 'vitest';
import { putFile } from '../storage/upload-file';
import { createApiClient } from './client';

afterEach(() => {
  vi.unstubAllGlobals();
});

function clientSeeingHeaders(base: string) {
  const seen: Headers[] = [];
  const api = createApiClient({
    services: {
      skaha: `${base}/skaha`,
      storage: `${base}/arc`,
      ac: `${base}/ac`,
      harbor: `${base}/harbor`,
      usage: `${base}/prometheus`,
    },
    getToken: () => 'token',
    onUnauthorized: () => undefined,
    fetch: (_input, init) => {
      seen.push(new Headers(init?.headers));
      return Promise.resolve(new Response('ok\n', { headers: { 'Content-Type': 'text/plain' } }));
    },
  });
  return { api, seen };
}

describe('X-Requested-With, for the deployment’s cross-site write check', () => {
  it('goes with every call to the portal’s own origin', async () => {
    const { api, seen } = clientSeeingHeaders('');
    await api.text('skaha', '/v1/session', { form: new URLSearchParams({ name: 'n' }) });
    await api.request('storage', '/nodes/home/jdoe/x', { method: 'DELETE' });
    expect(seen.map((headers) => headers.get('X-Requested-With'))).toEqual([
      'XMLHttpRequest',
      'XMLHttpRequest',
    ]);
  });

  it('never goes to another origin, where it would need a CORS preflight', async () => {
    const { api, seen } = clientSeeingHeaders('https://services.example.org');
    await api.text('skaha', '/v1/session', { form: new URLSearchParams({ name: 'n' }) });
    expect(seen[0]?.get('X-Requested-With')).toBeNull();
    expect(seen[0]?.get('Authorization')).toBe('Bearer token');
  });

  it('goes with an upload to the portal’s origin, not with one elsewhere', async () => {
    const sent: Record<string, string>[] = [];
    class RecordingRequest extends EventTarget {
      upload = new EventTarget();
      status = 201;
      statusText = 'Created';
      responseText = '';
      headers: Record<string, string> = {};
      open = () => undefined;
      setRequestHeader = (name: string, value: string) => {
        this.headers[name] = value;
      };
      getResponseHeader = () => null;
      send = () => {
        sent.push(this.headers);
        this.dispatchEvent(new Event('load'));
      };
      abort = () => undefined;
    }
    vi.stubGlobal('XMLHttpRequest', RecordingRequest);
    for (const url of [
      '/arc/files/home/jdoe/a.txt',
      'https://services.example.org/arc/files/home/jdoe/a.txt',
    ])
      await putFile({
        url,
        token: 'token',
        file: new Blob(['a']),
        contentType: 'text/plain',
        onProgress: () => undefined,
        signal: new AbortController().signal,
      });
    expect(sent.map((headers) => headers['X-Requested-With'])).toEqual(['XMLHttpRequest', undefined]);
  });
});
