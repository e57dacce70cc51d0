import type { UsageWindow, WindowSpan } from './usage-windows';

const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * The longest custom range, in days: a year and a day, so any calendar year fits. Prometheus keeps the
 * raw series for weeks and the recorded ones for about a year, and a longer window would also cost a
 * scan past what the service is sized for.
 */
export const MAX_RANGE_DAYS = 366;

/** The oldest instant the service is taken to hold figures for: {@link MAX_RANGE_DAYS} days before `now`. */
export const oldestHeld = (now: number) => now - MAX_RANGE_DAYS * DAY * 1000;

/** A custom range as the URL holds it: first and last day, both included, `YYYY-MM-DD`. */
export interface DateRangeInput {
  from: string;
  to: string;
}

/** A valid range: its days, and the instants they span in the reader's time zone. */
export interface DateRange extends DateRangeInput {
  /** Epoch ms of the first day's midnight. */
  start: number;
  /** Epoch ms the figures end at: the midnight after the last day, or now when that is today. */
  end: number;
  /** Calendar days from `from` to `to`, both included. */
  days: number;
}

export type DateRangeError = 'fromInvalid' | 'toInvalid' | 'order' | 'future' | 'tooLong' | 'tooOld';

export type DateRangeResult = { ok: true; range: DateRange } | { ok: false; error: DateRangeError };

/** `YYYY-MM-DD` → local midnight of that day, or undefined for anything else (31 February included). */
export function localDay(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day)
    return undefined;
  return date.getTime();
}

/** Local midnight of the day after (23 or 25 hours later across a daylight-saving change). */
const nextDay = (midnight: number) => {
  const date = new Date(midnight);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
};

/** One bar of a time series, epoch ms: it covers from `start` to `end`. */
export interface Bar {
  start: number;
  end: number;
}

/**
 * The calendar days from `start` (a local midnight) to `end`, each to the next local midnight (23 or 25 hours
 * across a daylight-saving change), the last one cut at `end`.
 */
export function calendarDays(start: number, end: number): Bar[] {
  const days: Bar[] = [];
  for (let day = start; day < end; day = nextDay(day))
    days.push({ start: day, end: Math.min(nextDay(day), end) });
  return days;
}

/**
 * The first day the service holds whole (local midnight, epoch ms): a custom range may start there at the
 * earliest, so no part of it reads as "nothing used" for want of figures.
 */
export function firstHeldDay(now: number): number {
  const oldest = oldestHeld(now);
  const date = new Date(oldest);
  const midnight = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  return midnight < oldest ? nextDay(midnight) : midnight;
}

/**
 * Bars of `step` ms from `start`, the last one cut at `end`: a custom range's hours or quarter days, which
 * then cover its days exactly.
 */
export function steppedBars(start: number, end: number, step: number): Bar[] {
  const bars: Bar[] = [];
  for (let from = start; from < end; from += step)
    bars.push({ start: from, end: Math.min(from + step, end) });
  return bars;
}

/** Whether a custom range's bars are its calendar days (see {@link rangeSpan}); a named window has no span. */
export const hasDayBars = (span: WindowSpan | undefined) => span?.step === DAY;

/** A day as `YYYY-MM-DD` in the reader's time zone (what a date input holds). */
export function dayText(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Calendar days between two local midnights (rounded: a daylight-saving day is still one day). */
const daysBetween = (from: number, to: number) => Math.round((to - from) / (DAY * 1000));

/**
 * Checks a custom range against `now` (epoch ms): both days valid, the first not after the last, the last
 * not after today, at most {@link MAX_RANGE_DAYS} days, the first not before {@link firstHeldDay} (a range
 * the service holds only in part is refused too: its totals and comparison would read low, as if less had
 * been used). Whole days in the reader's time zone, the last one included; a range ending today ends now.
 */
export function parseDateRange({ from, to }: DateRangeInput, now: number): DateRangeResult {
  const start = localDay(from);
  if (start === undefined) return { ok: false, error: 'fromInvalid' };
  const last = localDay(to);
  if (last === undefined) return { ok: false, error: 'toInvalid' };
  if (start > last) return { ok: false, error: 'order' };
  if (last > now) return { ok: false, error: 'future' };
  const days = daysBetween(start, last) + 1;
  if (days > MAX_RANGE_DAYS) return { ok: false, error: 'tooLong' };
  if (start < firstHeldDay(now)) return { ok: false, error: 'tooOld' };
  return { ok: true, range: { from, to, start, end: Math.min(nextDay(last), now), days } };
}

/**
 * A range's length and bar width, and the named window whose dates its bars read like: hours up to two
 * days, quarter days up to a fortnight, days up to a quarter, weeks beyond (at most about 56 bars).
 */
export function rangeSpan(range: Pick<DateRange, 'start' | 'end'>): WindowSpan & { like: UsageWindow } {
  const seconds = Math.max(60, Math.round((range.end - range.start) / 1000));
  if (seconds <= 2 * DAY) return { seconds, step: HOUR, like: 'day' };
  if (seconds <= 14 * DAY) return { seconds, step: 6 * HOUR, like: 'week' };
  if (seconds <= 92 * DAY) return { seconds, step: DAY, like: 'month' };
  return { seconds, step: 7 * DAY, like: 'year' };
}
