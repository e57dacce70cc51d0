import { useTranslation } from 'react-i18next';
import { BYTES_PER_DECIMAL_GIGABYTE } from '@/api/skaha/quantities';
import { formatBytes, shownBytesAmount } from '@/lib/format-bytes';
import { shortOfWhole } from '@/lib/short-of-whole';

/** Numbers, gigabytes and dates in the reader's language (decimal comma in French). */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.language);
}

export type Formatters = ReturnType<typeof createFormatters>;

// One set per language for the whole page: Intl's formatters are slow to make, and every tile uses them.
const byLanguage = new Map<string, Formatters>();

function formattersFor(language: string): Formatters {
  let formatters = byLanguage.get(language);
  if (!formatters) {
    formatters = createFormatters(language);
    byLanguage.set(language, formatters);
  }
  return formatters;
}

function createFormatters(language: string) {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const gigabytes = new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'gigabyte',
    maximumFractionDigits: 2,
  });
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const instant = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  return {
    number: (value: number) => number.format(value),
    gigabytes: (value: number) => gigabytes.format(value),
    /**
     * Memory as parsed from skaha, in decimal GB (10^9 bytes), shown in the portal's one unit system (powers
     * of 1024 labelled GB): a session's 16 GiB request, sent as "17.18", reads "16 GB" as the launch form
     * offered it; the platform's "32Gi" ceiling "32 GB"; a capacity of "6144G" (6.144 × 10^12 bytes) "5.6 TB".
     */
    memory: (decimalGigabytes: number) =>
      formatBytes(decimalGigabytes * BYTES_PER_DECIMAL_GIGABYTE, language),
    /** The number `memory` shows, which the words after it agree with. */
    memoryAmount: (decimalGigabytes: number) =>
      shownBytesAmount(decimalGigabytes * BYTES_PER_DECIMAL_GIGABYTE),
    dateTime: (value: number) => dateTime.format(value),
    /** A timestamp from a service (an event's time) in local time to the second; anything unreadable as sent. */
    instant: (text: string) => {
      const value = Date.parse(text);
      return Number.isNaN(value) ? text : instant.format(value);
    },
    percent: (fraction: number) => percent.format(shortOfWhole(fraction)),
  };
}
