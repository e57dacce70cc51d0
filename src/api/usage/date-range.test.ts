// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  MAX_RANGE_DAYS,
  dayText,
  firstHeldDay,
  localDay,
  parseDateRange,
  rangeSpan,
  steppedBars,
} from './date-range';
import { sessionStep } from './usage-figures';

const DAY = 86_400_000;
// noon, 15 March 2026, in the test's own time zone
const now = new Date(2026, 2, 15, 12, 0).getTime();

describe('custom date ranges', () => {
  it('reads days as local midnights and refuses what is no date', () => {
    expect(localDay('2026-03-01')).toBe(new Date(2026, 2, 1).getTime());
    expect(localDay('2026-02-31')).toBeUndefined();
    expect(localDay('1 March 2026')).toBeUndefined();
    expect(localDay('')).toBeUndefined();
    expect(dayText(new Date(2026, 0, 5, 23, 59).getTime())).toBe('2026-01-05');
  });

  it('takes whole days, the last one included, and ends a range that ends today now', () => {
    const past = parseDateRange({ from: '2026-03-01', to: '2026-03-10' }, now);
    expect(past).toEqual({
      ok: true,
      range: {
        from: '2026-03-01',
        to: '2026-03-10',
        start: new Date(2026, 2, 1).getTime(),
        end: new Date(2026, 2, 11).getTime(),
        days: 10,
      },
    });
    const today = parseDateRange({ from: '2026-03-15', to: '2026-03-15' }, now);
    expect(today.ok && today.range).toMatchObject({ end: now, days: 1 });
  });

  it('says what is wrong: a bad day, the wrong order, the future, too long', () => {
    expect(parseDateRange({ from: 'x', to: '2026-03-10' }, now)).toEqual({ ok: false, error: 'fromInvalid' });
    expect(parseDateRange({ from: '2026-03-01', to: '' }, now)).toEqual({ ok: false, error: 'toInvalid' });
    expect(parseDateRange({ from: '2026-03-10', to: '2026-03-01' }, now)).toEqual({
      ok: false,
      error: 'order',
    });
    expect(parseDateRange({ from: '2026-03-10', to: '2026-03-16' }, now)).toEqual({
      ok: false,
      error: 'future',
    });
    expect(MAX_RANGE_DAYS).toBe(366);
    // 2025-03-15 to 2026-03-15 is 366 days, both included; a day more is refused
    expect(parseDateRange({ from: '2025-03-15', to: '2026-03-15' }, now)).toMatchObject({ ok: true });
    expect(parseDateRange({ from: '2025-03-14', to: '2026-03-15' }, now)).toEqual({
      ok: false,
      error: 'tooLong',
    });
  });

  it('refuses a range that starts before the first day the service holds whole, however short', () => {
    // 366 days before noon on 15 March 2026 is noon on 14 March 2025: the 15th is the first whole day
    expect(dayText(firstHeldDay(now))).toBe('2025-03-15');
    expect(parseDateRange({ from: '2024-01-01', to: '2024-01-31' }, now)).toEqual({
      ok: false,
      error: 'tooOld',
    });
    // a range straddling that day is refused as well: its totals would read low
    expect(parseDateRange({ from: '2025-03-01', to: '2025-04-30' }, now)).toEqual({
      ok: false,
      error: 'tooOld',
    });
    expect(parseDateRange({ from: '2025-03-15', to: '2025-04-30' }, now)).toMatchObject({ ok: true });
  });

  it('cuts a range into bars from its start, the last one at its end', () => {
    const hour = 3_600_000;
    expect(steppedBars(0, 15 * hour + 1_200_000, 6 * hour)).toEqual([
      { start: 0, end: 6 * hour },
      { start: 6 * hour, end: 12 * hour },
      { start: 12 * hour, end: 15 * hour + 1_200_000 },
    ]);
    expect(steppedBars(0, 2 * hour, hour)).toHaveLength(2);
  });

  it('gives a range bars as wide as the nearest named window’s', () => {
    expect(rangeSpan({ start: 0, end: DAY })).toEqual({ seconds: 86_400, step: 3600, like: 'day' });
    expect(rangeSpan({ start: 0, end: 10 * DAY })).toEqual({ seconds: 864_000, step: 21_600, like: 'week' });
    expect(rangeSpan({ start: 0, end: 45 * DAY })).toMatchObject({ step: 86_400, like: 'month' });
    expect(rangeSpan({ start: 0, end: 200 * DAY })).toMatchObject({ step: 604_800, like: 'year' });
  });

  it('asks a session’s chart for at most 300 points, a whole number of minutes apart', () => {
    expect(sessionStep(86_400)).toBe(300);
    expect(sessionStep(7 * 86_400)).toBe(2040);
    expect(sessionStep(3600)).toBe(60);
    expect((365 * 86_400) / sessionStep(365 * 86_400)).toBeLessThanOrEqual(300);
  });
});
