export interface Remaining {
  days: number;
  hours: number;
  minutes: number;
}

/** Whole days, hours and minutes until `expiry`; undefined once it has passed. */
export function remaining(expiry: number, now: number): Remaining | undefined {
  const ms = expiry - now;
  if (ms <= 0) return undefined;
  const totalMinutes = Math.floor(ms / 60_000);
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}

export const HOUR_MS = 3_600_000;
