import type { UsageScope } from './promql';
import type { UsageWindow } from './usage-windows';

/** Query keys for the Prometheus-compatible usage API, from general to specific. */
export const usageKeys = {
  all: ['usage'] as const,
  instants: () => [...usageKeys.all, 'instant'] as const,
  instant: (query: string, time: number | undefined) =>
    [...usageKeys.instants(), { query, time: time ?? 'now' }] as const,
  ranges: () => [...usageKeys.all, 'range'] as const,
  range: (query: string, start: number, end: number, step: number | string) =>
    [...usageKeys.ranges(), { query, start, end, step }] as const,
  figures: () => [...usageKeys.all, 'figure'] as const,
  figure: (
    name: string,
    request: { scope: UsageScope; window: UsageWindow; time: number; scrapeInterval: number },
  ) => [...usageKeys.figures(), name, request] as const,
  session: (request: {
    username: string;
    id: string;
    start: number;
    end: number;
    scrapeInterval: number;
    step: number;
  }) => [...usageKeys.all, 'session', request] as const,
  projects: (username: string, time: number) => [...usageKeys.all, 'projects', { username, time }] as const,
  platform: (time: number) => [...usageKeys.all, 'platform', { time }] as const,
  gpuAvailability: () => [...usageKeys.all, 'gpu-availability'] as const,
};
