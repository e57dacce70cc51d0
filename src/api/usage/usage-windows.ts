export const usageWindows = ['day', 'week', 'month', 'year'] as const;
export type UsageWindow = (typeof usageWindows)[number];

const HOUR = 3600;
const DAY = 24 * HOUR;

/** Each window's length and the width of one bar of its time series (about 24–52 bars), in seconds. */
export const windowSpans: Readonly<Record<UsageWindow, { seconds: number; step: number }>> = {
  day: { seconds: DAY, step: HOUR },
  week: { seconds: 7 * DAY, step: 6 * HOUR },
  month: { seconds: 30 * DAY, step: DAY },
  year: { seconds: 365 * DAY, step: 7 * DAY },
};

export function isUsageWindow(value: string | null): value is UsageWindow {
  return usageWindows.some((window) => window === value);
}

/**
 * The instant the figures are computed at: now, down to the minute, so a page and its refetches within a
 * minute ask the same questions (and hit the same cache entries).
 */
export const windowEnd = (now: number) => Math.floor(now / 60_000) * 60_000;

/** A window's length and bar width, in seconds: one of the named windows, or a custom range. */
export interface WindowSpan {
  seconds: number;
  step: number;
}

/**
 * Windows longer than a week are summed from the recorded 5-minute series: the raw series of a month or a
 * year can exceed the service's `query.max-samples` and cost far more to scan.
 */
export const isLongWindow = (span: WindowSpan) => span.seconds > windowSpans.week.seconds;
