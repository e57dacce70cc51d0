/**
 * Platform time is wall-clock time plus an offset, so a test can jump ahead (a session expiring, a job
 * finishing) without timers, and a saved snapshot keeps its relation to real time across a page reload.
 */
export interface Clock {
  now(): number;
  advance(ms: number): void;
  readonly offset: number;
}

export function createClock(initialOffset = 0): Clock {
  let offset = initialOffset;
  return {
    now: () => Date.now() + offset,
    advance: (ms: number) => {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`cannot advance the clock by ${ms} ms`);
      offset += ms;
    },
    get offset() {
      return offset;
    },
  };
}

/** Kubernetes-style UTC timestamp without fractional seconds: `2026-08-18T14:02:11Z`. */
export function formatUtcSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
