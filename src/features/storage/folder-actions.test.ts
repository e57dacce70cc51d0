import { describe, expect, it } from 'vitest';
import type { StorageEntry } from '@/api/storage/listing';
import { needsLargePackageConfirm, openTarget, packageBytes } from './folder-actions';

const AUTHORITY = 'cadc.nrc.ca~arc';
const entry = (change: Partial<StorageEntry>): StorageEntry => ({
  name: 'x',
  path: '/home/jdoe/x',
  kind: 'data',
  size: undefined,
  date: undefined,
  contentType: undefined,
  md5: undefined,
  target: undefined,
  isPublic: false,
  groupRead: [],
  groupWrite: [],
  inheritPermissions: undefined,
  ...change,
});

describe('opening a row', () => {
  it('previews a file and goes into a folder', () => {
    expect(openTarget(entry({}), AUTHORITY)).toEqual({ kind: 'preview' });
    expect(openTarget(entry({ kind: 'container', path: '/home/jdoe/data' }), AUTHORITY)).toEqual({
      kind: 'folder',
      path: '/home/jdoe/data',
    });
  });

  it('follows a link in this space to its target, and only names a link elsewhere', () => {
    const inside = entry({ kind: 'link', target: 'vos://cadc.nrc.ca~arc/projects/m31' });
    expect(openTarget(inside, AUTHORITY)).toEqual({ kind: 'folder', path: '/projects/m31' });
    const outside = entry({ kind: 'link', target: 'vos://other.org~vault/data' });
    expect(openTarget(outside, AUTHORITY)).toEqual({
      kind: 'external',
      target: 'vos://other.org~vault/data',
    });
  });
});

describe('packages held in memory', () => {
  it('adds the sizes the listing knows', () => {
    expect(packageBytes([entry({ size: 3 }), entry({ size: undefined }), entry({ size: 4 })])).toBe(7);
  });

  it('asks first past 2 GiB, and never when the package streams to disk', () => {
    expect(needsLargePackageConfirm(2 * 1024 ** 3, false)).toBe(false);
    expect(needsLargePackageConfirm(2 * 1024 ** 3 + 1, false)).toBe(true);
    expect(needsLargePackageConfirm(10 * 1024 ** 3, true)).toBe(false);
  });
});
