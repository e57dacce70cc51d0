// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCores, parseCount, parseGigabytes } from './quantities';

describe('skaha quantities', () => {
  it('reads current decimal GB and legacy Kubernetes memory quantities', () => {
    expect(parseGigabytes('8.59')).toBe(8.59);
    expect(parseGigabytes('16G')).toBe(16);
    expect(parseGigabytes('8Gi')).toBeCloseTo(8.59, 2);
    expect(parseGigabytes('101Mi')).toBeCloseTo(0.1059, 4);
    expect(parseGigabytes('1874.25G')).toBe(1874.25);
    expect(parseGigabytes('<none>')).toBeUndefined();
    expect(parseGigabytes('')).toBeUndefined();
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
