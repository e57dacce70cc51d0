// @vitest-environment node
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

  it('keeps the OIDC ID token beside the access token, renews and forgets it with it', () => {
    const store = new AuthStore();
    store.signedIn(jane, 'access-1', 'id-1');
    expect(store.getIdToken()).toBe('id-1');
    store.renewed('access-2', 'id-2');
    expect(store.getIdToken()).toBe('id-2');
    store.expired();
    expect(store.getIdToken()).toBeUndefined();
    store.signedIn(jane, 'cadc-token');
    expect(store.getIdToken()).toBeUndefined();
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

  it('knows a sign-in by the site cookie through an expiry, and forgets it with a token or a sign-out', () => {
    const store = new AuthStore();
    expect(store.isCookieSession()).toBe(false);
    store.signedInWithCookie(jane);
    expect(store.getState()).toEqual({ status: 'signedIn', user: jane });
    expect(store.isCookieSession()).toBe(true);
    expect(store.getToken()).toBeUndefined();
    store.expired();
    // the sign-in dialog offers the cookie's way back in
    expect(store.isCookieSession()).toBe(true);
    store.signedIn(jane, 'token-1');
    expect(store.isCookieSession()).toBe(false);
    store.signedInWithCookie(jane);
    expect(store.getToken()).toBeUndefined();
    store.signedOut();
    expect(store.isCookieSession()).toBe(false);
  });

  it('keeps why a sign-in could not be restored', () => {
    const store = new AuthStore();
    const why = new Error('whoami did not answer');
    store.signedOut(why);
    expect(store.getState()).toEqual({ status: 'signedOut', error: why });
    store.signedOut();
    expect(store.getState()).toStrictEqual({ status: 'signedOut' });
  });
});
