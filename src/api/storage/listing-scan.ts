import type { StorageEntry } from './listing';
import { listingEntry } from './listing-entry';
import { VOS_NS } from './vospace-names';
import { ApiError } from '../http/api-error';
import { isDirectChild, parseVosUri } from './vos-uri';
import { nodeTypeKind } from './vospace-xml';

/**
 * A fast reader for the children of a big listing. Chromium's DOMParser needs many seconds for the 75 MB that
 * cavern sends for 100,000 entries, so past a size the children are read by scanning the text for the few
 * elements a row needs (cavern's writer is regular: one `vos:node` per child, flat properties). The root is
 * still read with DOMParser (`rootDocument`), and small listings never come here. Returns undefined when the
 * text is not shaped as expected, so the caller can fall back to the DOM.
 */
export interface ScannedListing {
  /** The document with the children cut out, for the DOM parser. */
  rootDocument: string;
  entries: StorageEntry[];
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML 1.0's `Char`: a reference to anything else (`&#0;`, a lone surrogate, past U+10FFFF) is not well-formed. */
const isXmlChar = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

/** What DOMParser would refuse, refused the same way: the answer is malformed, never a crash or a garbled name. */
const malformed = (reference: string) =>
  new ApiError({
    service: 'storage',
    kind: 'malformed',
    status: 200,
    message: `the listing holds an invalid reference ${reference.slice(0, 40)}`,
  });

function unescape(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, entity: string) => {
    if (entity.startsWith('#')) {
      const hex = entity.startsWith('#x') || entity.startsWith('#X');
      const code = hex ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      if (!isXmlChar(code)) throw malformed(match);
      return String.fromCodePoint(code);
    }
    const named = ENTITY[entity];
    if (named === undefined) throw malformed(match);
    return named;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  const end = tag.indexOf('"', start);
  return end < 0 ? undefined : unescape(tag.slice(start, end));
}

/**
 * The path of `vos://authority/a/b/name` when there is nothing to decode or normalise (the common case), by
 * slicing; undefined otherwise, for `parseVosUri` to read.
 */
function plainPath(uri: string): string | undefined {
  if (!uri.startsWith('vos://') || uri.endsWith('/')) return undefined;
  const slash = uri.indexOf('/', 6);
  if (slash <= 6) return undefined;
  for (let at = 0; at < uri.length; at += 1) {
    const code = uri.charCodeAt(at);
    // `%` (to decode), `?`, `#`, spaces (trimmed), `.` after `/` (`.`/`..` segments), `//` (empty segments).
    if (code === 37 || code === 63 || code === 35 || code <= 32) return undefined;
    if (code === 47 && at > slash - 1 && (uri.charCodeAt(at + 1) === 46 || uri.charCodeAt(at + 1) === 47))
      return undefined;
  }
  return uri.slice(slash);
}

interface Tags {
  nodeOpen: string;
  nodeClose: string;
  listOpen: string;
  listClose: string;
  propertyOpen: string;
  propertyClose: string;
  targetOpen: string;
}

const tagsOf = (prefix: string): Tags => ({
  nodeOpen: `<${prefix}:node `,
  nodeClose: `</${prefix}:node>`,
  listOpen: `<${prefix}:nodes>`,
  listClose: `</${prefix}:nodes>`,
  propertyOpen: `<${prefix}:property `,
  propertyClose: `</${prefix}:property>`,
  targetOpen: `<${prefix}:target>`,
});

/** The VOSpace prefix a document declares (cavern writes `vos`). */
const PREFIX = new RegExp(`xmlns:([\\w.-]+)="${VOS_NS.replace(/[.]/g, '\\.')}"`);

/**
 * The most text the scanner holds while waiting for an element to end: the folder's own node before its
 * children, or one child (cavern writes a few hundred bytes each). Past it the text is not the shape this
 * reader knows, and holding on would mean searching a growing piece again with each arrival.
 */
const HELD_LIMIT = 1024 * 1024;

/**
 * Reads a listing's children as its text arrives: each piece given to `push` is read up to its last whole
 * child, so little is left after the last byte. `finish` gives the listing, or undefined when the text was not
 * shaped as expected (the caller then hands the whole text to the DOM). A child outside `folder` is dropped.
 */
export class ListingScanner {
  private readonly entries: StorageEntry[] = [];
  private state: 'root' | 'children' | 'after' | 'unreadable' = 'root';
  private tags: Tags | undefined;
  /** Text received and not yet read. */
  private held = '';
  /** The document before its children, and after them: the root for the DOM parser. */
  private before = '';
  private after = '';

  constructor(private readonly folder: string) {}

  /** Children read so far: a big listing's are read as they arrive, not after its last byte. */
  get childrenRead(): number {
    return this.entries.length;
  }

  push(text: string): void {
    if (this.state === 'unreadable') return;
    if (this.state === 'after') {
      this.after += text;
      return;
    }
    this.held += text;
    if (this.state === 'root') this.readRoot();
    if (this.state === 'children') this.readChildren();
    if (this.held.length > HELD_LIMIT) this.giveUp();
  }

  finish(): ScannedListing | undefined {
    if (this.state !== 'after') return undefined;
    return { rootDocument: this.before + this.after, entries: this.entries };
  }

  private readRoot() {
    const text = this.held;
    const prefix = PREFIX.exec(text)?.[1];
    if (!prefix) return;
    const tags = tagsOf(prefix);
    const rootStart = text.indexOf(tags.nodeOpen);
    const listStart = rootStart < 0 ? -1 : text.indexOf(tags.listOpen, rootStart);
    if (listStart < 0) return;
    this.tags = tags;
    this.before = text.slice(0, listStart);
    this.held = text.slice(listStart + tags.listOpen.length);
    this.state = 'children';
  }

  private readChildren() {
    const text = this.held;
    const tags = this.tags;
    if (!tags) return;
    let cursor = 0;
    for (;;) {
      const start = text.indexOf(tags.nodeOpen, cursor);
      // The end of the list, if it comes before the next child: only the gap between two children is searched
      // for it, never the text beyond.
      const gap = text.slice(cursor, start < 0 ? text.length : start);
      const listEnd = gap.indexOf(tags.listClose);
      if (listEnd >= 0) {
        this.after = text.slice(cursor + listEnd + tags.listClose.length);
        this.held = '';
        this.state = 'after';
        return;
      }
      if (start < 0) break;
      const tagEnd = text.indexOf('>', start);
      const end = tagEnd < 0 ? -1 : text.indexOf(tags.nodeClose, tagEnd);
      // A child listed with children of its own (or one that closes itself) is not the shape this reader knows.
      const nested = tagEnd < 0 ? -1 : text.indexOf(tags.nodeOpen, tagEnd);
      if (nested >= 0 && (end < 0 || nested < end)) {
        this.giveUp();
        return;
      }
      // The child's end has not arrived yet.
      if (end < 0) {
        cursor = start;
        break;
      }
      const entry = readChild(text, start, tagEnd, end, tags);
      if (entry === undefined) {
        this.giveUp();
        return;
      }
      if (isDirectChild(this.folder, entry.path)) this.entries.push(entry);
      cursor = end + tags.nodeClose.length;
    }
    this.held = text.slice(cursor);
  }

  private giveUp() {
    this.state = 'unreadable';
    this.held = '';
    this.entries.length = 0;
  }
}

/** One child, from `<vos:node ` at `start` to its `</vos:node>` at `end`; undefined when it cannot be read. */
function readChild(text: string, start: number, tagEnd: number, end: number, tags: Tags) {
  const tag = text.slice(start, tagEnd);
  const uri = attribute(tag, 'uri');
  const typeAt = tag.indexOf(':type="');
  const typeEnd = typeAt < 0 ? -1 : tag.indexOf('"', typeAt + 7);
  const typeName = typeEnd < 0 ? '' : tag.slice(typeAt + 7, typeEnd);
  const { kind, unknownType } = nodeTypeKind(unescape(typeName));
  const path = uri === undefined ? undefined : (plainPath(uri) ?? parseVosUri(uri)?.path);
  if (path === undefined) return undefined;
  const properties = new Map<string, string>();
  // Properties: `<p:property uri="…"[ readOnly="true"]>value</p:property>`, or self-closing when nil.
  let property = text.indexOf(tags.propertyOpen, tagEnd);
  while (property >= 0 && property < end) {
    const keyStart = text.indexOf('uri="', property) + 5;
    const keyEnd = text.indexOf('"', keyStart);
    const propertyTagEnd = text.indexOf('>', keyEnd);
    if (keyStart < 5 || keyEnd < 0 || propertyTagEnd < 0) return undefined;
    if (text.charCodeAt(propertyTagEnd - 1) === 47 /* "/" */) {
      property = text.indexOf(tags.propertyOpen, propertyTagEnd);
      continue;
    }
    const valueEnd = text.indexOf(tags.propertyClose, propertyTagEnd);
    if (valueEnd < 0) return undefined;
    const value = unescape(text.slice(propertyTagEnd + 1, valueEnd));
    properties.set(unescape(text.slice(keyStart, keyEnd)), value);
    property = text.indexOf(tags.propertyOpen, valueEnd);
  }
  let target: string | undefined;
  if (kind === 'link') {
    const targetStart = text.indexOf(tags.targetOpen, tagEnd);
    if (targetStart >= 0 && targetStart < end) {
      target = unescape(
        text.slice(targetStart + tags.targetOpen.length, text.indexOf('<', targetStart + 1)).trim(),
      );
    }
  }
  return listingEntry({ path, kind, unknownType, properties, target });
}

/** The children of a whole listing's text at once (see ListingScanner). */
export function scanListing(text: string, folder: string): ScannedListing | undefined {
  const scanner = new ListingScanner(folder);
  scanner.push(text);
  return scanner.finish();
}
