// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { filterState, isFilterChange, textAfterCommit, withFilter } from './use-text-filter';

describe('a text filter kept in the URL', () => {
  it('takes the value a link or Back put in the URL', () => {
    expect(textAfterCommit('m31', { urlValue: 'ngc', previousUrlValue: 'm31', isOwnChange: false })).toBe(
      'ngc',
    );
    expect(textAfterCommit('m31', { urlValue: '', previousUrlValue: 'm31', isOwnChange: false })).toBe('');
  });

  it('keeps what was typed while its own navigation was pending', () => {
    expect(textAfterCommit('m31-deep', { urlValue: 'm31', previousUrlValue: '', isOwnChange: true })).toBe(
      'm31-deep',
    );
  });

  it('keeps what was typed when an older navigation that left the filter alone commits after it', () => {
    // rows per page changed, then the user typed before that navigation committed
    expect(textAfterCommit('survey-team', { urlValue: '', previousUrlValue: '', isOwnChange: false })).toBe(
      'survey-team',
    );
  });

  it('goes back to the first page with a new filter, and drops an empty one', () => {
    expect(withFilter(new URLSearchParams('page=3&type=carta'), 'q', 'm31').toString()).toBe(
      'type=carta&q=m31',
    );
    expect(withFilter(new URLSearchParams('q=m31&page=2'), 'q', '').toString()).toBe('');
  });

  it('knows its own history entries from any other', () => {
    expect(isFilterChange(filterState('q'), 'q')).toBe(true);
    expect(isFilterChange(filterState('name'), 'q')).toBe(false);
    for (const other of [null, undefined, 'q', {}, { q: 'q' }])
      expect(isFilterChange(other, 'q')).toBe(false);
  });
});
