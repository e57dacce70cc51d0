import { describe, expect, it } from 'vitest';
import { launchedSessionId, launchedState, renewSessionId, renewState } from './launched-arrival';

describe('launchedSessionId', () => {
  it('reads the session a launch wrote into the history state', () => {
    expect(launchedSessionId(launchedState('a1b2c3d4'))).toBe('a1b2c3d4');
  });

  it.each([
    ['no state', null],
    ['another page’s state', { textFilter: 'q' }],
    ['a state that is not an object', 'a1b2c3d4'],
    ['an id that is not text', { launchedSession: 42 }],
  ])('finds no session in %s', (_what, state) => {
    expect(launchedSessionId(state)).toBeUndefined();
  });
});

describe('renewSessionId', () => {
  it('reads the session an ending-soon notice wrote into the history state', () => {
    expect(renewSessionId(renewState('a1b2c3d4'))).toBe('a1b2c3d4');
  });

  it.each([
    ['no state', null],
    ['a launch’s state', launchedState('a1b2c3d4')],
    ['an id that is not text', { renewSession: 42 }],
  ])('finds no session in %s', (_what, state) => {
    expect(renewSessionId(state)).toBeUndefined();
  });
});
