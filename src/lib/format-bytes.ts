const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const;

/** Whole bytes; one decimal for the larger units ("1.5 GB"). */
const fractionDigits = (unit: number) => (unit === 0 ? 0 : 1);

// Building an Intl formatter costs far more than formatting with one: each is built once per locale and unit.
const formats = new Map<string, Intl.NumberFormat>();

function format(locale: string, unit: number): Intl.NumberFormat {
  const key = `${locale}|${String(unit)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: UNITS[unit] ?? 'byte',
      // whole bytes spelt out, so they take a plural ("461 bytes", "461 octets"); larger units short (GB, Go)
      unitDisplay: unit === 0 ? 'long' : 'short',
      maximumFractionDigits: fractionDigits(unit),
    });
    formats.set(key, found);
  }
  return found;
}

/**
 * A size in the reader's language, in powers of 1024 labelled GB, Go…: the one unit system of the portal, as
 * cavern's quotas and the launch form's RAM field count (a 32 GB choice is sent to skaha as `32Gi`, 32 × 1024³
 * bytes). skaha's own memory figures are not in it: its `G` is 10^9 bytes and its bare session figures are
 * decimal GB, so they are turned into bytes before they come here (`16G` is 16 × 10^9 bytes, "14.9 GB").
 */
export function formatBytes(bytes: number, locale: string): string {
  const { value, unit } = scaled(bytes);
  return format(locale, unit).format(value);
}

/** The number `formatBytes` shows (1,010.9 for 1,010.9 MB), for a word that agrees with it in French. */
export function shownBytesAmount(bytes: number): number {
  const { value, unit } = scaled(bytes);
  const digits = fractionDigits(unit);
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

function scaled(bytes: number): { value: number; unit: number } {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return { value, unit };
}
