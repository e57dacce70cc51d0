// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatBytes, shownBytesAmount } from './format-bytes';

const GiB = 1024 ** 3;

describe('formatBytes', () => {
  it('counts in powers of 1024, labelled as the launch form labels memory', () => {
    expect(formatBytes(20 * GiB, 'en')).toBe('20 GB');
    expect(formatBytes(16 * GiB, 'en')).toBe('16 GB');
    expect(formatBytes(1024 * GiB, 'en')).toBe('1 TB');
    expect(formatBytes(1.5 * GiB, 'fr')).toBe('1,5\u202fGo');
  });

  it('puts whole bytes in the plural', () => {
    expect(formatBytes(461, 'en')).toBe('461 bytes');
    expect(formatBytes(1, 'en')).toBe('1 byte');
    expect(formatBytes(461, 'fr')).toBe('461\u00a0octets');
  });

  it('gives the amount it shows, for the words that agree with it', () => {
    // under 1 GB is shown in MB: "1 010,9 Mo", which French follows with a plural
    expect(shownBytesAmount(1010.94 * 1024 * 1024)).toBe(1010.9);
    expect(formatBytes(1010.94 * 1024 * 1024, 'fr')).toBe('1\u202f010,9\u202fMo');
    expect(shownBytesAmount(1.5 * GiB)).toBe(1.5);
    expect(shownBytesAmount(461)).toBe(461);
  });
});
