import { describe, expect, it } from 'vitest';
import type { StorageEntry } from '@/api/storage/listing';
import { sharingChanged } from './sharing-form';

const folder: StorageEntry = {
  name: 'data',
  path: 'home/jdoe/data',
  kind: 'container',
  size: undefined,
  date: undefined,
  contentType: undefined,
  md5: undefined,
  target: undefined,
  isPublic: false,
  groupRead: ['ivo://cadc.nrc.ca/gms?survey-team'],
  groupWrite: [],
  inheritPermissions: true,
};
const asShown = {
  isPublic: false,
  groupRead: ['survey-team'],
  groupWrite: [],
  inherit: true,
  recursive: false,
};

describe('sharingChanged', () => {
  it('sees no change in the form as the item has it (group names as shown, URIs as stored)', () => {
    expect(sharingChanged(folder, asShown)).toBe(false);
    // a group typed as its whole URI is the same group
    expect(sharingChanged(folder, { ...asShown, groupRead: ['ivo://cadc.nrc.ca/gms?survey-team'] })).toBe(
      false,
    );
  });

  it.each([
    ['public turned on', { isPublic: true }],
    ['a group added', { groupRead: ['survey-team', 'lensing'] }],
    ['a group removed', { groupRead: [] }],
    ['a group moved to write', { groupRead: [], groupWrite: ['survey-team'] }],
    ['inheritance turned off', { inherit: false }],
    ['applied to everything inside', { recursive: true }],
  ])('sees %s', (_what, change) => {
    expect(sharingChanged(folder, { ...asShown, ...change })).toBe(true);
  });

  it('ignores the folder-only switches for a file, which has none', () => {
    const file: StorageEntry = { ...folder, kind: 'data', inheritPermissions: undefined };
    expect(sharingChanged(file, { ...asShown, inherit: false, recursive: false })).toBe(false);
  });
});
