import { useTranslation } from 'react-i18next';
import { formatBytes } from '@/lib/format-bytes';

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
     * A session's memory as skaha reports it (decimal GB of a binary request: 16 GiB arrives as "17.18") in
     * the portal's one unit system, so a 16 GB request reads "16 GB" as the launch form offered it.
     */
    memory: (decimalGigabytes: number) => formatBytes(decimalGigabytes * 1e9, language),
    /** The platform's memory (skaha's `G`, powers of 1024) scaled as Usage shows it: "1.7 TB of 6 TB". */
    platformMemory: (gigabytes: number) => formatBytes(gigabytes * 1024 ** 3, language),
    dateTime: (value: number) => dateTime.format(value),
    /** A timestamp from a service (an event's time) in local time to the second; anything unreadable as sent. */
    instant: (text: string) => {
      const value = Date.parse(text);
      return Number.isNaN(value) ? text : instant.format(value);
    },
    percent: (fraction: number) => percent.format(fraction),
  };
}
