import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStyleNonce } from './csp-nonce';

afterEach(() => {
  globalThis.__webpack_nonce__ = undefined;
  document.head.querySelectorAll('meta[property="csp-nonce"]').forEach((meta) => {
    meta.remove();
  });
});

function addNonceMeta(nonce: string) {
  const meta = document.createElement('meta');
  meta.setAttribute('property', 'csp-nonce');
  meta.setAttribute('nonce', nonce);
  document.head.append(meta);
}

describe('readStyleNonce', () => {
  it('reads the nonce the server stamped on the csp-nonce meta element', () => {
    addNonceMeta('3f9a0c1d2e4b5a6978c0d1e2f3a4b5c6');
    expect(readStyleNonce()).toBe('3f9a0c1d2e4b5a6978c0d1e2f3a4b5c6');
  });

  it('is undefined without the meta element or with an empty nonce', () => {
    expect(readStyleNonce()).toBeUndefined();
    addNonceMeta('');
    expect(readStyleNonce()).toBeUndefined();
  });
});

describe('styleNonceGetter', () => {
  // It reads the page once: each test takes a fresh copy of the module.
  const fresh = async () => {
    vi.resetModules();
    return (await import('./csp-nonce')).styleNonceGetter;
  };

  it('hands the nonce to Mantine and to react-remove-scroll, reading it once', async () => {
    addNonceMeta('3f9a0c1d2e4b5a6978c0d1e2f3a4b5c6');
    const styleNonceGetter = await fresh();
    const get = styleNonceGetter();
    expect(get?.()).toBe('3f9a0c1d2e4b5a6978c0d1e2f3a4b5c6');
    expect(globalThis.__webpack_nonce__).toBe('3f9a0c1d2e4b5a6978c0d1e2f3a4b5c6');
    document.head.querySelector('meta[property="csp-nonce"]')?.remove();
    expect(styleNonceGetter()).toBe(get);
  });

  it('gives no getter, and sets no global, where the page has no nonce', async () => {
    const styleNonceGetter = await fresh();
    expect(styleNonceGetter()).toBeUndefined();
    expect(globalThis.__webpack_nonce__).toBeUndefined();
  });
});
