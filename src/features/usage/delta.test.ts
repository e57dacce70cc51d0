// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareToPrevious } from './delta';

describe('a figure against the previous period', () => {
  it('gives the change as a fraction of the previous figure', () => {
    const up = compareToPrevious(12.4, 11.48);
    expect(up.kind).toBe('up');
    expect(up.kind === 'up' && up.fraction).toBeCloseTo(0.0801, 3);
    expect(compareToPrevious(5, 10)).toEqual({ kind: 'down', fraction: 0.5 });
  });

  it('calls tiny changes and two zeros the same, and something after nothing new', () => {
    expect(compareToPrevious(100.2, 100)).toEqual({ kind: 'same' });
    expect(compareToPrevious(0, 0)).toEqual({ kind: 'same' });
    expect(compareToPrevious(3, 0)).toEqual({ kind: 'new' });
    expect(compareToPrevious(0, 3)).toEqual({ kind: 'down', fraction: 1 });
  });
});
