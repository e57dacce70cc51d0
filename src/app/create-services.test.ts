import { BroadcastChannel as NodeChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuthChannel } from '../auth/auth-broadcast';
import { parseConfig } from '../config/load-config';
import { readUserPreference, writeUserPreference } from '../lib/preferences';
import { launchReplicasMutationOptions } from '../api/skaha/session-mutations';
import { getPlatform, holdRequests, watchLaunches } from '../test/fake-platform';
import { testServices } from '../test/test-api';
import { createServices } from './create-services';

const open: NodeChannel[] = [];
afterEach(() => {
  for (const channel of open.splice(0)) channel.close();
});

/** A tab's end of a real BroadcastChannel (Node's; jsdom has none). */
function channel(name: string): AuthChannel {
  const end = new NodeChannel(name);
  open.push(end);
  return {
    postMessage: (message) => {
      end.postMessage(message);
    },
    // one listener per tab is all the portal adds
    addEventListener: (_type, listener) => {
      end.onmessage = (event) => {
        listener(event);
      };
    },
  };
}

// The fake platform's demo users (their passwords are public: mocks/platform/users.ts).
const demoAccounts = ['jdoe', 'mchen'].map((username) => ({
  username,
  password: `demo-${username}`,
  displayName: username,
  role: 'member' as const,
}));

/** Everything said on the channel, heard by a bystander. */
function listen(name: string) {
  const end = new NodeChannel(name);
  open.push(end);
  const heard: unknown[] = [];
  end.onmessage = (event) => {
    heard.push(event.data);
  };
  return heard;
}

async function demoTab(authChannel?: AuthChannel) {
  const parsed = parseConfig({ mocks: true, auth: { mode: 'mock' } });
  if (!parsed.ok) throw new Error('invalid test config');
  const services = await createServices(
    { ...parsed.config, services: testServices() },
    { demoAccounts, authChannel },
  );
  if (services.auth.mode !== 'mock') throw new Error('expected the demo sign-in');
  return { ...services, auth: services.auth };
}

describe('one browser, several users', () => {
  it('empties the query cache when the user signs out or another signs in', async () => {
    const tab = await demoTab();
    expect(tab.auth.store.getState()).toMatchObject({ user: { username: 'jdoe' } });
    tab.queryClient.setQueryData(['sessions'], ['jdoe’s notebook']);
    await tab.auth.signInAs('mchen');
    expect(tab.queryClient.getQueryData(['sessions'])).toBeUndefined();

    tab.queryClient.setQueryData(['sessions'], ['mchen’s notebook']);
    await tab.auth.signOut();
    expect(tab.queryClient.getQueryCache().getAll()).toEqual([]);
  });

  it('forgets the launches remembered for a user who signs out, or after whom another signs in', async () => {
    localStorage.clear();
    const tab = await demoTab();
    writeUserPreference('jdoe', 'launch.headless', 'type=headless&cmd=python&env=PROPOSAL_ID%3D');
    writeUserPreference('jdoe', 'images.pageSize', '50');
    await tab.auth.signInAs('mchen');
    expect(readUserPreference('jdoe', 'launch.headless')).toBeUndefined();
    expect(readUserPreference('jdoe', 'images.pageSize')).toBe('50');

    writeUserPreference('mchen', 'launch.notebook', 'type=notebook');
    await tab.auth.signOut();
    expect(readUserPreference('mchen', 'launch.notebook')).toBeUndefined();
  });

  it('forgets, as someone signs in, the launches of a user who left by closing the tab', async () => {
    localStorage.clear();
    // Mei's tab was closed without signing out: no tab saw her leave.
    writeUserPreference('mchen', 'launch.headless', 'type=headless&cmd=python&env=PROPOSAL_ID%3D');
    writeUserPreference('jdoe', 'launch.notebook', 'type=notebook');
    sessionStorage.clear();
    const tab = await demoTab();
    expect(tab.auth.store.getState()).toMatchObject({ user: { username: 'jdoe' } });
    expect(readUserPreference('mchen', 'launch.headless')).toBeUndefined();
    expect(readUserPreference('jdoe', 'launch.notebook')).toBe('type=notebook');
  });

  it('a sign-out in one tab signs out the others; a sign-in as someone else too', async () => {
    const heard = listen('services-1');
    const first = await demoTab(channel('services-1'));
    const second = await demoTab(channel('services-1'));
    expect(second.auth.store.getState()).toMatchObject({ status: 'signedIn', user: { username: 'jdoe' } });

    await first.auth.signOut();
    await vi.waitFor(() => {
      expect(second.auth.store.getState()).toEqual({ status: 'signedOut' });
    });
    expect(sessionStorage.getItem('science-portal.token')).toBeNull();

    await second.auth.signInAs('jdoe');
    // (the first tab, signed out, has heard it and stays signed out)
    await vi.waitFor(() => {
      expect(heard.at(-1)).toEqual({ type: 'signedIn', username: 'jdoe' });
    });
    await first.auth.signInAs('mchen');
    await vi.waitFor(() => {
      expect(second.auth.store.getState()).toEqual({ status: 'signedOut' });
    });
    expect(first.auth.store.getState()).toMatchObject({ status: 'signedIn', user: { username: 'mchen' } });
  });

  it('sends none of a launch’s remaining replicas once its user has signed out and another in', async () => {
    const tab = await demoTab();
    const launches = watchLaunches();
    const firstHeld = holdRequests('/skaha/v1/session');
    const replica = (name: string) => ({
      name,
      image: 'images.canfar.net/skaha/terminal:1.1.2',
      type: 'headless' as const,
    });
    const launch = tab.queryClient
      .getMutationCache()
      .build(tab.queryClient, launchReplicasMutationOptions(tab.api))
      .execute({ requests: ['job-1', 'job-2', 'job-3'].map(replica) });
    await vi.waitFor(() => {
      expect(firstHeld.held()).toBe(1);
    });
    await tab.auth.signInAs('mchen');
    firstHeld.release();
    await expect(launch).rejects.toMatchObject({ service: 'skaha', status: 401 });
    expect(launches).toEqual(['job-1']);
    const names = getPlatform().skaha.sessions.map((session) => session.name);
    expect(names).not.toContain('job-2');
    expect(names).not.toContain('job-3');
  });
});
