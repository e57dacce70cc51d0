// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/http/api-error';
import type { VosNode } from '@/api/storage/vospace-xml';
import { activeDestinations, clashingDestinations, destinationIn, retryMustAsk } from './upload-plan';
import { ChecksumMismatchError, replacesFile, type UploadItem } from './upload-queue';

const failure = (message: string) =>
  new ApiError({ service: 'storage', kind: 'network', status: 0, message });

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

  it('counts only the uploads still queued or running as taking a destination', () => {
    const items = [
      item({ id: 1, path: '/h/queued', status: 'queued' }),
      item({ id: 2, path: '/h/up', status: 'uploading' }),
      item({ id: 3, path: '/h/check', status: 'verifying' }),
      item({ id: 4, path: '/h/done', status: 'done' }),
      item({ id: 5, path: '/h/failed', status: 'failed' }),
      item({ id: 6, path: '/h/cancelled', status: 'cancelled' }),
    ];
    expect(activeDestinations(items)).toEqual(['/h/queued', '/h/up', '/h/check']);
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
