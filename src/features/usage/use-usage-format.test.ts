import { describe, expect, it } from 'vitest';
import { formatUsageBytes } from './use-usage-format';

const GiB = 1024 ** 3;

describe('sizes on the usage pages', () => {
  it('uses the storage pages’ binary units, labelled GB', () => {
    expect(formatUsageBytes(20 * GiB, 'en')).toBe('20 GB');
    expect(formatUsageBytes(100 * GiB, 'en')).toBe('100 GB');
    expect(formatUsageBytes(1024 * GiB, 'en')).toBe('1 TB');
    expect(formatUsageBytes(1.5 * GiB, 'fr')).toBe('1,5\u202fGo');
  });

  it('puts whole bytes in the plural', () => {
    expect(formatUsageBytes(461, 'en')).toBe('461 bytes');
    expect(formatUsageBytes(1, 'en')).toBe('1 byte');
    expect(formatUsageBytes(461, 'fr')).toBe('461\u00a0octets');
  });
});
