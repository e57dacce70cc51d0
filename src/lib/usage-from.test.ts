import { describe, expect, it } from 'vitest';
import { usageFromState, usageOrigin } from './usage-from';

describe('the view a session’s usage was opened from', () => {
  it('is read back from the history state its link wrote', () => {
    expect(usageOrigin(usageFromState('/usage/groups/survey-team'))).toEqual({
      kind: 'group',
      group: 'survey-team',
    });
    expect(usageOrigin(usageFromState('/usage/projects/lensing-lab', '?window=week'))).toEqual({
      kind: 'project',
      project: 'lensing-lab',
    });
    expect(usageOrigin(usageFromState('/sessions', '?q=a%3Fb'))).toEqual({
      kind: 'sessions',
      search: '?q=a%3Fb',
    });
    expect(usageOrigin(usageFromState('/sessions'))).toEqual({ kind: 'sessions', search: '' });
  });

  it('is none for my usage, another page, or a state the portal did not write', () => {
    expect(usageOrigin(usageFromState('/usage'))).toBeUndefined();
    expect(usageOrigin(usageFromState('/storage/home/jdoe'))).toBeUndefined();
    expect(usageOrigin({ usageFrom: 42 })).toBeUndefined();
    expect(usageOrigin(null)).toBeUndefined();
    expect(usageOrigin('/sessions')).toBeUndefined();
  });
});
