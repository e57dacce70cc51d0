// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { median, samples } from './samples';

describe('bench samples', () => {
  it('refuses a figure whose probe never fired', () => {
    expect(() => median([], 'x.ms')).toThrow(
      'x.ms: 0 sample(s), expected at least 1: its probe did not fire',
    );
  });

  it('refuses fewer samples than the probe should have given', () => {
    expect(() => samples([3, 4], 'x.keys', 10)).toThrow('x.keys: 2 sample(s), expected at least 10');
  });

  it('refuses a sample that is not a number', () => {
    expect(() => median([1, Number.NaN, 3], 'x.ms')).toThrow('x.ms: a sample is NaN');
  });

  it('takes the middle of odd and even counts', () => {
    expect(median([5, 1, 3], 'x')).toBe(3);
    expect(median([4, 1, 3, 2], 'x')).toBe(2.5);
  });
});
