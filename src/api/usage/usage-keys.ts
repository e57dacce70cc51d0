/** Query keys for the Prometheus-compatible usage API, from general to specific. */
export const usageKeys = {
  all: ['usage'] as const,
  instants: () => [...usageKeys.all, 'instant'] as const,
  instant: (query: string, time: number | undefined) =>
    [...usageKeys.instants(), { query, time: time ?? 'now' }] as const,
  ranges: () => [...usageKeys.all, 'range'] as const,
  range: (query: string, start: number, end: number, step: number | string) =>
    [...usageKeys.ranges(), { query, start, end, step }] as const,
};
