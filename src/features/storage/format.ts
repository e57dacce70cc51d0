import { shortOfWhole } from '@/lib/short-of-whole';
// Building an Intl formatter costs far more than formatting with one: each is built once per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

export function formatDate(ms: number, locale: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** The day alone ("Sep 30, 2026", "30 sept. 2026"): what a phone's narrow list has room for. */
export function formatDay(ms: number, locale: string): string {
  return dateFormat(locale, { dateStyle: 'medium' }).format(ms);
}

export function formatPercent(fraction: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(shortOfWhole(fraction));
}

export function formatCount(count: number, locale: string): string {
  return numberFormat(locale, {}).format(count);
}
