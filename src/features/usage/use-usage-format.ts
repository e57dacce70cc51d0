import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UsageWindow } from '@/api/usage/usage-windows';
import { formatBytes } from '@/lib/format-bytes';
import { shortOfWhole } from '@/lib/short-of-whole';

/** Numbers, sizes and dates in the reader's language (French: decimal comma, narrow spaces). */
export function useUsageFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const number = (digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    const two = number(2);
    const one = number(1);
    const whole = number(0);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const buckets: Record<UsageWindow, Intl.DateTimeFormat> = {
      // 'numeric' hours: "2 AM", not "02 AM"
      day: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }),
      // a week's bars end at the minute the page opened (3:20 PM), not on the hour: the minutes are said
      week: new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        hour: 'numeric',
        minute: '2-digit',
      }),
      month: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }),
      year: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }),
    };
    return {
      /** Hours and the like: two decimals below 10, one below 1000, none above. */
      amount: (value: number) =>
        (Math.abs(value) < 10 ? two : Math.abs(value) < 1000 ? one : whole).format(value),
      count: (value: number) => whole.format(value),
      percent: (fraction: number) => percent.format(shortOfWhole(fraction)),
      dateTime: (epochMs: number) => dateTime.format(epochMs),
      day: (epochMs: number) => day.format(epochMs),
      // ICU writes French hours with two digits ("07 h") even when asked for 'numeric'; people write « 7 h »
      bucket: (window: UsageWindow, epochMs: number) =>
        buckets[window]
          .formatToParts(epochMs)
          .map((part) => (part.type === 'hour' ? part.value.replace(/^0(?=\d)/, '') : part.value))
          .join(''),
      bytes: (value: number) => formatBytes(value, locale),
    };
  }, [locale]);
}

export type UsageFormat = ReturnType<typeof useUsageFormat>;
