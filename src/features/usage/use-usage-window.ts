import { useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import {
  dayText,
  oldestHeld,
  parseDateRange,
  rangeSpan,
  type DateRange,
  type DateRangeError,
  type DateRangeInput,
} from '@/api/usage/date-range';
import {
  isUsageWindow,
  windowEnd,
  windowSpans,
  type UsageWindow,
  type WindowSpan,
} from '@/api/usage/usage-windows';

export const DEFAULT_WINDOW: UsageWindow = 'week';

/** What the picker shows: a named window, or a custom range of days. */
export type PeriodChoice = UsageWindow | 'custom';

/** The period every figure of a page covers. */
export interface UsagePeriod {
  choice: PeriodChoice;
  /** The named window whose dates the bars read like (a custom range's nearest). */
  like: UsageWindow;
  /** A custom range, when `choice` is custom and the URL's days are valid. */
  range?: DateRange;
  /** The custom range as the URL has it, and what is wrong with it (no figures are shown then). */
  input?: DateRangeInput;
  error?: DateRangeError;
  /** A custom range's length and bars; undefined for a named window (its own). */
  span?: WindowSpan;
  /** Epoch ms the figures end at. */
  time: number;
  /** Epoch ms the page opened (to the minute): no custom day may come after it. */
  now: number;
  /** The period in file names: `week`, or `2026-11-01_2026-11-30`. */
  slug: string;
  /** The search parameters that carry the period to the other usage views. */
  params: Readonly<Record<string, string>>;
}

/** Seconds the period lasts: the previous period for the comparison is as long. */
export const periodSeconds = (period: UsagePeriod) =>
  period.span?.seconds ?? windowSpans[period.like].seconds;

/**
 * When the previous period of the same length ends (epoch ms), for the comparison beside each figure; none
 * when it starts before what the service keeps (a year's previous year), whose figures would read as nothing.
 * A named window's follows on from it. A custom range's is the same stretch as many calendar days before: the
 * days just before a past range; for one ending today, those days up to the same time of day — today's
 * first hours against yesterday's, rather than against the evening before (see `previousPeriodWords`).
 */
export function previousPeriodEnd(period: UsagePeriod): number | undefined {
  const length = periodSeconds(period) * 1000;
  const end = period.range ? daysBefore(period.time, period.range.days) : period.time - length;
  return end - length < oldestHeld(period.now) ? undefined : end;
}

/**
 * The period in the URL, so a view can be bookmarked, shared and survives a re-sign-in:
 * `?window=day|week|month|year`, or `?window=custom&from=YYYY-MM-DD&to=YYYY-MM-DD` (days in the reader's
 * time zone, both included).
 */
export function useUsagePeriod(): {
  period: UsagePeriod;
  setWindow: (choice: PeriodChoice) => void;
  setRange: (range: DateRangeInput) => void;
} {
  const [searchParams, setSearchParams] = useSearchParams();
  const state: unknown = useLocation().state;
  const now = useFiguresTime();
  const value = searchParams.get('window');
  const update = (changes: Record<string, string | undefined>) => {
    setSearchParams(
      (previous) => {
        const params = new URLSearchParams(previous);
        for (const [name, change] of Object.entries(changes))
          if (change === undefined) params.delete(name);
          else params.set(name, change);
        return params;
      },
      // the entry's state stays: where the page was opened from (a session's Back link) still holds
      { replace: true, state },
    );
  };
  const setRange = ({ from, to }: DateRangeInput) => {
    update({ window: 'custom', from, to });
  };
  const setWindow = (choice: PeriodChoice) => {
    if (choice !== 'custom') update({ window: choice, from: undefined, to: undefined });
    // a first custom range: the last seven calendar days (one may last 23 or 25 h), to adjust from
    else if (!searchParams.get('from')) setRange({ from: dayText(daysBefore(now, 6)), to: dayText(now) });
    else update({ window: 'custom' });
  };
  if (value === 'custom') {
    const input = { from: searchParams.get('from') ?? '', to: searchParams.get('to') ?? '' };
    const params = { window: 'custom', ...input };
    const parsed = parseDateRange(input, now);
    if (!parsed.ok)
      return {
        period: {
          choice: 'custom',
          like: DEFAULT_WINDOW,
          input,
          error: parsed.error,
          time: now,
          slug: 'custom',
          now,
          params,
        },
        setWindow,
        setRange,
      };
    const { like, ...span } = rangeSpan(parsed.range);
    return {
      period: {
        choice: 'custom',
        like,
        range: parsed.range,
        input,
        span,
        time: parsed.range.end,
        slug: `${input.from}_${input.to}`,
        now,
        params,
      },
      setWindow,
      setRange,
    };
  }
  const window = isUsageWindow(value) ? value : DEFAULT_WINDOW;
  return {
    period: { choice: window, like: window, time: now, slug: window, params: { window }, now },
    setWindow,
    setRange,
  };
}

/** The search parameters of an address that say a period (`window`, `from`, `to`), as they are. */
export function periodInSearch(search: URLSearchParams): Record<string, string> {
  const params: Record<string, string> = {};
  for (const name of ['window', 'from', 'to']) {
    const value = search.get(name);
    if (value !== null) params[name] = value;
  }
  return params;
}

/** The same time of day `days` calendar days before `time`, in the reader's time zone. */
function daysBefore(time: number, days: number): number {
  const date = new Date(time);
  date.setDate(date.getDate() - days);
  return date.getTime();
}

/** The instant every figure on the page is computed at, fixed when the page opens. */
export function useFiguresTime(): number {
  const [time] = useState(() => windowEnd(Date.now()));
  return time;
}
