import type { StorageJob, StoredNode } from './model';
import { VOS_AUTHORITY } from './seed';

/** The fake cavern writes and reads XML as strings: it also runs in Node, which has no DOMParser. */
export const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return named[entity.toLowerCase()] ?? '';
  });

export const vosUriOf = (path: string) =>
  `vos://${VOS_AUTHORITY}${path.split('/').map(encodeURIComponent).join('/')}`;

/** The decoded path of a vos URI of this space (either spelling of the authority), or undefined. */
export function pathOfVosUri(uri: string): string | undefined {
  const match = /^vos:\/\/([^/]+)(\/[^?#]*)?$/.exec(uri.trim());
  if (!match || match[1]?.replace('!', '~') !== VOS_AUTHORITY) return undefined;
  try {
    const segments = (match[2] ?? '').split('/').filter(Boolean).map(decodeURIComponent);
    if (segments.some((segment) => segment === '.' || segment === '..' || segment.includes('/')))
      return undefined;
    return `/${segments.join('/')}`;
  } catch {
    return undefined;
  }
}

/** `yyyy-MM-dd'T'HH:mm:ss.SSS`, UTC without a zone, as cadc-util's DateUtil writes it. */
export const ivoaDate = (ms: number) => new Date(ms).toISOString().slice(0, -1);

const CORE = 'ivo://ivoa.net/vospace/core#';
const CADC = 'ivo://cadc.nrc.ca/vospace/core#';
const TYPE: Record<StoredNode['kind'], string> = {
  container: 'vos:ContainerNode',
  data: 'vos:DataNode',
  link: 'vos:LinkNode',
};

const property = (uri: string, value: string, readOnly = false) =>
  `<vos:property uri="${uri}"${readOnly ? ' readOnly="true"' : ''}>${escapeXml(value)}</vos:property>`;

interface NodeXmlOptions {
  length: number | undefined;
  quota?: number | undefined;
  /** `detail=max`: the caller's rights, written as cavern writes them (a right the caller lacks is left out). */
  access?: { readable: boolean; writable: boolean };
}

/** One node's element, with properties in the order cavern writes them (sorted by URI). */
export function nodeElement(
  path: string,
  node: StoredNode,
  options: NodeXmlOptions,
  children?: string[],
): string {
  const props: string[] = [];
  if (node.kind === 'container' && node.inheritPermissions !== undefined) {
    props.push(property(`${CADC}inheritPermissions`, String(node.inheritPermissions)));
  }
  if (options.access?.readable) props.push(property(`${CADC}readable`, 'true', true));
  if (options.access?.writable) props.push(property(`${CADC}writable`, 'true', true));
  if (node.md5) props.push(property(`${CORE}MD5`, node.md5, true));
  props.push(property(`${CORE}creator`, node.creator, true));
  props.push(property(`${CORE}date`, ivoaDate(node.date), true));
  if (node.groupRead.length > 0) props.push(property(`${CORE}groupread`, node.groupRead.join(' ')));
  if (node.groupWrite.length > 0) props.push(property(`${CORE}groupwrite`, node.groupWrite.join(' ')));
  props.push(property(`${CORE}ispublic`, String(node.isPublic)));
  if (options.length !== undefined) props.push(property(`${CORE}length`, String(options.length), true));
  if (options.quota !== undefined) props.push(property(`${CORE}quota`, String(options.quota), true));
  if (node.contentType) props.push(property(`${CORE}type`, node.contentType));
  for (const [uri, value] of Object.entries(node.custom ?? {})) props.push(property(uri, value));
  const busy = node.kind === 'data' ? ' busy="false"' : '';
  let body = `<vos:properties>${props.join('')}</vos:properties>`;
  if (node.kind === 'container')
    body += children ? `<vos:nodes>${children.join('')}</vos:nodes>` : '<vos:nodes />';
  if (node.kind === 'data') body += '<vos:accepts /><vos:provides />';
  if (node.kind === 'link') body += `<vos:target>${escapeXml(node.target ?? '')}</vos:target>`;
  return `<vos:node uri="${escapeXml(vosUriOf(path))}" xsi:type="${TYPE[node.kind]}"${busy}>${body}</vos:node>`;
}

export function nodeDocument(element: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element.replace(
    '<vos:node ',
    '<vos:node xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ',
  )}\n`;
}

export interface ReadNode {
  uri: string | undefined;
  kind: StoredNode['kind'] | undefined;
  target: string | undefined;
  /** Values by URI; `null` for `xsi:nil="true"`. */
  properties: Record<string, string | null>;
}

const attribute = (attributes: string, name: string) => {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? unescapeXml(match[2] ?? match[3] ?? '') : undefined;
};

/** A node document from a request (PUT, POST, async-setprops): what the fake needs of it. */
export function readNodeXml(text: string): ReadNode | undefined {
  const root = /<(?:[\w-]+:)?node\b([^>]*)>/.exec(text);
  if (!root) return undefined;
  const attributes = root[1] ?? '';
  const type = /(?:^|\s)[\w-]+:type\s*=\s*"(?:[\w-]+:)?(\w+)"/.exec(attributes)?.[1];
  const kind =
    type === 'ContainerNode'
      ? 'container'
      : type === 'LinkNode'
        ? 'link'
        : type?.endsWith('DataNode')
          ? 'data'
          : undefined;
  const properties: Record<string, string | null> = {};
  const pattern = /<(?:[\w-]+:)?property\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w-]+:)?property>)/g;
  for (const match of text.matchAll(pattern)) {
    const attrs = match[1] ?? '';
    const uri = attribute(attrs, 'uri');
    if (!uri) continue;
    const isNil = /(?:^|\s)[\w-]+:nil\s*=\s*"true"/.test(attrs);
    properties[uri] = isNil ? null : unescapeXml(match[2] ?? '');
  }
  const target = /<(?:[\w-]+:)?target>([^<]*)</.exec(text)?.[1];
  return {
    uri: attribute(attributes, 'uri'),
    kind,
    target: target ? unescapeXml(target) : undefined,
    properties,
  };
}

/** A transfer document (a move): its target, direction and keepBytes. */
export function readTransferXml(text: string) {
  const element = (name: string) => {
    const value = new RegExp(`<(?:[\\w-]+:)?${name}>([^<]*)<`).exec(text)?.[1];
    return value === undefined ? undefined : unescapeXml(value.trim());
  };
  return { target: element('target'), direction: element('direction'), keepBytes: element('keepBytes') };
}

const utc = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** A UWS 1.1 job document as cadc-uws writes it. */
export function jobXml(job: StorageJob): string {
  const time = (name: string, ms: number | undefined) =>
    ms === undefined ? `<uws:${name} xsi:nil="true" />` : `<uws:${name}>${utc(ms) ?? ''}</uws:${name}>`;
  const parameters =
    job.kind === 'delete'
      ? `<uws:parameter id="target">${escapeXml(vosUriOf(job.target))}</uws:parameter>`
      : '';
  const error = job.error
    ? `<uws:errorSummary type="fatal" hasDetail="false"><uws:message>${escapeXml(job.error)}</uws:message></uws:errorSummary>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<uws:job xmlns:uws="http://www.ivoa.net/xml/UWS/v1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="1.1">
  <uws:jobId>${job.id}</uws:jobId>
  <uws:runId xsi:nil="true" />
  <uws:ownerId>${escapeXml(job.owner)}</uws:ownerId>
  <uws:phase>${job.phase}</uws:phase>
  <uws:quote xsi:nil="true" />
  ${time('creationTime', job.created)}
  ${time('startTime', job.started)}
  ${time('endTime', job.ended)}
  <uws:executionDuration>14400</uws:executionDuration>
  <uws:destruction xsi:nil="true" />
  <uws:parameters>${parameters}</uws:parameters>
  <uws:results />
  ${error}
</uws:job>
`;
}
