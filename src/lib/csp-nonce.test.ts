import { afterEach, describe, expect, it } from 'vitest';
import { readStyleNonce } from './csp-nonce';

afterEach(() => {
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
