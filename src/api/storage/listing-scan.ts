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

export function scanListing(text: string, folder: string): ScannedListing | undefined {
  // The VOSpace prefix the document declared (cavern writes `vos`).
  const prefix = new RegExp(`xmlns:([\\w.-]+)="${VOS_NS.replace(/[.]/g, '\\.')}"`).exec(text)?.[1];
  if (!prefix) return undefined;
  const openNodes = `<${prefix}:nodes>`;
  const closeNodes = `</${prefix}:nodes>`;
  const nodeOpen = `<${prefix}:node `;
  const nodeClose = `</${prefix}:node>`;
  const propertyOpen = `<${prefix}:property `;
  const propertyClose = `</${prefix}:property>`;
  const targetOpen = `<${prefix}:target>`;
  const rootStart = text.indexOf(nodeOpen);
  const listStart = text.indexOf(openNodes, rootStart);
  const listEnd = text.lastIndexOf(closeNodes);
  if (rootStart < 0 || listStart < 0 || listEnd < listStart) return undefined;
  const rootDocument = `${text.slice(0, listStart)}${text.slice(listEnd + closeNodes.length)}`;

  const entries: StorageEntry[] = [];
  let cursor = text.indexOf(nodeOpen, listStart);
  while (cursor >= 0 && cursor < listEnd) {
    const tagEnd = text.indexOf('>', cursor);
    const end = text.indexOf(nodeClose, tagEnd);
    if (tagEnd < 0 || end < 0) return undefined;
    // A child listed with children of its own is not the shape this reader knows.
    const nested = text.indexOf(nodeOpen, tagEnd);
    if (nested >= 0 && nested < end) return undefined;
    const tag = text.slice(cursor, tagEnd);
    const uri = attribute(tag, 'uri');
    const typeAt = tag.indexOf(':type="');
    const typeEnd = typeAt < 0 ? -1 : tag.indexOf('"', typeAt + 7);
    const typeName = typeEnd < 0 ? '' : tag.slice(typeAt + 7, typeEnd);
    const { kind, unknownType } = nodeTypeKind(unescape(typeName));
    const path = uri === undefined ? undefined : (plainPath(uri) ?? parseVosUri(uri)?.path);
    if (path === undefined) return undefined;
    // A child outside the folder asked for is dropped, as the DOM reading drops it.
    if (!isDirectChild(folder, path)) {
      cursor = text.indexOf(nodeOpen, end);
      continue;
    }
    const properties = new Map<string, string>();
    // Properties: `<p:property uri="…"[ readOnly="true"]>value</p:property>`, or self-closing when nil.
    let property = text.indexOf(propertyOpen, tagEnd);
    while (property >= 0 && property < end) {
      const keyStart = text.indexOf('uri="', property) + 5;
      const keyEnd = text.indexOf('"', keyStart);
      const propertyTagEnd = text.indexOf('>', keyEnd);
      if (keyStart < 5 || keyEnd < 0 || propertyTagEnd < 0) return undefined;
      if (text.charCodeAt(propertyTagEnd - 1) === 47 /* "/" */) {
        property = text.indexOf(propertyOpen, propertyTagEnd);
        continue;
      }
      const valueEnd = text.indexOf(propertyClose, propertyTagEnd);
      if (valueEnd < 0) return undefined;
      const value = unescape(text.slice(propertyTagEnd + 1, valueEnd));
      properties.set(unescape(text.slice(keyStart, keyEnd)), value);
      property = text.indexOf(propertyOpen, valueEnd);
    }
    let target: string | undefined;
    if (kind === 'link') {
      const targetStart = text.indexOf(targetOpen, tagEnd);
      if (targetStart >= 0 && targetStart < end) {
        target = unescape(
          text.slice(targetStart + targetOpen.length, text.indexOf('<', targetStart + 1)).trim(),
        );
      }
    }
    entries.push(listingEntry({ path, kind, unknownType, properties, target }));
    cursor = text.indexOf(nodeOpen, end);
  }
  return { rootDocument, entries };
}
