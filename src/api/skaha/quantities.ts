/**
 * skaha reports resources as strings whose format changed over the years: current servers send decimal
 * GB ("8.59") and cores ("0.042"); older ones Kubernetes quantities ("101Mi", "16G", "250m") or "<none>".
 */
const NONE_VALUES = new Set(['', '<none>', 'none', 'null']);

/** Bytes in a decimal gigabyte: skaha's `G` (MemoryUnitConverter) and its bare session figures ("17.18"). */
export const BYTES_PER_DECIMAL_GIGABYTE = 1e9;

/** The units MemoryUnitConverter knows, as Kubernetes spells them: `G` is 10^9 bytes, `Gi` 2^30. */
const BYTES_PER_UNIT: Record<string, number> = {
  '': BYTES_PER_DECIMAL_GIGABYTE, // no unit: skaha's own decimal-GB format
  k: 1e3,
  K: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/**
 * A memory quantity in decimal gigabytes (10^9 bytes), read by its unit ("16G" → 16, "32Gi" → 34.36…, "8.59"
 * → 8.59), or `undefined` when the server had none or sent something that is not a memory quantity.
 */
export function parseDecimalGigabytes(value: string | number): number | undefined {
  if (typeof value === 'number') return value;
  const text = value.trim();
  if (NONE_VALUES.has(text.toLowerCase())) return undefined;
  const match = /^(-?\d+(?:\.\d+)?)\s*([kKMGTPE]i?)?B?$/.exec(text);
  if (!match?.[1]) return undefined;
  const bytesPerUnit = BYTES_PER_UNIT[match[2] ?? ''];
  if (bytesPerUnit === undefined) return undefined;
  return (Number(match[1]) * bytesPerUnit) / BYTES_PER_DECIMAL_GIGABYTE;
}

/**
 * The largest session's RAM in skaha's statistics (`maxRAM.ram`, `maxCPUCores.withRam`), in decimal gigabytes.
 * GetAction writes a whole number of GiB there: labelled `Gi` from the resource contexts (the chart's default),
 * but `G` from a LimitRange (LimitRangeResourceContext.quantityAsInt counts GiB), so a bare `G` is read as GiB:
 * "64G" is the 64 GB the launch form offers, not 59.6.
 */
export function parseSessionCeilingGigabytes(value: string | number): number | undefined {
  const gibibytes = typeof value === 'string' ? /^(\d+(?:\.\d+)?)\s*G$/.exec(value.trim())?.[1] : undefined;
  return parseDecimalGigabytes(gibibytes === undefined ? value : `${gibibytes}Gi`);
}

/**
 * Decimal gigabytes in the portal's GB, which are GiB (2^30 bytes) as the launch form's RAM choices are:
 * skaha's "32Gi" (34.36 decimal GB) is 32.
 */
export function gibibytesOf(decimalGigabytes: number): number {
  return (decimalGigabytes * BYTES_PER_DECIMAL_GIGABYTE) / 2 ** 30;
}

/** A CPU quantity in cores ("0.250", "250m", "4"), or `undefined` when the server had none. */
export function parseCores(value: string | number): number | undefined {
  if (typeof value === 'number') return value;
  const text = value.trim();
  if (NONE_VALUES.has(text.toLowerCase())) return undefined;
  const match = /^(-?\d+(?:\.\d+)?)(m?)$/.exec(text);
  if (!match?.[1]) return undefined;
  const amount = Number(match[1]);
  return match[2] === 'm' ? amount / 1000 : amount;
}

/** A whole count sent as a number or a string ("3", "<none>"). */
export function parseCount(value: string | number): number | undefined {
  if (typeof value === 'number') return value;
  const text = value.trim();
  if (NONE_VALUES.has(text.toLowerCase())) return undefined;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : undefined;
}
