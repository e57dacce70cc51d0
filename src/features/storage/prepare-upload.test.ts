import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { listingQueryOptions } from '@/api/storage/listing-queries';
import { resetFakePlatform, tokenFor } from '@/test/fake-platform';
import { createTestApi } from '@/test/test-api';
import { planUploads } from './prepare-upload';

const AUTHORITY = 'cadc.nrc.ca~arc';
const HOME = '/home/jdoe';

const picked = (relativePath: string) => ({
  file: new File(['x'], relativePath.split('/').at(-1) ?? relativePath),
  relativePath,
});

const PICKED = [
  'data/m101.fits',
  'data/new.fits',
  'data/raw/exposure-2.fits',
  'notes.txt',
  'fresh/a.txt',
  'data/raw',
];

async function plan(withListing: boolean) {
  const api = createTestApi(tokenFor('jdoe'));
  const queryClient = new QueryClient();
  const current = withListing
    ? (await queryClient.query(listingQueryOptions(api, AUTHORITY, HOME))).entries
    : undefined;
  const planned = await planUploads(api, queryClient, AUTHORITY, HOME, current, PICKED.map(picked));
  return planned.map(({ path, exists }) => [path.slice(HOME.length + 1), exists]);
}

// What a folder upload would replace: the person is asked before any of these is written.
const EXPECTED = [
  ['data/m101.fits', true],
  ['data/new.fits', false],
  ['data/raw/exposure-2.fits', true],
  ['notes.txt', true],
  ['fresh/a.txt', false],
  // a folder of that name is there, not a file: no file is replaced
  ['data/raw', false],
];

describe('planning an upload into a folder', () => {
  it('finds every file it would replace, in the folder and in the folders below it', async () => {
    expect(await plan(true)).toEqual(EXPECTED);
  });

  it('asks the service about each destination when the folder’s listing is not at hand', async () => {
    expect(await plan(false)).toEqual(EXPECTED);
  });

  it('takes a folder gone since the listing as new, rather than failing', async () => {
    const queryClient = new QueryClient();
    const listing = listingQueryOptions(createTestApi(tokenFor('jdoe')), AUTHORITY, HOME);
    const current = (await queryClient.query(listing)).entries;
    // The folders go meanwhile: a new user's platform has no home yet.
    resetFakePlatform('new-user');
    const api = createTestApi(tokenFor('jdoe'));
    const planned = await planUploads(api, queryClient, AUTHORITY, HOME, current, [picked('data/m101.fits')]);
    expect(planned.map(({ exists }) => exists)).toEqual([false]);
  });
});
