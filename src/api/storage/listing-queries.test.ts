import { QueryClient } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '@/api/http/client';
import { failNext, getPlatform, tokenFor } from '@/test/fake-platform';
import { testServices } from '@/test/test-api';
import { listingProgressKey, useListingProgress } from './listing-progress';
import { listingQueryOptions } from './listing-queries';

const AUTHORITY = 'cadc.nrc.ca~arc';

/** A client whose requests are recorded as they go over the wire: path, query and Accept header. */
function recordingApi() {
  const requested: string[] = [];
  const api = createApiClient({
    services: testServices(),
    getToken: () => tokenFor('jdoe'),
    onUnauthorized: () => undefined,
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input);
      requested.push(`${url.pathname}${url.search} ${new Headers(init?.headers).get('Accept') ?? ''}`);
      return fetch(input, init);
    },
  });
  return { api, requested };
}

/** A node in jdoe's home: a link to `target` (a path in this space), or a folder of `generated` children. */
function putNode(path: string, node: { target: string } | { generated: number }) {
  getPlatform().storage.nodes[path] = {
    creator: 'jdoe',
    date: Date.now(),
    isPublic: false,
    groupRead: [],
    groupWrite: [],
    ...('target' in node
      ? { kind: 'link', target: `vos://${AUTHORITY}${node.target}` }
      : { kind: 'container', generated: node.generated }),
  };
}

const list = (path: string, api = recordingApi().api) =>
  new QueryClient().query(listingQueryOptions(api, AUTHORITY, path));

describe('listing a folder', () => {
  it('asks cavern for XML and follows a link to the folder it names, saying which link it followed', async () => {
    const { api, requested } = recordingApi();
    // The seed's /home/jdoe/survey-team is a link to the project folder.
    const listing = await list('/home/jdoe/survey-team', api);
    expect(listing.path).toBe('/projects/survey-team');
    // The storage page's "Followed the link … to …" notice is made of this.
    expect(listing.followed).toEqual(['/home/jdoe/survey-team']);
    expect(listing.entries.map((entry) => entry.name)).toContain('README.md');
    // detail=max: cavern tags the folder and each row with the user's rights.
    expect(requested).toEqual([
      '/arc/nodes/home/jdoe/survey-team?detail=max text/xml',
      '/arc/nodes/projects/survey-team?detail=max text/xml',
    ]);
  });

  it('refuses a circle of links once it comes back to a link already followed', async () => {
    putNode('/home/jdoe/a', { target: '/home/jdoe/b' });
    putNode('/home/jdoe/b', { target: '/home/jdoe/a' });
    const { api, requested } = recordingApi();
    await expect(list('/home/jdoe/a', api)).rejects.toMatchObject({
      service: 'storage',
      kind: 'malformed',
      message: 'the link /home/jdoe/a leads round in a circle',
    });
    // Not round and round until a hop limit: a, then b, whose target is a, already followed.
    expect(requested).toEqual([
      '/arc/nodes/home/jdoe/a?detail=max text/xml',
      '/arc/nodes/home/jdoe/b?detail=max text/xml',
    ]);
  });

  it('follows at most eight links in a row', async () => {
    const chain = Array.from({ length: 10 }, (_, index) => `/home/jdoe/hop${index}`);
    chain.forEach((path, index) => {
      putNode(path, { target: chain[index + 1] ?? '/home/jdoe/data' });
    });
    await expect(list('/home/jdoe/hop0')).rejects.toMatchObject({ service: 'storage', kind: 'malformed' });
    const listing = await list('/home/jdoe/hop2');
    expect(listing.path).toBe('/home/jdoe/data');
    expect(listing.followed).toHaveLength(8);
  });

  it('refuses an answer that is not XML as malformed, keeping its text', async () => {
    failNext('storage', { status: 200, body: '<vos:node xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0"' });
    await expect(list('/home/jdoe')).rejects.toMatchObject({
      service: 'storage',
      kind: 'malformed',
      message: 'the answer is not well-formed XML',
      body: '<vos:node xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0"',
    });
  });

  it('stops saying a big folder is being read once it has been read', async () => {
    putNode('/home/jdoe/big', { generated: 5000 });
    const { result } = renderHook(() => useListingProgress(listingProgressKey(AUTHORITY, '/home/jdoe/big')));
    const listing = await act(() => list('/home/jdoe/big'));
    expect(listing.entries).toHaveLength(5000);
    expect(result.current).toBeUndefined();
  });
});

/** An empty folder in the fake cavern, made by `creator` and shared with no group. */
function putFolder(path: string, creator = 'jdoe') {
  getPlatform().storage.nodes[path] = {
    kind: 'container',
    creator,
    date: Date.now(),
    isPublic: false,
    groupRead: [],
    groupWrite: [],
  };
}

describe('what the user may do with a folder and its rows', () => {
  it('reads each row’s rights from cavern’s tags, and a row without them as one the user may not read', async () => {
    // cavern lists every project, and tags only what the user may read and write (jdoe: survey-team).
    const listing = await list('/projects');
    expect(listing).toMatchObject({ readable: true, writable: false });
    expect(listing.entries.map(({ name, readable, writable }) => ({ name, readable, writable }))).toEqual([
      { name: 'survey-team', readable: true, writable: true },
      { name: 'lensing-lab', readable: false, writable: false },
    ]);
  });

  it('tells a folder the user may not read from an empty one, asking the parent only for an untagged empty one', async () => {
    putFolder('/home/jdoe/empty');
    const readable = recordingApi();
    expect(await list('/home/jdoe/empty', readable.api)).toMatchObject({
      readable: true,
      writable: true,
      entries: [],
    });
    expect(readable.requested).toHaveLength(1);
    // lensing-lab comes back as its properties, no children and no tag: the parent, tagged, says cavern tags.
    const locked = recordingApi();
    expect(await list('/projects/lensing-lab', locked.api)).toMatchObject({
      readable: false,
      writable: false,
      entries: [],
    });
    expect(locked.requested.map((request) => request.split(' ')[0])).toEqual([
      '/arc/nodes/projects/lensing-lab?detail=max',
      '/arc/nodes/projects?limit=0&detail=max',
    ]);
  });

  it('says nothing of rights where the service does not tag them', async () => {
    const untagged = `<?xml version="1.0" encoding="UTF-8"?>
<vos:node xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" uri="vos://${AUTHORITY}/home/jdoe/data" xsi:type="vos:ContainerNode"><vos:properties /><vos:nodes /></vos:node>`;
    // The folder, then its parent: neither tagged.
    failNext('storage', { status: 200, body: untagged, times: 2 });
    expect(await list('/home/jdoe/data')).toMatchObject({
      readable: undefined,
      writable: undefined,
      entries: [],
    });
  });
});
