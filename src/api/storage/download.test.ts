import { describe, expect, it } from 'vitest';
import { createApiClient } from '../http/client';
import { onPortalOrigin } from './download';

const api = (storage: string) =>
  createApiClient({
    services: { skaha: '/skaha', storage, ac: '/ac', harbor: '/harbor', usage: '/prometheus' },
    getToken: () => undefined,
    onUnauthorized: () => undefined,
  });

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

  it('leaves an endpoint elsewhere as it is', () => {
    expect(onPortalOrigin(api('/arc'), 'https://other.example/data/x.fits')).toBe(
      'https://other.example/data/x.fits',
    );
  });
});
