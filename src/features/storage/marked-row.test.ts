// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { storageEntry } from '@/test/storage-entry';
import { childOnTheWay, markRow } from './marked-row';

describe('the way down from a folder', () => {
  it('is the child the deeper path goes through', () => {
    expect(childOnTheWay('/home/jdoe', '/home/jdoe/data/raw')).toBe('/home/jdoe/data');
    expect(childOnTheWay('/home/jdoe/', '/home/jdoe/data')).toBe('/home/jdoe/data');
    expect(childOnTheWay('/', '/projects/m31')).toBe('/projects');
  });

  it('is none from a folder beside, above or the same', () => {
    expect(childOnTheWay('/home/jdoe', '/home/jdoe2/data')).toBeUndefined();
    expect(childOnTheWay('/home/jdoe', '/home')).toBeUndefined();
    expect(childOnTheWay('/home/jdoe', '/home/jdoe')).toBeUndefined();
    expect(childOnTheWay('/home/jdoe', '/home/jdoe/')).toBeUndefined();
  });
});

describe('marking a row', () => {
  const rows = [storageEntry({ name: 'a' }), storageEntry({ name: 'b' }), storageEntry({ name: 'c' })];

  it('selects it alone, with the cursor and the range anchor on it', () => {
    expect(markRow(rows, '/home/jdoe/b')).toEqual({
      selected: new Set(['/home/jdoe/b']),
      active: 1,
      anchor: 1,
    });
  });

  it('marks nothing while the row is not shown', () => {
    expect(markRow(rows, '/home/jdoe/z')).toBeUndefined();
    expect(markRow([], '/home/jdoe/a')).toBeUndefined();
  });
});
