// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { platformStatsSchema } from './platform-schemas';
import { gibibytesOf } from './quantities';

/**
 * `view=stats` as skaha 1.4 writes it with the chart's defaults (no LimitRange): capacity and allocation from
 * the Metrics API in `G` (ResourceQuantityFormatter.toPlatformRamString, bytes ÷ 10^9), the largest session
 * from k8s-resources.json's `defaultLimit` in `Gi` (GetAction.getResourceStats).
 */
const chartDefault = {
  cores: {
    requestedCPUCores: 412.5,
    cpuCoresAvailable: 1536.0,
    maxCPUCores: { cpuCores: 8.0, withRam: '32Gi' },
  },
  ram: {
    requestedRAM: '1717.987G',
    ramAvailable: '6144G',
    maxRAM: { ram: '32Gi', withCPUCores: 8.0 },
  },
};

describe('platform statistics', () => {
  it('reads the chart default’s Gi ceiling and G capacity by their units', () => {
    const stats = platformStatsSchema.parse(chartDefault);
    expect(stats.cores.maxCPUCores).toEqual({ cpuCores: 8, withRam: 34.359738368 });
    expect(stats.ram.maxRAM).toEqual({ ram: 34.359738368, withCPUCores: 8 });
    expect(stats.ram.requestedRAM).toBe(1717.987);
    expect(stats.ram.ramAvailable).toBe(6144);
    // the launch form's 32 GB choice is the same size as the ceiling
    expect(gibibytesOf(stats.ram.maxRAM.ram)).toBe(32);
  });

  it('reads a ceiling sent in G as the GiB a LimitRange counts, and the capacity’s G as 10^9 bytes', () => {
    const stats = platformStatsSchema.parse({
      cores: { ...chartDefault.cores, maxCPUCores: { cpuCores: 16.0, withRam: '64G' } },
      ram: { ...chartDefault.ram, maxRAM: { ram: '64G', withCPUCores: 16.0 } },
    });
    expect(gibibytesOf(stats.ram.maxRAM.ram)).toBe(64);
    expect(gibibytesOf(stats.cores.maxCPUCores.withRam)).toBe(64);
    expect(stats.ram.ramAvailable).toBe(6144);
  });

  it('refuses a memory figure it cannot read, as before', () => {
    for (const ram of ['32 gigs', '32Gib', '32X', '']) {
      const result = platformStatsSchema.safeParse({
        ...chartDefault,
        ram: { ...chartDefault.ram, maxRAM: { ram, withCPUCores: 8.0 } },
      });
      expect(result.success, ram).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({
        message: 'expected a memory quantity',
        path: ['ram', 'maxRAM', 'ram'],
      });
    }
  });
});
