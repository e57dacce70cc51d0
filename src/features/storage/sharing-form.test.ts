import { describe, expect, it } from 'vitest';
import { storageEntry } from '@/test/storage-entry';
import { sharingChanged } from './sharing-form';

const folder = storageEntry({
  path: '/home/jdoe/data',
  kind: 'container',
  groupRead: ['ivo://cadc.nrc.ca/gms?survey-team'],
  inheritPermissions: true,
});
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
    const file = storageEntry({ groupRead: folder.groupRead });
    // the form's inherit (true) differs from the file's (none): only a folder would call that a change
    expect(sharingChanged(file, asShown)).toBe(false);
    expect(sharingChanged({ ...file, kind: 'container' }, asShown)).toBe(true);
  });
});
