// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { AuthController } from '@/auth/auth-controller';
import { AuthStore } from '@/auth/auth-store';
import { harborTokenSource } from './use-harbor-api';

const user = { username: 'jdoe', displayName: 'Jane Doe' };
const base = {
  restore: () => Promise.resolve(),
  signOut: () => Promise.resolve(),
  forget: () => Promise.resolve(),
};

describe('the token Harbor calls carry', () => {
  it('is none in cadc mode, the ID token in OIDC mode, the demo token in mock mode', () => {
    const store = new AuthStore();
    store.signedIn(user, 'access-token', 'id-token');
    const cadc: AuthController = {
      ...base,
      mode: 'cadc',
      store,
      signIn: () => Promise.resolve(),
      canSignOut: () => true,
    };
    const oidc: AuthController = {
      ...base,
      mode: 'oidc',
      store,
      signIn: () => Promise.resolve(),
      renewSilently: () => Promise.resolve(true),
    };
    const mock: AuthController = {
      ...base,
      mode: 'mock',
      store,
      accounts: [],
      signInAs: () => Promise.resolve(),
    };
    expect(harborTokenSource(cadc)()).toBeNull();
    expect(harborTokenSource(oidc)()).toBe('id-token');
    expect(harborTokenSource(mock)()).toBeUndefined();
    store.signedIn(user, 'access-token');
    expect(harborTokenSource(oidc)()).toBeNull();
  });
});
