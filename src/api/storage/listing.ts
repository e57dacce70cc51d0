import { scanListing } from './listing-scan';
import { vosChild, vosRoot } from './vospace-dom';
import { VOS_NS, VOS_PROPERTY, XSI_NS } from './vospace-names';
import { isDirectChild, parseVosUri } from './vos-uri';
import { readBoolean, readGroups, readMd5, readNumber, readVosDate } from './vospace-values';
import { nodeTypeKind, parseNodeElement, type VosNode, type VosNodeKind } from './vospace-xml';

/** One row of a folder: only what the file manager shows and acts on. */
export interface StorageEntry {
  name: string;
  /** Decoded path from the service root. */
  path: string;
  kind: VosNodeKind;
  /** Bytes (a folder's recursive size where cavern reports one). */
  size: number | undefined;
  /** Last modified, epoch ms. */
  date: number | undefined;
  contentType: string | undefined;
  md5: string | undefined;
  /** Links: the target's vos URI. */
  target: string | undefined;
  isPublic: boolean;
  groupRead: string[];
  groupWrite: string[];
  inheritPermissions: boolean | undefined;
  /** The `xsi:type` of a node type the portal does not know; such a node is listed as a plain item. */
  nodeType?: string;
}

export interface Listing {
  /** The folder itself, without its children. */
  node: VosNode;
  /** Its children in the service's order (cavern does not sort). */
  entries: StorageEntry[];
}

/**
 * The listing of `folder` (the path asked for). A 100,000-entry folder is tens of megabytes of XML, so each
 * child is read with a single pass over its own properties, keeping only what a row needs, rather than through
 * the general node parser. A child that is not directly inside `folder` is dropped.
 */
export function parseListing(document: Document, folder: string): Listing {
  const root = document.documentElement;
  const node = parseNodeElement(root, { withChildren: false });
  const entries: StorageEntry[] = [];
  const nodes = vosChild(root, 'nodes');
  if (!nodes) return { node, entries };
  for (let child = nodes.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName !== 'node' || child.namespaceURI !== VOS_NS) continue;
    const entry = readEntry(child);
    if (entry && isDirectChild(folder, entry.path)) entries.push(entry);
  }
  return { node, entries };
}

function readEntry(element: Element): StorageEntry | undefined {
  const parsed = parseVosUri(element.getAttribute('uri') ?? '');
  const type = element.getAttributeNS(XSI_NS, 'type') ?? '';
  const { kind, unknownType } = nodeTypeKind(type);
  if (!parsed) return undefined;
  let length: string | undefined;
  let date: string | undefined;
  let contentType: string | undefined;
  let md5: string | undefined;
  let isPublic: string | undefined;
  let groupRead: string | undefined;
  let groupWrite: string | undefined;
  let inherit: string | undefined;
  let target: string | undefined;
  for (let part = element.firstElementChild; part; part = part.nextElementSibling) {
    if (part.localName === 'target') target = part.textContent.trim();
    if (part.localName !== 'properties') continue;
    for (let property = part.firstElementChild; property; property = property.nextElementSibling) {
      const value = property.textContent;
      switch (property.getAttribute('uri')) {
        case VOS_PROPERTY.length:
          length = value;
          break;
        case VOS_PROPERTY.date:
          date = value;
          break;
        case VOS_PROPERTY.contentType:
          contentType = value.trim() || undefined;
          break;
        case VOS_PROPERTY.md5:
          md5 = value;
          break;
        case VOS_PROPERTY.isPublic:
          isPublic = value;
          break;
        case VOS_PROPERTY.groupRead:
          groupRead = value;
          break;
        case VOS_PROPERTY.groupWrite:
          groupWrite = value;
          break;
        case VOS_PROPERTY.inheritPermissions:
          inherit = value;
          break;
      }
    }
  }
  const name = parsed.path.slice(parsed.path.lastIndexOf('/') + 1);
  return {
    name,
    path: parsed.path,
    kind,
    size: readNumber(length),
    date: readVosDate(date),
    contentType,
    md5: readMd5(md5),
    target: kind === 'link' ? target : undefined,
    isPublic: readBoolean(isPublic) ?? false,
    groupRead: readGroups(groupRead),
    groupWrite: readGroups(groupWrite),
    inheritPermissions: readBoolean(inherit),
    ...(unknownType === undefined ? {} : { nodeType: unknownType }),
  };
}

/** Past this size the children are scanned rather than parsed into a DOM (see listing-scan.ts). */
export const SCAN_THRESHOLD = 512 * 1024;

/** The listing of `folder` from the text of cavern's answer: DOM-parsed when small, scanned when large. */
export function parseListingText(text: string, parse: (xml: string) => Document, folder: string): Listing {
  if (text.length > SCAN_THRESHOLD) {
    const scanned = scanListing(text, folder);
    if (scanned) {
      const node = parseNodeElement(vosRoot(parse(scanned.rootDocument), 'node'), { withChildren: false });
      return { node, entries: scanned.entries };
    }
  }
  return parseListing(parse(text), folder);
}

/** A node (from a listing's root, or a single GET) as an entry: for a file reached by its own address. */
export function entryOf(node: VosNode): StorageEntry {
  return {
    name: node.name,
    path: node.path,
    kind: node.kind,
    size: node.length,
    date: node.date,
    contentType: node.contentType,
    md5: node.md5,
    target: node.kind === 'link' ? node.target : undefined,
    isPublic: node.isPublic,
    groupRead: node.groupRead,
    groupWrite: node.groupWrite,
    inheritPermissions: node.inheritPermissions,
    ...(node.kind === 'data' && node.nodeType !== undefined ? { nodeType: node.nodeType } : {}),
  };
}
