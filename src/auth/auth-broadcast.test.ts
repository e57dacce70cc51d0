// @vitest-environment node
import { BroadcastChannel as NodeChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectAuthBroadcast, type AuthChannel, type AuthMessage } from './auth-broadcast';
import { AuthStore } from './auth-store';

const jane = { username: 'jdoe', displayName: 'Jane Doe' };
const mei = { username: 'mchen', displayName: 'Mei Chen' };

const open: NodeChannel[] = [];
afterEach(() => {
  for (const channel of open.splice(0)) channel.close();
});

/** One tab: its store, its end of a real channel (Node's BroadcastChannel), and what `forget` did. */
function tab(name: string) {
  const channel = new NodeChannel(name);
  open.push(channel);
  const store = new AuthStore();
  const forget = vi.fn(() => {
    store.signedOut();
    return Promise.resolve();
  });
  const end: AuthChannel = {
    postMessage: (message) => {
      channel.postMessage(message);
    },
    // one listener per tab is all the portal adds
    addEventListener: (_type, listener) => {
      channel.onmessage = (event) => {
        listener(event);
      };
    },
  };
  connectAuthBroadcast(store, end, forget);
  return { store, forget };
}

/** Everything said on the channel, heard by a bystander. */
function listen(name: string) {
  const channel = new NodeChannel(name);
  open.push(channel);
  const heard: unknown[] = [];
  channel.onmessage = (event) => {
    heard.push(event.data);
  };
  return heard;
}

describe('the tabs of one browser', () => {
  it('a sign-out in one tab signs the other out, once, without echoing back', async () => {
    const heard = listen('t1');
    const first = tab('t1');
    const second = tab('t1');
    first.store.signedIn(jane, 'token');
    second.store.signedIn(jane, 'token');
    await vi.waitFor(() => {
      expect(heard).toHaveLength(2);
    });

    first.store.signedOut();
    await vi.waitFor(() => {
      expect(second.store.getState()).toEqual({ status: 'signedOut' });
    });
    expect(second.forget).toHaveBeenCalledTimes(1);
    // the second tab's forgetting was not announced again: only the first tab's sign-out went out
    expect(heard.slice(2)).toEqual([{ type: 'signedOut' } satisfies AuthMessage]);
    expect(first.forget).not.toHaveBeenCalled();
  });

  it('a sign-in as someone else signs the other tab out; the same user or an expiry changes nothing', async () => {
    const heard = listen('t2');
    const first = tab('t2');
    const second = tab('t2');
    first.store.signedIn(jane, 'token');
    second.store.signedIn(jane, 'token');
    second.store.expired();
    await vi.waitFor(() => {
      expect(heard).toEqual([
        { type: 'signedIn', username: 'jdoe' },
        { type: 'signedIn', username: 'jdoe' },
      ]);
    });
    expect(first.forget).not.toHaveBeenCalled();
    expect(second.forget).not.toHaveBeenCalled();

    first.store.signedIn(mei, 'token-2');
    await vi.waitFor(() => {
      expect(second.store.getState()).toEqual({ status: 'signedOut' });
    });
    // Mei's tab stays signed in: the other tab's forgetting did not go out as a sign-out
    await vi.waitFor(() => {
      expect(heard).toHaveLength(3);
    });
    expect(first.store.getState()).toEqual({ status: 'signedIn', user: mei });
    expect(first.forget).not.toHaveBeenCalled();
  });

  it('ignores messages it does not understand, and never puts a token on the channel', async () => {
    const heard = listen('t3');
    const first = tab('t3');
    first.store.signedIn(jane, 'secret-token');
    const stranger = new NodeChannel('t3');
    open.push(stranger);
    stranger.postMessage({ type: 'signedOut!' });
    stranger.postMessage('signedOut');
    stranger.postMessage({ type: 'signedIn' });
    await vi.waitFor(() => {
      expect(heard).toHaveLength(4);
    });
    expect(first.forget).not.toHaveBeenCalled();
    expect(JSON.stringify(heard)).not.toContain('secret-token');
  });
});
