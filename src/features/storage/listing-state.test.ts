// @vitest-environment node
import { storageEntry } from '@/test/storage-entry';
import { describe, expect, it } from 'vitest';
import type { StorageEntry } from '@/api/storage/listing';
import {
  filterEntries,
  nameSortKey,
  readListingView,
  RowFilter,
  searchKeys,
  sortEntries,
  writeListingView,
} from './listing-state';

const entry = (
  name: string,
  kind: StorageEntry['kind'] = 'data',
  size?: number,
  date?: number,
): StorageEntry => storageEntry({ name, kind, size, date });
const names = (entries: readonly StorageEntry[]) => entries.map((item) => item.name);

describe('listing order and filter', () => {
  const entries = [
    entry('obs-10.fits', 'data', 10, 3),
    entry('Été.txt', 'data', 5, 1),
    entry('obs-2.fits', 'data', 30, 2),
    entry('raw', 'container'),
    entry('.bashrc', 'data', 1, 4),
    entry('alpha.csv', 'data', 20, 5),
  ];

  it('puts folders first and sorts names as people read them', () => {
    expect(names(sortEntries(entries, 'name', 'asc'))).toEqual([
      'raw',
      '.bashrc',
      'alpha.csv',
      'Été.txt',
      'obs-2.fits',
      'obs-10.fits',
    ]);
    expect(nameSortKey('obs-007')).toBe(nameSortKey('OBS-7'));
  });

  it('orders digit runs by their value at any length', () => {
    const shuffled = [
      'scan-123456789012345678.fits',
      'scan-0.fits',
      'scan-99999999999999999.fits',
      'scan-1000000000.fits',
      'scan-999999999.fits',
      'scan-.fits',
      'scan-a.fits',
      'scan-10.fits',
      'scan-9.fits',
    ].map((name) => entry(name));
    expect(names(sortEntries(shuffled, 'name', 'asc'))).toEqual([
      'scan-.fits',
      'scan-0.fits',
      'scan-9.fits',
      'scan-10.fits',
      'scan-999999999.fits',
      'scan-1000000000.fits',
      'scan-99999999999999999.fits',
      'scan-123456789012345678.fits',
      'scan-a.fits',
    ]);
    expect(names(sortEntries(shuffled, 'name', 'desc'))[0]).toBe('scan-a.fits');
  });

  it('breaks ties in the name order by the name itself, folders and links first', () => {
    const tied = [
      entry('obs-1'),
      entry('b', 'link'),
      entry('OBS-01'),
      entry('obs'),
      entry('obs-01'),
      entry('a', 'container'),
      entry('obs-1.fits'),
    ];
    expect(names(sortEntries(tied, 'name', 'asc'))).toEqual([
      'a',
      'b',
      'obs',
      'OBS-01',
      'obs-01',
      'obs-1',
      'obs-1.fits',
    ]);
  });

  it('narrows a filter as it is typed, and widens it again', () => {
    const filter = new RowFilter(entries, searchKeys(entries));
    expect(names(filter.apply('o', true))).toEqual(['obs-10.fits', 'obs-2.fits']);
    expect(names(filter.apply('obs-1', true))).toEqual(['obs-10.fits']);
    expect(names(filter.apply('obs-', true))).toEqual(['obs-10.fits', 'obs-2.fits']);
    expect(filter.apply('', true)).toBe(entries);
    expect(names(filter.apply('', false))).not.toContain('.bashrc');
    expect(names(filter.apply('bash', true))).toEqual(['.bashrc']);
  });

  it('sorts by size, date and type in either direction', () => {
    expect(names(sortEntries(entries, 'size', 'desc'))).toEqual([
      'raw',
      'obs-2.fits',
      'alpha.csv',
      'obs-10.fits',
      'Été.txt',
      '.bashrc',
    ]);
    expect(names(sortEntries(entries, 'date', 'asc')).slice(1, 3)).toEqual(['Été.txt', 'obs-2.fits']);
    expect(names(sortEntries(entries, 'type', 'asc')).slice(1, 3)).toEqual(['alpha.csv', 'obs-2.fits']);
  });

  it('filters by name in any case and hides dot files unless asked', () => {
    expect(names(filterEntries(entries, 'OBS', false))).toEqual(['obs-10.fits', 'obs-2.fits']);
    expect(names(filterEntries(entries, '', false))).not.toContain('.bashrc');
    expect(names(filterEntries(entries, 'bash', true))).toEqual(['.bashrc']);
  });

  it('reads and writes the URL, leaving defaults out', () => {
    const search = writeListingView(new URLSearchParams('x=1'), {
      sort: 'size',
      direction: 'desc',
      filter: 'm31',
      showHidden: true,
    });
    expect(search.toString()).toBe('x=1&sort=size&dir=desc&q=m31&hidden=1');
    expect(readListingView(search)).toEqual({
      sort: 'size',
      direction: 'desc',
      filter: 'm31',
      showHidden: true,
    });
    expect(
      writeListingView(search, { sort: 'name', direction: 'asc', filter: '', showHidden: false }).toString(),
    ).toBe('x=1');
    expect(readListingView(new URLSearchParams('sort=bogus'))).toMatchObject({
      sort: 'name',
      direction: 'asc',
    });
  });
});
