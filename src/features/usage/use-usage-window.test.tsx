import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigationType } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '@/api/usage/date-range';
import { periodSeconds, previousPeriodEnd, useUsagePeriod } from './use-usage-window';

/** The hook at `route`, with the address and how the last change got there. */
function renderPeriod(route: string) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
  );
  return renderHook(
    () => ({ ...useUsagePeriod(), location: useLocation(), navigation: useNavigationType() }),
    { wrapper },
  );
}

const DAY_SECONDS = 86_400;

describe('the usage period', () => {
  // Three days in January (no clock change in them), past but within the year the service holds on the day
  // the page opens: the figures end where the range does.
  const route = '/usage?window=custom&from=2025-01-06&to=2025-01-08';
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 5, 2, 12, 0));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ends a past custom range at the midnight after its last day, not now', () => {
    const { result } = renderPeriod(route);
    expect(result.current.period.time).toBe(localDay('2025-01-09'));
  });

  it('compares a custom range with as many days before it, not with the named window it looks like', () => {
    const { result } = renderPeriod(route);
    // Three days look like a week on the chart, but the previous period is three days too.
    expect(result.current.period.like).toBe('week');
    expect(periodSeconds(result.current.period)).toBe(3 * DAY_SECONDS);
  });

  it('names a custom range by its days in the files it downloads', () => {
    const { result } = renderPeriod(route);
    expect(result.current.period.slug).toBe('2025-01-06_2025-01-08');
  });

  it('changes the period in place, so Back leaves the page rather than stepping through periods', () => {
    const { result } = renderPeriod('/usage?window=week');
    act(() => {
      result.current.setWindow('month');
    });
    expect(result.current.location.search).toBe('?window=month');
    expect(result.current.navigation).toBe('REPLACE');
    act(() => {
      result.current.setRange({ from: '2025-01-06', to: '2025-01-08' });
    });
    expect(result.current.location.search).toBe('?window=custom&from=2025-01-06&to=2025-01-08');
    expect(result.current.navigation).toBe('REPLACE');
  });
});

const zone = process.env.TZ;

describe('a first custom period', () => {
  beforeEach(() => {
    // A zone whose clocks went forward on 8 March 2026: that Sunday lasted 23 hours.
    process.env.TZ = 'America/Toronto';
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    process.env.TZ = zone;
  });

  it.each([
    // [month, day, hour, minute] of 2026, read in the zone above
    ['just after midnight, in the week the clocks went forward', [2, 10, 0, 30], '2026-03-04'],
    ['late in the evening, in the week the clocks went back', [10, 3, 23, 30], '2026-10-28'],
  ])('is the last seven calendar days %s', (_when, [month = 0, day = 1, hour = 0, minute = 0], from) => {
    vi.setSystemTime(new Date(2026, month, day, hour, minute));
    const { result } = renderPeriod('/usage?window=week');
    act(() => {
      result.current.setWindow('custom');
    });
    expect(new URLSearchParams(result.current.location.search).get('from')).toBe(from);
    expect(result.current.period.range?.days).toBe(7);
  });
});

describe('the previous period of a custom range', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // the page opens at 3:20 PM on 7 December 2026
    vi.setSystemTime(new Date(2026, 11, 7, 15, 20));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['today, so far', '2026-12-07', '2026-12-07', new Date(2026, 11, 6, 15, 20)],
    ['a week ending today', '2026-12-01', '2026-12-07', new Date(2026, 10, 30, 15, 20)],
    // a range that is over: the days just before it
    ['three past days', '2026-12-01', '2026-12-03', new Date(2026, 11, 1)],
  ])('is as many days before, up to the same time of day: %s', (_, from, to, end) => {
    const { result } = renderPeriod(`/usage?window=custom&from=${from}&to=${to}`);
    expect(previousPeriodEnd(result.current.period)).toBe(end.getTime());
  });
});
