// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shortOfWhole } from './short-of-whole';

describe('shortOfWhole', () => {
  it('keeps what is short of whole under 100 % once rounded, and leaves the rest', () => {
    const percent = (fraction: number) =>
      new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(
        shortOfWhole(fraction),
      );
    expect(percent(0.998)).toBe('99%');
    expect(percent(0.9949)).toBe('99%');
    expect(percent(0.42)).toBe('42%');
    expect(percent(1)).toBe('100%');
    expect(percent(1.3)).toBe('130%');
    expect(percent(0)).toBe('0%');
  });
});
