export function readNumber(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

export function readBoolean(text: string | undefined): boolean | undefined {
  const lower = text?.trim().toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

export function readGroups(text: string | undefined): string[] {
  return (text ?? '').split(/\s+/).filter((group) => group !== '');
}

/** cavern writes `yyyy-MM-dd'T'HH:mm:ss.SSS` in UTC without a zone (cadc-util DateUtil), so no zone means UTC. */
export function readVosDate(text: string | undefined): number | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  const hasZone = /(?:Z|[+-]\d\d:?\d\d)$/i.test(trimmed);
  const time = Date.parse(hasZone ? trimmed : `${trimmed}Z`);
  return Number.isNaN(time) ? undefined : time;
}

/**
 * The hex digest of a `core#MD5` value, lower-cased. cavern writes bare hex for a new file but `md5:<hex>` for
 * one that replaced another (platform-api.md §3.3), so the prefix is dropped here, once, for every reader.
 */
export function readMd5(text: string | undefined): string | undefined {
  const trimmed = text?.trim().toLowerCase();
  if (!trimmed) return undefined;
  const hex = trimmed.startsWith('md5:') ? trimmed.slice(4) : trimmed;
  return hex === '' ? undefined : hex;
}
