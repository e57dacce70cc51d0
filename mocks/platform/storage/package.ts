import { Zip, ZipPassThrough } from 'fflate';
import { readContent } from './content';
import type { StorageData, StoredNode } from './model';
import { childrenOf, generatedChild, nameOf, type ListedNode } from './tree';
import { pathOfVosUri } from './xml';

export type PackageFormat = 'zip' | 'tar';

export const PACKAGE_VIEW = 'vos://cadc.nrc.ca~vospace/CADC/std/Pkg-1.0';
const FORMAT_PARAM = 'ivo://ivoa.net/vospace/core#format';
export const PACKAGE_TYPES: Record<PackageFormat, string> = {
  zip: 'application/zip',
  tar: 'application/x-tar',
};

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export interface PackageTransfer {
  targets: string[];
  direction: string | undefined;
  /** The `vos:view` URI, when the transfer asks for one. */
  view: string | undefined;
  /** The view's format parameter (a media type), when given. */
  format: string | undefined;
}

/** What the fake needs of a (possibly multi-target) transfer document with a view. */
export function readPackageTransfer(text: string): PackageTransfer {
  const targets = [...text.matchAll(/<(?:[\w-]+:)?target>([^<]*)</g)].map((match) =>
    unescape((match[1] ?? '').trim()),
  );
  const direction = /<(?:[\w-]+:)?direction>([^<]*)</.exec(text)?.[1]?.trim();
  const viewMatch = /<(?:[\w-]+:)?view\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w-]+:)?view>)/.exec(text);
  const view = viewMatch ? /\buri\s*=\s*"([^"]*)"/.exec(viewMatch[1] ?? '')?.[1] : undefined;
  let format: string | undefined;
  for (const param of (viewMatch?.[2] ?? '').matchAll(
    /<(?:[\w-]+:)?param\b([^>]*)>([^<]*)<\/(?:[\w-]+:)?param>/g,
  )) {
    if (/\buri\s*=\s*"([^"]*)"/.exec(param[1] ?? '')?.[1] === FORMAT_PARAM) format = param[2]?.trim();
  }
  return {
    targets,
    direction: direction === undefined ? undefined : unescape(direction),
    view: view === undefined ? undefined : unescape(view),
    format,
  };
}

/** cavern's package format from the view's parameter: tar unless zip is asked for; other types refused. */
export function packageFormat(mediaType: string | undefined): PackageFormat | undefined {
  if (mediaType === undefined || mediaType === PACKAGE_TYPES.tar) return 'tar';
  return mediaType === PACKAGE_TYPES.zip ? 'zip' : undefined;
}

/**
 * cavern's package name: `cavern-download-` and the one target's name, or the job's id for several
 * (opencadc/vos `VospacePackageRunner.initPackage`, with the webapp's name; the extension from opencadc/dal
 * `PackageRunner.initWriter`).
 */
export const packageName = (targets: readonly string[], jobId: string, format: PackageFormat) =>
  `cavern-download-${targets.length === 1 ? nameOf(targets[0] ?? '') : jobId}.${format}`;

interface ArchiveEntry {
  /** Path inside the archive, relative to the target's parent; folders end in `/`. */
  name: string;
  path: string;
  node: StoredNode;
}

function childrenOfNode(data: StorageData, path: string, node: StoredNode): ListedNode[] {
  if (!node.generated) return childrenOf(data, path);
  const children: ListedNode[] = [];
  for (let position = 0; position < node.generated; position += 1) {
    children.push(generatedChild(path, position, node));
  }
  return children;
}

/** Every entry of the package: each target, folders walked recursively (folders listed before their content). */
function* walk(data: StorageData, targets: readonly ListedNode[]): Generator<ArchiveEntry> {
  const visit = function* (name: string, path: string, node: StoredNode): Generator<ArchiveEntry> {
    if (node.kind !== 'container') {
      yield { name, path, node };
      return;
    }
    yield { name: `${name}/`, path, node };
    for (const child of childrenOfNode(data, path, node)) {
      yield* visit(`${name}/${nameOf(child.path)}`, child.path, child.node);
    }
  };
  for (const target of targets) yield* visit(nameOf(target.path), target.path, target.node);
}

const CHUNK = 1024 * 1024;

function* fileChunks(data: StorageData, entry: ArchiveEntry): Generator<Uint8Array> {
  const length = entry.node.length ?? 0;
  for (let offset = 0; offset < length; offset += CHUNK) {
    yield readContent(data, entry.path, entry.node, offset, Math.min(length, offset + CHUNK));
  }
}

function* zipChunks(data: StorageData, targets: readonly ListedNode[]): Generator<Uint8Array> {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  for (const entry of walk(data, targets)) {
    // A zip has no portable symbolic link: cavern leaves links out of zip packages.
    if (entry.node.kind === 'link') continue;
    const file = new ZipPassThrough(entry.name);
    file.mtime = entry.node.date;
    zip.add(file);
    if (entry.node.kind === 'data') {
      for (const chunk of fileChunks(data, entry)) {
        file.push(chunk);
        yield* out.splice(0);
      }
    }
    file.push(new Uint8Array(0), true);
    yield* out.splice(0);
  }
  zip.end();
  yield* out.splice(0);
}

const encoder = new TextEncoder();

/** A POSIX ustar header block (512 bytes): long names split into prefix and name. */
function ustarHeader(entry: ArchiveEntry, size: number, type: '0' | '2' | '5', linkName = ''): Uint8Array {
  const header = new Uint8Array(512);
  const put = (offset: number, width: number, value: string) => {
    header.set(encoder.encode(value).slice(0, width), offset);
  };
  const octal = (offset: number, width: number, value: number) => {
    put(offset, width, `${value.toString(8).padStart(width - 1, '0')}\0`);
  };
  let name = entry.name;
  let prefix = '';
  if (encoder.encode(name).length > 100) {
    const cut = name.lastIndexOf('/', name.length - 2);
    prefix = name.slice(0, cut);
    name = name.slice(cut + 1);
  }
  put(0, 100, name);
  octal(100, 8, type === '5' ? 0o755 : 0o644);
  octal(108, 8, 0);
  octal(116, 8, 0);
  octal(124, 12, size);
  octal(136, 12, Math.floor(entry.node.date / 1000));
  put(148, 8, '        ');
  put(156, 1, type);
  put(157, 100, linkName);
  put(257, 6, 'ustar\0');
  put(263, 2, '00');
  put(265, 32, entry.node.creator);
  put(345, 155, prefix);
  const sum = header.reduce((total, byte) => total + byte, 0);
  put(148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return header;
}

function* tarChunks(data: StorageData, targets: readonly ListedNode[]): Generator<Uint8Array> {
  for (const entry of walk(data, targets)) {
    if (entry.node.kind === 'container') {
      yield ustarHeader(entry, 0, '5');
    } else if (entry.node.kind === 'link') {
      const target = entry.node.target ?? '';
      yield ustarHeader(entry, 0, '2', pathOfVosUri(target) ?? target);
    } else {
      const length = entry.node.length ?? 0;
      yield ustarHeader(entry, length, '0');
      yield* fileChunks(data, entry);
      if (length % 512 !== 0) yield new Uint8Array(512 - (length % 512));
    }
  }
  yield new Uint8Array(1024);
}

/** The archive as a stream, made as it is read; `onDone` runs once the last byte is out. */
export function packageStream(
  data: StorageData,
  targets: readonly ListedNode[],
  format: PackageFormat,
  onDone: () => void,
): ReadableStream<Uint8Array> {
  const chunks = format === 'zip' ? zipChunks(data, targets) : tarChunks(data, targets);
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) {
        onDone();
        controller.close();
      } else {
        controller.enqueue(next.value);
      }
    },
  });
}
