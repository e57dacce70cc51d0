import { describe, expect, it, vi } from 'vitest';
import { AuthStore } from './auth-store';

const jane = { username: 'jdoe', displayName: 'Jane Doe' };

describe('AuthStore', () => {
  it('holds the token only while signed in', () => {
    const store = new AuthStore();
    expect(store.getState()).toEqual({ status: 'signedOut' });
    store.signedIn(jane, 'token-1');
    expect(store.getToken()).toBe('token-1');
    store.expired();
    expect(store.getState()).toEqual({ status: 'expired', user: jane });
    expect(store.getToken()).toBeUndefined();
    store.signedOut();
    expect(store.getState()).toEqual({ status: 'signedOut' });
  });

  it('returns from expired to signed in when the same session is renewed', () => {
    const store = new AuthStore();
    store.signedIn(jane, 'token-1');
    store.expired();
    store.renewed('token-2');
    expect(store.getState()).toEqual({ status: 'signedIn', user: jane });
    expect(store.getToken()).toBe('token-2');
  });

  it('ignores an expiry while signed out, and tells its listeners of every change', () => {
    const store = new AuthStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.expired();
    expect(listener).not.toHaveBeenCalled();
    store.signedIn(jane, 'token-1');
    store.signedOut(new Error('callback failed'));
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    store.signedIn(jane, 'token-2');
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
