// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gibibytesOf, parseCores, parseCount, parseDecimalGigabytes } from './quantities';

describe('skaha quantities', () => {
  it('reads current decimal GB and legacy Kubernetes memory quantities', () => {
    expect(parseDecimalGigabytes('8.59')).toBe(8.59);
    expect(parseDecimalGigabytes('16G')).toBe(16);
    expect(parseDecimalGigabytes('8Gi')).toBeCloseTo(8.59, 2);
    expect(parseDecimalGigabytes('101Mi')).toBeCloseTo(0.1059, 4);
    expect(parseDecimalGigabytes('1874.25G')).toBe(1874.25);
    expect(parseDecimalGigabytes('<none>')).toBeUndefined();
    expect(parseDecimalGigabytes('')).toBeUndefined();
  });

  it('reads memory by its unit: G is 10^9 bytes, Gi is 2^30', () => {
    // MemoryUnitConverter.MemoryUnit: the stats' capacity in G, the chart's session ceiling in Gi
    expect(parseDecimalGigabytes('6144G')).toBe(6144);
    expect(parseDecimalGigabytes('32Gi')).toBe(34.359738368);
    expect(parseDecimalGigabytes('1717.987G')).toBe(1717.987);
    expect(parseDecimalGigabytes('0.5Gi')).toBe(0.536870912);
    expect(parseDecimalGigabytes('1536M')).toBe(1.536);
    expect(parseDecimalGigabytes('1536Mi')).toBeCloseTo(1.61, 2);
    expect(parseDecimalGigabytes('6T')).toBe(6000);
    expect(parseDecimalGigabytes('6Ti')).toBeCloseTo(6597.07, 2);
    expect(parseDecimalGigabytes('6420K')).toBe(0.00642);
    expect(parseDecimalGigabytes('6420k')).toBe(0.00642);
    expect(parseDecimalGigabytes('2P')).toBe(2e6);
    expect(parseDecimalGigabytes('1Pi')).toBeCloseTo(1_125_899.9, 1);
    expect(parseDecimalGigabytes(' 32Gi ')).toBe(34.359738368);
    expect(parseDecimalGigabytes(34.36)).toBe(34.36);
  });

  it('reads nothing from what is not a memory quantity', () => {
    for (const junk of [
      'lots',
      'G',
      'Gi',
      '32 Gb',
      '32Gib',
      '32gi',
      '32ki',
      '32X',
      '1,5G',
      '1.2.3G',
      '0x10G',
      '32Gi32',
    ]) {
      expect(parseDecimalGigabytes(junk), junk).toBeUndefined();
    }
  });

  it("turns decimal GB into the portal's GB (GiB)", () => {
    expect(gibibytesOf(34.359738368)).toBe(32);
    expect(gibibytesOf(6144)).toBeCloseTo(5722.05, 2);
    expect(gibibytesOf(64)).toBeCloseTo(59.6, 1);
  });

  it('reads cores and millicores', () => {
    expect(parseCores('0.042')).toBe(0.042);
    expect(parseCores('250m')).toBe(0.25);
    expect(parseCores('0m')).toBe(0);
    expect(parseCores('4')).toBe(4);
    expect(parseCores('<none>')).toBeUndefined();
  });

  it('reads counts sent as numbers or strings', () => {
    expect(parseCount('3')).toBe(3);
    expect(parseCount(5)).toBe(5);
    expect(parseCount('<none>')).toBeUndefined();
    expect(parseCount('many')).toBeUndefined();
  });
});
