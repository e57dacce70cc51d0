/** Decimal units, so the names Intl gives them (kB, MB, GB) are exact. */
const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

export function formatBytes(bytes: number, language: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export const formatCount = (value: number, language: string) => new Intl.NumberFormat(language).format(value);

export const formatTime = (time: number, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(time);

export const formatDate = (time: number, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(time);
