// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ownViewWriteState, shownFilter } from './filter-draft';

describe('the filter input', () => {
  it('shows the address while nothing is typed', () => {
    expect(shownFilter(undefined, { filter: 'fits', key: 'a', state: null })).toBe('fits');
  });

  it('shows what is typed on the same history entry, before the address follows', () => {
    expect(shownFilter({ value: 'fi', locationKey: 'a' }, { filter: '', key: 'a', state: null })).toBe('fi');
  });

  it('keeps what is typed once the portal wrote an earlier keystroke into the address', () => {
    const draft = { value: 'fits', locationKey: 'a' };
    expect(shownFilter(draft, { filter: 'fi', key: 'b', state: ownViewWriteState })).toBe('fits');
  });

  it('gives way to an address changed by a link or Back, even back to the filter it was typed over', () => {
    const draft = { value: 'fits', locationKey: 'a' };
    expect(shownFilter(draft, { filter: '', key: 'c', state: null })).toBe('');
    expect(shownFilter(draft, { filter: 'csv', key: 'd', state: { other: true } })).toBe('csv');
  });
});
