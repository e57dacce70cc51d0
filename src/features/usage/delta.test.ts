import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import { comparisonLine, compareToPrevious, previousPeriodWords, type Delta } from './delta';

describe('a figure against the previous period', () => {
  it('gives the change as a fraction of the previous figure', () => {
    const up = compareToPrevious(12.4, 11.48);
    expect(up.kind).toBe('up');
    expect(up.kind === 'up' && up.fraction).toBeCloseTo(0.0801, 3);
    expect(compareToPrevious(5, 10)).toEqual({ kind: 'down', fraction: 0.5 });
  });

  it('calls tiny changes and two zeros the same, and something after nothing new', () => {
    expect(compareToPrevious(100.2, 100)).toEqual({ kind: 'same' });
    expect(compareToPrevious(0, 0)).toEqual({ kind: 'same' });
    expect(compareToPrevious(3, 0)).toEqual({ kind: 'new' });
    expect(compareToPrevious(0, 3)).toEqual({ kind: 'down', fraction: 1 });
  });
});

describe('a comparison line in words', () => {
  const now = new Date(2026, 11, 7, 15, 20).getTime();
  const past = (days: number) => ({
    from: '2026-11-01',
    to: '2026-11-30',
    start: 0,
    end: new Date(2026, 11, 1).getTime(),
    days,
  });
  const toNow = (days: number) => ({ ...past(days), to: '2026-12-07', end: now });
  const periods = {
    day: { like: 'day', now },
    week: { like: 'week', now },
    month: { like: 'month', now },
    year: { like: 'year', now },
    oneDay: { like: 'day', now, range: past(1) },
    tenDays: { like: 'week', now, range: past(10) },
    today: { like: 'day', now, range: toNow(1) },
    weekToNow: { like: 'week', now, range: toNow(7) },
  } as const;
  const percent = (fraction: number) => `${Math.round(fraction * 100)}\u00a0%`;
  const lines = (language: 'en' | 'fr', change: Delta) => {
    const { t } = createI18n(language);
    return Object.fromEntries(
      Object.entries(periods).map(([name, period]) => [
        name,
        comparisonLine(t, change, previousPeriodWords(t, period), percent),
      ]),
    );
  };

  it('reads in French with each period, whatever the change', () => {
    expect(lines('fr', { kind: 'same' })).toEqual({
      day: 'autant que la journée précédente',
      week: 'autant que la semaine précédente',
      month: 'autant que la période de 30 jours précédente',
      year: 'autant que l’année précédente',
      oneDay: 'autant que la journée précédente',
      tenDays: 'autant que la période de 10\u00a0jours précédente',
      today: 'autant que la journée précédente jusqu’à la même heure',
      weekToNow: 'autant que la période de 7\u00a0jours précédente jusqu’à la même heure',
    });
    expect(lines('fr', { kind: 'new' })).toEqual({
      day: 'rien pendant la journée précédente',
      week: 'rien pendant la semaine précédente',
      month: 'rien pendant la période de 30 jours précédente',
      year: 'rien pendant l’année précédente',
      oneDay: 'rien pendant la journée précédente',
      tenDays: 'rien pendant la période de 10\u00a0jours précédente',
      today: 'rien pendant la journée précédente jusqu’à la même heure',
      weekToNow: 'rien pendant la période de 7\u00a0jours précédente jusqu’à la même heure',
    });
    expect(lines('fr', { kind: 'up', fraction: 0.08 })).toMatchObject({
      year: '+8\u00a0% par rapport à l’année précédente',
      today: '+8\u00a0% par rapport à la journée précédente jusqu’à la même heure',
    });
    expect(lines('fr', { kind: 'down', fraction: 0.5 })).toMatchObject({
      week: '−50\u00a0% par rapport à la semaine précédente',
    });
  });

  it('says a range ending today is compared with as many days up to the same time of day', () => {
    expect(lines('en', { kind: 'up', fraction: 0.08 })).toEqual({
      day: '+8\u00a0% vs the previous day',
      week: '+8\u00a0% vs the previous week',
      month: '+8\u00a0% vs the previous 30 days',
      year: '+8\u00a0% vs the previous year',
      oneDay: '+8\u00a0% vs the previous day',
      tenDays: '+8\u00a0% vs the previous 10 days',
      today: '+8\u00a0% vs the previous day up to the same time of day',
      weekToNow: '+8\u00a0% vs the previous 7 days up to the same time of day',
    });
  });
});
