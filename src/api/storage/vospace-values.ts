import { VOS_PROPERTY } from './vospace-names';

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

/**
 * The node fields cavern sends as properties, from each property's text as found (`valueOf(uri)`: undefined
 * when absent or nil). The one table of property URI → field and conversion: the node parser and both listing
 * readers (DOM and scan) go through it, so a property is added here, once.
 */
export function readPropertyFields(valueOf: (uri: string) => string | undefined) {
  const text = (uri: string) => {
    const value = valueOf(uri)?.trim();
    return value === '' ? undefined : value;
  };
  return {
    /** Bytes; for a container the recursive size (absent where the deployment has no quota plugin). */
    length: readNumber(text(VOS_PROPERTY.length)),
    /** Last modified, epoch ms. */
    date: readVosDate(text(VOS_PROPERTY.date)),
    creator: text(VOS_PROPERTY.creator),
    /** Bytes, on allocation containers (home and project folders). */
    quota: readNumber(text(VOS_PROPERTY.quota)),
    md5: readMd5(text(VOS_PROPERTY.md5)),
    contentType: text(VOS_PROPERTY.contentType),
    isPublic: readBoolean(text(VOS_PROPERTY.isPublic)) ?? false,
    /** Group URIs (`ivo://cadc.nrc.ca/gms?my-team`). */
    groupRead: readGroups(text(VOS_PROPERTY.groupRead)),
    groupWrite: readGroups(text(VOS_PROPERTY.groupWrite)),
    inheritPermissions: readBoolean(text(VOS_PROPERTY.inheritPermissions)),
    /** Only with `detail=max`: whether the caller passed the permission check. */
    readable: readBoolean(text(VOS_PROPERTY.readable)),
    writable: readBoolean(text(VOS_PROPERTY.writable)),
  };
}

export type PropertyFields = ReturnType<typeof readPropertyFields>;
