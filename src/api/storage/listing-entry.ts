import type { StorageEntry } from './listing';
import { readPropertyFields, type PropertyFields } from './vospace-values';
import type { VosNodeKind } from './vospace-xml';

/** What either listing reader found in one child, as text: both build the row here, so they cannot disagree. */
export interface ListedChild {
  path: string;
  kind: VosNodeKind;
  /** The `xsi:type` as sent, when the portal does not know it (see nodeTypeKind). */
  unknownType: string | undefined;
  /** Each property's text by its URI; a nil property is absent. */
  properties: ReadonlyMap<string, string>;
  target: string | undefined;
}

export function listingEntry({ path, kind, unknownType, properties, target }: ListedChild): StorageEntry {
  return {
    name: path.slice(path.lastIndexOf('/') + 1),
    path,
    kind,
    ...rowFields(readPropertyFields((uri) => properties.get(uri))),
    target: kind === 'link' ? target : undefined,
    ...(unknownType === undefined ? {} : { nodeType: unknownType }),
  };
}

/** The property fields a row keeps (a listing row also serves a node read on its own, see entryOf). */
export function rowFields(fields: PropertyFields) {
  return {
    size: fields.length,
    date: fields.date,
    contentType: fields.contentType,
    md5: fields.md5,
    isPublic: fields.isPublic,
    groupRead: fields.groupRead,
    groupWrite: fields.groupWrite,
    inheritPermissions: fields.inheritPermissions,
    readable: fields.readable,
    writable: fields.writable,
  };
}
