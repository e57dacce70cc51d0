// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { largerFixedSession } from './largest-session';
import { contextSchema, platformStatsSchema } from './platform-schemas';

const stats = (cores: number, ram: string) =>
  platformStatsSchema.parse({
    cores: {
      requestedCPUCores: 412.5,
      cpuCoresAvailable: 1536.0,
      maxCPUCores: { cpuCores: cores, withRam: ram },
    },
    ram: { requestedRAM: '1717.987G', ramAvailable: '6144G', maxRAM: { ram, withCPUCores: cores } },
  });

const context = (cores: number[], memoryGB: number[]) =>
  contextSchema.parse({
    cores: { default: 2, defaultRequest: 1, defaultLimit: 8, options: cores },
    memoryGB: { default: 8, defaultRequest: 4, defaultLimit: 32, options: memoryGB },
    gpus: { options: [] },
    maxInteractiveSessions: '3',
  });

const range = (max: number) => Array.from({ length: max }, (_, index) => index + 1);

describe('the largest session', () => {
  it('is the largest fixed size offered where skaha’s figure is the resource file’s flexible limit', () => {
    // the chart's defaults: defaultLimit 8 cores, "32Gi"; options up to 16 cores and 192 GB
    expect(largerFixedSession(stats(8, '32Gi'), context(range(16), [1, 2, 32, 64, 192]))).toEqual({
      cores: 16,
      ram: 192,
    });
  });

  it('is skaha’s own figure under a LimitRange, whose maximum the options end at', () => {
    // "32Gi" is the 32 GB choice, not 34.36
    expect(largerFixedSession(stats(8, '32Gi'), context(range(8), [1, 2, 4, 8, 16, 32]))).toBeUndefined();
    expect(largerFixedSession(stats(16, '64G'), context(range(16), [1, 2, 32, 64]))).toBeUndefined();
  });

  it('is skaha’s own figure until the options are read, and in the older statistics, which named nodes', () => {
    expect(largerFixedSession(stats(8, '32Gi'), undefined)).toBeUndefined();
    const legacy = platformStatsSchema.parse({
      instances: { session: 3, desktopApp: 1, headless: 2, total: 6 },
      cores: { requestedCPUCores: 10, cpuCoresAvailable: 100, maxCPUCores: { cpuCores: 8, withRam: '32G' } },
      ram: { requestedRAM: '40G', ramAvailable: '400G', maxRAM: { ram: '32G', withCPUCores: 8 } },
    });
    expect(largerFixedSession(legacy, context(range(16), [1, 192]))).toBeUndefined();
  });
});
