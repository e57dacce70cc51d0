import type { TFunction } from 'i18next';
import type { UsagePeriod } from './use-usage-window';

/** How a figure compares with the same figure over the previous period of the same length. */
export type Delta =
  | { kind: 'up' | 'down'; fraction: number }
  | { kind: 'same' }
  /** Something now, nothing before: a percentage would be infinite. */
  | { kind: 'new' };

/** Changes under half a percent read as "the same": the figures carry that much noise from sampling. */
const SAME = 0.005;

export function compareToPrevious(now: number, before: number): Delta {
  if (before <= 0) return now > 0 ? { kind: 'new' } : { kind: 'same' };
  const change = (now - before) / before;
  if (Math.abs(change) < SAME) return { kind: 'same' };
  return { kind: change > 0 ? 'up' : 'down', fraction: Math.abs(change) };
}

/**
 * The previous period in words, as `previousPeriodEnd` picks it: a named window's, or as many days before a
 * custom range — up to the same time of day when the range ends now, today being under way.
 */
export function previousPeriodWords(
  t: TFunction,
  period: Pick<UsagePeriod, 'like' | 'range' | 'now'>,
): string {
  const { range } = period;
  if (!range) return t(`usage.delta.period.${period.like}`);
  return range.end === period.now
    ? t('usage.delta.period.rangeToNow', { count: range.days })
    : t('usage.delta.period.range', { count: range.days });
}

/** A figure's comparison line: "+8% vs the previous week", "none in the previous 2 days". */
export function comparisonLine(
  t: TFunction,
  change: Delta,
  previous: string,
  percent: (fraction: number) => string,
): string {
  return change.kind === 'up' || change.kind === 'down'
    ? t(`usage.delta.${change.kind}`, { percent: percent(change.fraction), period: previous })
    : t(`usage.delta.${change.kind}`, { period: previous });
}
