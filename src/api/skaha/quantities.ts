/**
 * skaha reports resources as strings whose format changed over the years: current servers send decimal
 * GB ("8.59") and cores ("0.042"); older ones Kubernetes quantities ("101Mi", "16G", "250m") or "<none>".
 */
const NONE_VALUES = new Set(['', '<none>', 'none', 'null']);

const BYTES_PER_UNIT: Record<string, number> = {
  '': 1e9, // no unit: skaha's own decimal-GB format
  K: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
};

/** A memory quantity in decimal gigabytes, or `undefined` when the server had none. */
export function parseGigabytes(value: string | number): number | undefined {
  if (typeof value === 'number') return value;
  const text = value.trim();
  if (NONE_VALUES.has(text.toLowerCase())) return undefined;
  const match = /^(-?\d+(?:\.\d+)?)\s*([KMGT]i?)?B?$/.exec(text);
  if (!match?.[1]) return undefined;
  const bytesPerUnit = BYTES_PER_UNIT[match[2] ?? ''] ?? 1e9;
  return (Number(match[1]) * bytesPerUnit) / 1e9;
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
