import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers, gigabytes and dates in the reader's language (decimal comma in French). */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    const gigabytes = new Intl.NumberFormat(language, {
      style: 'unit',
      unit: 'gigabyte',
      maximumFractionDigits: 2,
    });
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      number: (value: number) => number.format(value),
      gigabytes: (value: number) => gigabytes.format(value),
      dateTime: (value: number) => dateTime.format(value),
      percent: (fraction: number) =>
        new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(fraction),
    };
  }, [language]);
}
