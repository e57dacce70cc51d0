// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/http/api-error';
import type { VosNode } from '@/api/storage/vospace-xml';
import {
  activeDestinations,
  allocationRootOf,
  clashingDestinations,
  destinationIn,
  retryMustAsk,
  spaceShortfall,
} from './upload-plan';
import { ChecksumMismatchError, replacesFile, type UploadItem } from './upload-queue';

const failure = (message: string) =>
  new ApiError({ service: 'storage', kind: 'network', status: 0, message });

const PAUSED = new ApiError({ service: 'storage', kind: 'http', status: 401, message: 'Unauthorized' });

const item = (patch: Partial<UploadItem>): UploadItem => ({
  id: 1,
  path: '/home/jdoe/a.txt',
  name: 'a.txt',
  size: 1,
  sentBytes: 0,
  status: 'failed',
  error: undefined,
  md5: undefined,
  written: undefined,
  fileMd5: undefined,
  replace: false,
  ...patch,
});

const fileNode = (md5: string | undefined): VosNode => ({
  kind: 'data',
  busy: false,
  uri: 'vos://cadc.nrc.ca~arc/home/jdoe/a.txt',
  path: '/home/jdoe/a.txt',
  name: 'a.txt',
  properties: {},
  length: 1,
  date: undefined,
  creator: undefined,
  quota: undefined,
  md5,
  contentType: undefined,
  isPublic: false,
  groupRead: [],
  groupWrite: [],
  inheritPermissions: undefined,
  readable: undefined,
  writable: undefined,
});

describe('destinations', () => {
  it('joins a relative path to the folder, the root included', () => {
    expect(destinationIn('/home/jdoe', 'raw/a.fits')).toBe('/home/jdoe/raw/a.fits');
    expect(destinationIn('/', 'a.txt')).toBe('/a.txt');
  });

  it('finds a destination named twice in a batch, or already taken by another upload', () => {
    expect(clashingDestinations(['/h/a', '/h/b'], new Set())).toEqual([]);
    expect(clashingDestinations(['/h/a', '/h/b', '/h/a', '/h/a'], new Set())).toEqual(['/h/a']);
    expect(clashingDestinations(['/h/a', '/h/b'], new Set(['/h/b', '/h/c']))).toEqual(['/h/b']);
  });

  it('counts only the uploads still to finish as taking a destination, one paused for a sign-in included', () => {
    const items = [
      item({ id: 7, path: '/h/paused', status: 'failed', error: PAUSED }),
      item({ id: 1, path: '/h/queued', status: 'queued' }),
      item({ id: 2, path: '/h/up', status: 'uploading' }),
      item({ id: 3, path: '/h/check', status: 'verifying' }),
      item({ id: 4, path: '/h/done', status: 'done' }),
      item({ id: 5, path: '/h/failed', status: 'failed' }),
      item({ id: 6, path: '/h/cancelled', status: 'cancelled' }),
    ];
    expect(activeDestinations(items)).toEqual(['/h/paused', '/h/queued', '/h/up', '/h/check']);
  });

  it('takes only a file as something an upload would replace', () => {
    expect(replacesFile(undefined)).toBe(false);
    expect(replacesFile(fileNode('abc'))).toBe(true);
    expect(replacesFile({ ...fileNode(undefined), kind: 'container', children: [] })).toBe(false);
  });
});

describe('retrying an upload', () => {
  it('goes ahead when the destination is free', () => {
    expect(retryMustAsk(item({}), undefined)).toBe(false);
  });

  it('asks when a file appeared there meanwhile', () => {
    expect(retryMustAsk(item({ error: failure('network') }), fileNode('abc'))).toBe(true);
    expect(retryMustAsk(item({ error: new ChecksumMismatchError('sent', 'left') }), fileNode('other'))).toBe(
      true,
    );
  });

  it('replaces without asking the whole file its own attempt wrote before its check failed', () => {
    expect(retryMustAsk(item({ error: failure('timeout'), written: 'abc' }), fileNode('abc'))).toBe(false);
    expect(retryMustAsk(item({ error: failure('timeout'), written: 'abc' }), fileNode('xyz'))).toBe(true);
  });

  it('replaces without asking what its own mismatched attempt left', () => {
    expect(retryMustAsk(item({ error: new ChecksumMismatchError('sent', 'left') }), fileNode('left'))).toBe(
      false,
    );
  });
});

describe('the storage space a path counts against', () => {
  it('is its home or project folder', () => {
    expect(allocationRootOf('/home/jdoe')).toBe('/home/jdoe');
    expect(allocationRootOf('/home/jdoe/data/raw')).toBe('/home/jdoe');
    expect(allocationRootOf('/projects/skysurvey/x')).toBe('/projects/skysurvey');
    expect(allocationRootOf('/projects')).toBeUndefined();
    expect(allocationRootOf('/')).toBeUndefined();
  });
});

describe('whether a batch fits in its storage space', () => {
  const home = (used: number | undefined, quota: number | undefined) => ({
    path: '/home/jdoe',
    used,
    quota,
    exists: true,
  });
  const sized = (size: number, replacedBytes?: number) => ({ file: { size }, replacedBytes });

  it('fits when the batch needs no more than is free', () => {
    expect(spaceShortfall(home(90, 100), [sized(4), sized(6)], [])).toBeUndefined();
    // empty files take no room, even in a full space
    expect(spaceShortfall(home(100, 100), [sized(0)], [])).toBeUndefined();
  });

  it('says how much is free and how much the batch needs when it does not fit', () => {
    expect(spaceShortfall(home(95, 100), [sized(4), sized(6)], [])).toEqual({
      root: '/home/jdoe',
      free: 5,
      needed: 10,
      files: 2,
    });
    // more used than allowed is nothing free, not less than nothing
    expect(spaceShortfall(home(120, 100), [sized(1)], [])?.free).toBe(0);
  });

  it('counts a replacement only by what it adds to the file it replaces', () => {
    expect(spaceShortfall(home(100, 100), [sized(10, 10)], [])).toBeUndefined();
    expect(spaceShortfall(home(98, 100), [sized(10, 6)], [])).toMatchObject({ needed: 4, free: 2 });
    // a replaced file of unknown size frees nothing the check can count on
    expect(spaceShortfall(home(98, 100), [sized(10, undefined)], [])).toMatchObject({ needed: 10 });
  });

  it('keeps room for what the uploads already running into the same space have still to send', () => {
    const running = [
      item({ status: 'uploading', path: '/home/jdoe/big.fits', size: 50, sentBytes: 20 }),
      // elsewhere, or over: no room kept
      item({ status: 'queued', path: '/projects/x/other.fits', size: 500 }),
      item({ status: 'done', path: '/home/jdoe/old.fits', size: 500, sentBytes: 500 }),
      item({ status: 'failed', path: '/home/jdoe/failed.fits', size: 500 }),
    ];
    expect(spaceShortfall(home(50, 100), [sized(10)], running)).toBeUndefined();
    expect(spaceShortfall(home(50, 100), [sized(21)], running)).toMatchObject({ free: 20, needed: 21 });
    // one paused until the user signs in again is sent again whole
    const paused = [
      ...running,
      item({ path: '/home/jdoe/paused.fits', size: 8, sentBytes: 5, error: PAUSED }),
    ];
    expect(spaceShortfall(home(50, 100), [sized(13)], paused)).toMatchObject({ free: 12, needed: 13 });
  });

  it('cannot tell without a quota, a figure or a folder: the service decides', () => {
    expect(spaceShortfall(undefined, [sized(10)], [])).toBeUndefined();
    expect(spaceShortfall(home(undefined, 100), [sized(10)], [])).toBeUndefined();
    expect(spaceShortfall(home(100, undefined), [sized(10)], [])).toBeUndefined();
    expect(
      spaceShortfall(
        { path: '/home/jdoe', used: undefined, quota: undefined, exists: false },
        [sized(1)],
        [],
      ),
    ).toBeUndefined();
  });
});
