// @vitest-environment node
import { storageEntry } from '@/test/storage-entry';
import { describe, expect, it } from 'vitest';
import { needsLargePackageConfirm, openTarget, packageBytes } from './folder-actions';

const AUTHORITY = 'cadc.nrc.ca~arc';

describe('opening a row', () => {
  it('previews a file and goes into a folder', () => {
    expect(openTarget(storageEntry({}), AUTHORITY)).toEqual({ kind: 'preview' });
    expect(openTarget(storageEntry({ kind: 'container', path: '/home/jdoe/data' }), AUTHORITY)).toEqual({
      kind: 'folder',
      path: '/home/jdoe/data',
    });
  });

  it('follows a link in this space to its target, and only names a link elsewhere', () => {
    const inside = storageEntry({ kind: 'link', target: 'vos://cadc.nrc.ca~arc/projects/m31' });
    expect(openTarget(inside, AUTHORITY)).toEqual({ kind: 'folder', path: '/projects/m31' });
    const outside = storageEntry({ kind: 'link', target: 'vos://other.org~vault/data' });
    expect(openTarget(outside, AUTHORITY)).toEqual({
      kind: 'external',
      target: 'vos://other.org~vault/data',
    });
  });
});

describe('packages held in memory', () => {
  it('adds the sizes the listing knows', () => {
    expect(
      packageBytes([storageEntry({ size: 3 }), storageEntry({ size: undefined }), storageEntry({ size: 4 })]),
    ).toBe(7);
  });

  it('asks first past 2 GiB, and never when the package streams to disk', () => {
    expect(needsLargePackageConfirm(2 * 1024 ** 3, false)).toBe(false);
    expect(needsLargePackageConfirm(2 * 1024 ** 3 + 1, false)).toBe(true);
    expect(needsLargePackageConfirm(10 * 1024 ** 3, true)).toBe(false);
  });
});
