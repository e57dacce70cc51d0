import { ListingScanner } from './listing-scan';
import { vosChild, vosRoot } from './vospace-dom';
import { listingEntry, rowFields } from './listing-entry';
import { VOS_NS, XSI_NS } from './vospace-names';
import { isDirectChild, parseVosUri } from './vos-uri';
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
  /**
   * Whether the user may read it, and write it, as cavern says with `detail=max` (see settleAccess): undefined
   * where the service does not say.
   */
  readable?: boolean | undefined;
  writable?: boolean | undefined;
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
  return settleAccess({ node, entries });
}

/**
 * With `detail=max` cavern tags the folder and each child with `cadc#readable` and `cadc#writable` where the user
 * may, and writes nothing where they may not (GetNodeAction, TagChildAccessRightsWrapper). A folder listed to
 * the user is one they may read, so its own `readable` says the service tags: then a child without a tag is one
 * the user may not read (or write). Without it, nothing is known and the rows say nothing.
 */
export function settleAccess(listing: Listing): Listing {
  if (listing.node.readable !== true) return listing;
  for (const entry of listing.entries) {
    entry.readable ??= false;
    entry.writable ??= false;
  }
  return listing;
}

function readEntry(element: Element): StorageEntry | undefined {
  const parsed = parseVosUri(element.getAttribute('uri') ?? '');
  if (!parsed) return undefined;
  const properties = new Map<string, string>();
  let target: string | undefined;
  for (let part = element.firstElementChild; part; part = part.nextElementSibling) {
    if (part.namespaceURI !== VOS_NS) continue;
    if (part.localName === 'target') target = part.textContent.trim();
    if (part.localName !== 'properties') continue;
    for (let property = part.firstElementChild; property; property = property.nextElementSibling) {
      const key = property.getAttribute('uri');
      if (property.localName !== 'property' || property.namespaceURI !== VOS_NS || key === null) continue;
      properties.set(key, property.textContent);
    }
  }
  const { kind, unknownType } = nodeTypeKind(element.getAttributeNS(XSI_NS, 'type') ?? '');
  return listingEntry({ path: parsed.path, kind, unknownType, properties, target });
}

/** Past this size the children are scanned rather than parsed into a DOM (see listing-scan.ts). */
export const SCAN_THRESHOLD = 512 * 1024;

/**
 * A listing read as its text arrives. Once past SCAN_THRESHOLD the children are scanned piece by piece, so a
 * 100,000-entry folder is mostly read while it downloads; a small listing, or one the scanner cannot read, goes
 * whole to the DOM parser at the end.
 */
export class ListingReader {
  private readonly pieces: string[] = [];
  private length = 0;
  private scanner: ListingScanner | undefined;

  constructor(private readonly folder: string) {}

  /** Children the scanner has read so far: for a big listing, most of them before its last byte. */
  get childrenRead(): number {
    return this.scanner?.childrenRead ?? 0;
  }

  push(text: string): void {
    this.pieces.push(text);
    this.length += text.length;
    if (this.scanner) this.scanner.push(text);
    else if (this.length > SCAN_THRESHOLD) {
      this.scanner = new ListingScanner(this.folder);
      this.scanner.push(this.pieces.join(''));
    }
  }

  finish(parse: (xml: string) => Document): Listing {
    const scanned = this.scanner?.finish();
    if (scanned) {
      const node = parseNodeElement(vosRoot(parse(scanned.rootDocument), 'node'), { withChildren: false });
      return settleAccess({ node, entries: scanned.entries });
    }
    return parseListing(parse(this.pieces.join('')), this.folder);
  }
}

/** The listing of `folder` from the whole text of cavern's answer. */
export function parseListingText(text: string, parse: (xml: string) => Document, folder: string): Listing {
  const reader = new ListingReader(folder);
  reader.push(text);
  return reader.finish(parse);
}

/** A node (from a listing's root, or a single GET) as an entry: for a file reached by its own address. */
export function entryOf(node: VosNode): StorageEntry {
  return {
    name: node.name,
    path: node.path,
    kind: node.kind,
    ...rowFields(node),
    target: node.kind === 'link' ? node.target : undefined,
    ...(node.kind === 'data' && node.nodeType !== undefined ? { nodeType: node.nodeType } : {}),
  };
}
