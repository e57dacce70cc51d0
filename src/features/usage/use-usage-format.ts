import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UsageWindow } from '../../api/usage/usage-windows';

const byteUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const;

/**
 * Bytes in powers of 1024 labelled GB, Go…, as the storage pages and the launch form show them (cavern's
 * quotas and skaha's memory are set in binary units); whole bytes are spelt out so they take a plural.
 */
export function formatUsageBytes(value: number, locale: string): string {
  let index = 0;
  let scaled = value;
  while (scaled >= 1024 && index < byteUnits.length - 1) {
    scaled /= 1024;
    index += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: byteUnits[index] ?? 'byte',
    unitDisplay: index === 0 ? 'long' : 'short',
    maximumFractionDigits: index === 0 ? 0 : 1,
  }).format(scaled);
}

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
      day: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }),
      week: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit' }),
      month: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }),
      year: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }),
    };
    return {
      /** Hours and the like: two decimals below 10, one below 1000, none above. */
      amount: (value: number) =>
        (Math.abs(value) < 10 ? two : Math.abs(value) < 1000 ? one : whole).format(value),
      count: (value: number) => whole.format(value),
      percent: (fraction: number) => percent.format(fraction),
      dateTime: (epochMs: number) => dateTime.format(epochMs),
      day: (epochMs: number) => day.format(epochMs),
      bucket: (window: UsageWindow, epochMs: number) => buckets[window].format(epochMs),
      bytes: (value: number) => formatUsageBytes(value, locale),
    };
  }, [locale]);
}

export type UsageFormat = ReturnType<typeof useUsageFormat>;
