import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPlatform, resetFakePlatform, tokenFor } from '@/test/fake-platform';
import { createTestApi } from '@/test/test-api';
import { isApiError } from '../http/api-error';
import { createApiClient } from '../http/client';
import { downloadEndpoint, downloadFile, onPortalOrigin, openFile } from './download';

const api = (storage: string) =>
  createApiClient({
    services: { skaha: '/skaha', storage, ac: '/ac', harbor: '/harbor', usage: '/prometheus' },
    getToken: () => undefined,
    onUnauthorized: () => undefined,
  });

const AUTHORITY = 'cadc.nrc.ca~arc';
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
};

describe('onPortalOrigin', () => {
  const origin = window.location.origin;

  it("maps cavern's own host onto the portal's service path", () => {
    expect(
      onPortalOrigin(api('/arc'), 'https://ws-uv.canfar.net/arc/files/preauth:abc/home/jdoe/a%20b.fits'),
    ).toBe(`${origin}/arc/files/preauth:abc/home/jdoe/a%20b.fits`);
    expect(onPortalOrigin(api('/arc'), 'https://host.example/cavern/files/preauth:abc/home/x?x=1')).toBe(
      `${origin}/arc/files/preauth:abc/home/x?x=1`,
    );
  });

  it('resolves a relative endpoint against the portal', () => {
    expect(onPortalOrigin(api('/arc'), '/arc/files/preauth:abc/home/x')).toBe(
      `${origin}/arc/files/preauth:abc/home/x`,
    );
    expect(onPortalOrigin(api('/arc'), '/other/x.fits')).toBe(`${origin}/other/x.fits`);
  });

  it.each([
    ['another host', 'https://other.example/data/x.fits', 'not on this portal: https://other.example'],
    ['javascript:', 'javascript:alert(document.cookie)', 'not http(s)'],
    ['data:', 'data:text/html,<script>alert(1)</script>', 'not http(s)'],
    ['a scheme-relative host', '//other.example/data/x.fits', 'not on this portal'],
    ['ftp:', 'ftp://ws-uv.canfar.net/arc/files/x', 'not http(s)'],
    ['credentials', 'https://user:pw@ws-uv.canfar.net/arc/files/x', 'carries credentials'],
  ])('refuses %s as a malformed storage answer', (_, endpoint, message) => {
    const error = refusal(() => onPortalOrigin(api('/arc'), endpoint));
    expect(isApiError(error) && [error.service, error.kind]).toEqual(['storage', 'malformed']);
    expect(error).toHaveProperty('message', expect.stringContaining(message));
  });
});

describe('downloadEndpoint', () => {
  it('refuses the endpoint of a transfer that points elsewhere, naming the storage service', async () => {
    const client = createTestApi(tokenFor('jdoe'));
    getPlatform().storage.downloadEndpoint = 'javascript:alert(1)';
    const error: unknown = await downloadEndpoint(client, AUTHORITY, '/home/jdoe/notes.txt').catch(
      (caught: unknown) => caught,
    );
    expect(isApiError(error) && [error.service, error.kind]).toEqual(['storage', 'malformed']);
  });

  it('takes the pre-authorised endpoint of the two cavern offers, on the portal', async () => {
    const client = createTestApi(tokenFor('jdoe'));
    const endpoint = await downloadEndpoint(client, AUTHORITY, '/home/jdoe/notes.txt');
    expect(endpoint.preauthorised).toBe(true);
    expect(endpoint.url).toMatch(
      new RegExp(`^${window.location.origin}/arc/files/preauth:\\w+/home/jdoe/notes.txt$`),
    );
  });

  it('takes the plain endpoint where cavern has no pre-authorisation keys (behind OIDC)', async () => {
    resetFakePlatform('storage-no-preauth');
    const client = createTestApi(tokenFor('jdoe'));
    expect(await downloadEndpoint(client, AUTHORITY, '/home/jdoe/notes.txt')).toEqual({
      url: `${window.location.origin}/arc/files/home/jdoe/notes.txt`,
      preauthorised: false,
    });
  });
});

describe('openFile', () => {
  /** A client on the fake platform that records what each request carried. */
  function recordingApi() {
    const sent: { path: string; authorization: string | null }[] = [];
    const token = tokenFor('jdoe');
    const client = createApiClient({
      services: { skaha: '/skaha', storage: '/arc', ac: '/ac', harbor: '/harbor', usage: '/prometheus' },
      getToken: () => token,
      onUnauthorized: () => undefined,
      fetch: (input, init) => {
        const url = new URL(input instanceof Request ? input.url : input.toString(), location.href);
        sent.push({ path: url.pathname, authorization: new Headers(init?.headers).get('Authorization') });
        return fetch(input, init);
      },
    });
    return { client, sent, token };
  }

  it('reads a pre-authorised address without the user’s token', async () => {
    const { client, sent } = recordingApi();
    const response = await openFile(client, AUTHORITY, '/home/jdoe/notes.txt');
    expect(await response.text()).toContain('notes.txt: observing notes');
    expect(sent.at(-1)?.path).toMatch(/^\/arc\/files\/preauth:\w+\/home\/jdoe\/notes\.txt$/);
    expect(sent.at(-1)?.authorization).toBeNull();
  });

  it('reads the plain address with the user’s token, where cavern offers no other', async () => {
    resetFakePlatform('storage-no-preauth');
    const { client, sent, token } = recordingApi();
    const response = await openFile(client, AUTHORITY, '/home/jdoe/notes.txt');
    expect(await response.text()).toContain('notes.txt: observing notes');
    expect(sent.at(-1)).toEqual({ path: '/arc/files/home/jdoe/notes.txt', authorization: `Bearer ${token}` });
  });
});

describe('downloadFile', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('never fetches nor clicks a refused endpoint', async () => {
    const client = createTestApi(tokenFor('jdoe'));
    getPlatform().storage.downloadEndpoint = 'https://evil.example/steal';
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const error: unknown = await downloadFile(client, AUTHORITY, {
      path: '/home/jdoe/notes.txt',
      name: 'notes.txt',
    }).catch((caught: unknown) => caught);
    expect(isApiError(error) && error.message).toMatch(/not on this portal: https:\/\/evil\.example/);
    expect(
      fetchSpy.mock.calls.map(([input]) => (input instanceof Request ? input.url : input.toString())),
    ).not.toContainEqual(expect.stringContaining('evil.example'));
    expect(click).not.toHaveBeenCalled();
  });

  it('reports a failed pre-authorised read as the storage service’s error', async () => {
    const client = createTestApi(tokenFor('jdoe'));
    getPlatform().storage.downloadEndpoint = `${window.location.origin}/arc/files/preauth:nope/home/jdoe/notes.txt`;
    const error: unknown = await downloadFile(client, AUTHORITY, {
      path: '/home/jdoe/notes.txt',
      name: 'notes.txt',
    }).catch((caught: unknown) => caught);
    expect(isApiError(error) && [error.service, error.kind, error.status]).toEqual(['storage', 'http', 403]);
  });

  it('saves a file stored as HTML as bytes, never as a document the browser could open on the portal', async () => {
    const stored = await fetch(`${window.location.origin}/arc/files/home/jdoe/page.html`, {
      method: 'PUT',
      body: '<script>alert(document.domain)</script>',
      headers: { Authorization: `Bearer ${tokenFor('jdoe')}`, 'Content-Type': 'text/html' },
    });
    expect(stored.status).toBe(201);
    const saved: { type: string; text: Promise<string> }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      // Node's fetch makes Node's Blob, not jsdom's: read through what both have.
      if ('text' in object) saved.push({ type: object.type, text: object.text() });
      return 'blob:portal/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await downloadFile(createTestApi(tokenFor('jdoe')), AUTHORITY, {
      path: '/home/jdoe/page.html',
      name: 'page.html',
    });
    expect(names).toEqual(['page.html']);
    expect(saved.map(({ type }) => type)).toEqual(['application/octet-stream']);
    expect(await saved[0]?.text).toBe('<script>alert(document.domain)</script>');
  });

  it('reads an address on the portal outside the service path through the HTTP client, without the token', async () => {
    const requests: { url: string; requestedWith: string | null; authorization: string | null }[] = [];
    const client = createApiClient({
      services: { skaha: '/skaha', storage: '/arc', ac: '/ac', harbor: '/harbor', usage: '/prometheus' },
      getToken: () => tokenFor('jdoe'),
      onUnauthorized: () => undefined,
      fetch: (input, init) => {
        const url = input instanceof Request ? input.url : input.toString();
        const headers = new Headers(init?.headers);
        requests.push({
          url,
          requestedWith: headers.get('X-Requested-With'),
          authorization: headers.get('Authorization'),
        });
        if (url.includes('/downloads/')) return Promise.resolve(new Response('the notes'));
        return fetch(input, init);
      },
    });
    getPlatform().storage.downloadEndpoint = `${window.location.origin}/downloads/notes.txt`;
    // Node's fetch makes Node's Blob, not jsdom's: its size is what can be read here.
    const savedSizes: number[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      savedSizes.push('size' in object ? object.size : -1);
      return 'blob:portal/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await downloadFile(client, AUTHORITY, { path: '/home/jdoe/notes.txt', name: 'notes.txt' });
    expect(requests.at(-1)).toEqual({
      url: `${window.location.origin}/downloads/notes.txt`,
      requestedWith: 'XMLHttpRequest',
      authorization: null,
    });
    expect(savedSizes).toEqual(['the notes'.length]);
  });
});
