import { describe, expect, it } from 'vitest';
import { formatBytes } from './format';

describe('formatBytes', () => {
  it('uses decimal units and the language’s decimal separator', () => {
    expect(formatBytes(6_120_448_812, 'en')).toBe('6.1 GB');
    expect(formatBytes(6_120_448_812, 'fr').replace(/\s/g, ' ')).toBe('6,1 Go');
    expect(formatBytes(999, 'en')).toBe('999 byte');
    expect(formatBytes(1_500_000, 'en')).toBe('1.5 MB');
  });
});
