import { createMD5 } from 'hash-wasm';
import type { RequestHandler } from 'msw';
import { HttpResponse, delay, http } from 'msw';
import { findAccount, presentsCredentials, type Account } from '../platform/accounts';
import { ServiceError, badRequest } from '../platform/errors';
import type { Platform } from '../platform/platform';
import { keepContent, moveContent, readContent, shouldKeep, snapshotText } from '../platform/storage/content';
import type { StorageData, StorageJob, StoredNode } from '../platform/storage/model';
import { VOS_AUTHORITY } from '../platform/storage/seed';
import {
  PACKAGE_TYPES,
  PACKAGE_VIEW,
  packageFormat,
  packageName,
  packageStream,
  readPackageTransfer,
  type PackageTransfer,
} from '../platform/storage/package';
import {
  allocationOf,
  canRead,
  canWrite,
  childrenOf,
  readableByGroup,
  deleteTree,
  duplicateNode,
  generatedChild,
  getNode,
  hasChildren,
  lengthOf,
  moveTree,
  nameOf,
  nodeNotFound,
  parentOf,
  permissionDenied,
} from '../platform/storage/tree';
import {
  jobXml,
  nodeDocument,
  nodeElement,
  pathOfVosUri,
  readNodeXml,
  escapeXml,
  readTransferXml,
  vosUriOf,
} from '../platform/storage/xml';
import { emptyResponse, errorResponse, pathWithin, readParams, textResponse } from './http-utils';

const xmlResponse = (body: string, status = 200, headers: Record<string, string> = {}) =>
  new HttpResponse(body, { status, headers: { 'Content-Type': 'text/xml', ...headers } });

/** How long a job runs: long enough for the portal to show its phases. */
const JOB_MS = 400;
const CORE = 'ivo://ivoa.net/vospace/core#';
const CADC = 'ivo://cadc.nrc.ca/vospace/core#';
const READ_ONLY = new Set([`${CORE}length`, `${CORE}MD5`, `${CORE}date`, `${CORE}creator`, `${CORE}quota`]);
const JOB_ROOTS = { transfers: 'move', 'async-delete': 'delete', 'async-setprops': 'setprops' } as const;
type JobRoot = keyof typeof JOB_ROOTS;
const isJobRoot = (name: string | undefined): name is JobRoot => name !== undefined && name in JOB_ROOTS;

/**
 * The node a request's path names, as cavern finds it. Tomcat hands cavern the decoded path, which cavern
 * appends to `vos://<authority>` and parses with `new java.net.URI(String)` (NodeAction.getTargetURI;
 * FileAction.parsePath for /files): a character URI syntax refuses fails the call with a RuntimeException
 * (500), `?` and `#` end the path there, and a `%` followed by two hex digits is decoded a second time.
 */
function decodePath(encoded: string, endpoint: 'nodes' | 'files'): string {
  const segments = encoded.split('/').filter(Boolean);
  let decoded: string[];
  try {
    decoded = segments.map(decodeURIComponent);
  } catch {
    throw badRequest(`InvalidURI: ${encoded}`);
  }
  if (decoded.some((segment) => segment === '.' || segment === '..' || segment.includes('/'))) {
    throw badRequest(`InvalidURI: ${encoded}`);
  }
  const path = `/${decoded.join('/')}`;
  const parsed = javaUriPath(path);
  if (parsed === undefined) {
    throw new ServiceError(
      500,
      endpoint === 'nodes'
        ? `unexpected exception: java.lang.RuntimeException: BUG: VOSURI syntax: vos://${VOS_AUTHORITY}${path}`
        : `unexpected exception: java.lang.RuntimeException: BUG (probably): failed to generate VOSURI from path: ${path.slice(1)}`,
    );
  }
  return parsed;
}

// java.net.URI's character classes (RFC 2396): a path's characters, and a query's or fragment's (uric).
const PATH_CHARACTER = /^[A-Za-z0-9\-_.!~*'();:@&=+$,/]$/;
const URIC_CHARACTER = /^[A-Za-z0-9\-_.!~*'();:@&=+$,/?[\]]$/;
const OTHER_CHARACTER = /^[^\p{Zs}\p{Zl}\p{Zp}\p{Cc}]$/u;

/** Whether java.net.URI accepts `text` where `allowed` characters may stand (with escapes and non-ASCII). */
function javaUriAccepts(text: string, allowed: RegExp): boolean {
  const characters = Array.from(text); // code points, as java.net.URI passes a surrogate pair
  for (let index = 0; index < characters.length; index += 1) {
    const character = characters[index] ?? '';
    if (allowed.test(character)) continue;
    if (character === '%') {
      if (!/^[0-9A-Fa-f]{2}$/.test(`${characters[index + 1] ?? ''}${characters[index + 2] ?? ''}`))
        return false;
      index += 2;
      continue;
    }
    if ((character.codePointAt(0) ?? 0) > 128 && OTHER_CHARACTER.test(character)) continue;
    return false;
  }
  return true;
}

/** `new URI("vos://authority" + path).getPath()`, or undefined where the constructor throws. */
function javaUriPath(path: string): string | undefined {
  const hash = path.indexOf('#');
  const beforeFragment = hash < 0 ? path : path.slice(0, hash);
  const query = beforeFragment.indexOf('?');
  const pathPart = query < 0 ? beforeFragment : beforeFragment.slice(0, query);
  if (
    !javaUriAccepts(pathPart, PATH_CHARACTER) ||
    (query >= 0 && !javaUriAccepts(beforeFragment.slice(query + 1), URIC_CHARACTER)) ||
    (hash >= 0 && !javaUriAccepts(path.slice(hash + 1), URIC_CHARACTER))
  )
    return undefined;
  try {
    return decodeURIComponent(pathPart).replace(/\/+$/, '') || '/';
  } catch {
    return pathPart;
  }
}

/**
 * A caller the fake does not know. Credentials cadc-util cannot accept (a revoked token, a stale cookie) are
 * its NotAuthenticatedException, 401. With none at all the caller is anonymous, which cavern refuses as it
 * refuses any stranger, PermissionDenied (403) on the path, never a 401: the portal learns that the cookie is
 * gone from a 403 on the user's own home (cookie-user-check.ts), not from a 401 here. cavern would let a
 * stranger read a public node; the portal never reads anonymously, so the fake refuses every anonymous call.
 */
function refuseUnknownCaller(request: Request, inner: string): ServiceError {
  if (presentsCredentials(request)) return new ServiceError(401, 'NotAuthenticated');
  const path = /^\/(nodes|files)(\/.*)?$/.exec(inner)?.[2] ?? inner;
  return new ServiceError(403, `PermissionDenied: ${path || '/'}`);
}

/** The fake cavern: nodes, files, packages, and the move, delete and setprops jobs (platform-api.md §3). */
export function storageHandlers(getPlatform: () => Platform, base: string): RequestHandler[] {
  return [
    http.all(
      ({ request }) => pathWithin(request, base) !== undefined,
      async ({ request }) => {
        const platform = getPlatform();
        try {
          const account = platform.authenticateRequest(request);
          const inner = pathWithin(request, base) ?? '';
          // Redirects name the job by path, so they resolve on whatever origin proxies the service.
          const jobBase = new URL(base.replace(/\/+$/, ''), 'http://base.invalid').pathname;
          const preauth = /^\/files\/preauth:([^/]+)(\/.*)$/.exec(inner);
          if (preauth) {
            return await preauthorisedFile(
              platform,
              request,
              preauth[1] ?? '',
              decodePath(preauth[2] ?? '', 'files'),
            );
          }
          if (!account) throw refuseUnknownCaller(request, inner);
          if (inner.startsWith('/files/')) {
            return await filesRequest(
              platform,
              account,
              request,
              decodePath(inner.slice('/files'.length), 'files'),
            );
          }
          if (inner === '/nodes' || inner.startsWith('/nodes/')) {
            return await nodesRequest(
              platform,
              account,
              request,
              decodePath(inner.slice('/nodes'.length), 'nodes'),
            );
          }
          if (inner === '/synctrans') return await syncTransfer(platform, account, request, jobBase);
          const packageRoute = /^\/(synctrans|pkg)\/([^/]+)(\/run)?$/.exec(inner);
          if (packageRoute) {
            const [, where, id, run] = packageRoute;
            return packageRequest(
              platform,
              account,
              request,
              jobBase,
              where === 'pkg',
              id ?? '',
              Boolean(run),
            );
          }
          const [, root, id, action] = inner.split('/');
          if (isJobRoot(root)) {
            return await jobsRequest(platform, account, request, jobBase, root, id, action);
          }
          return textResponse('not found\n', 404);
        } catch (error) {
          if (error instanceof ServiceError) return errorResponse(error);
          throw error;
        }
      },
    ),
  ];
}

// --- /nodes ----------------------------------------------------------------------------------------------

/** cavern's read rule as the fake keeps it: the user's home and projects, the two roots, and `groupread`. */
function mayRead(account: Account, path: string, node: StoredNode): boolean {
  return canRead(account.username, path) || readableByGroup(account.username, node);
}

/**
 * cavern's PathResolver: every folder on the way to `path` must be readable (403 PermissionDenied naming the
 * first that is not), but the node itself is not checked; a node that is not there is a 404. (A folder on the
 * way that is not stored is passed over: tests store a file without its folders, which cavern could not hold.)
 */
function resolve(data: StorageData, account: Account, path: string): StoredNode {
  const segments = path.split('/').filter(Boolean);
  let current = '';
  for (const segment of segments.slice(0, -1)) {
    current += `/${segment}`;
    const folder = getNode(data, current);
    if (folder && !mayRead(account, current, folder)) throw permissionDenied(current);
  }
  const node = getNode(data, path);
  if (!node) throw nodeNotFound(path);
  return node;
}

/** A node the user may read, through folders they may read (what `/files`, downloads and packages need). */
function readable(data: StorageData, account: Account, path: string): StoredNode {
  const node = resolve(data, account, path);
  if (!mayRead(account, path, node)) throw permissionDenied(path);
  return node;
}

/**
 * With `detail=max`, cavern tags the node and each child with `cadc#readable` and `cadc#writable` when the caller
 * may (GetNodeAction, TagChildAccessRightsWrapper); a right the caller lacks is left out, never `false`.
 */
function accessOf(account: Account, path: string, node: StoredNode) {
  return { readable: mayRead(account, path, node), writable: canWrite(account.username, path) };
}

function writableParent(data: StorageData, account: Account, path: string): StoredNode {
  const parent = data.nodes[parentOf(path)];
  if (parent?.kind !== 'container') throw nodeNotFound(`ContainerNotFound: ${parentOf(path)}`);
  if (!canWrite(account.username, parentOf(path))) throw permissionDenied(parentOf(path));
  return parent;
}

/** How much of a node GET writes: `detail=max` adds the caller's access to the node and each child. */
interface ListingDetail {
  account: Account;
  /** `detail=max` was asked for. */
  max: boolean;
}

function nodeXml(
  data: StorageData,
  path: string,
  node: StoredNode,
  limit: string | null,
  detail?: ListingDetail,
) {
  const access = (childPath: string, child: StoredNode) =>
    detail?.max ? { access: accessOf(detail.account, childPath, child) } : {};
  const options = {
    length: lengthOf(data, path, node),
    quota: data.allocations[path]?.quota,
    ...access(path, node),
  };
  // cavern lists a folder's children only to a caller who may read it (GetNodeAction): anyone else, having come
  // through readable folders, gets the folder's own properties and no children, with a 200.
  const listed =
    node.kind === 'container' && limit !== '0' && (!detail || mayRead(detail.account, path, node));
  if (!listed) return nodeDocument(nodeElement(path, node, options));
  let children: string[];
  if (node.generated) {
    children = [];
    for (let position = 0; position < node.generated; position += 1) {
      const child = generatedChild(path, position, node);
      children.push(
        nodeElement(child.path, child.node, {
          length: lengthOf(data, child.path, child.node),
          ...access(child.path, child.node),
        }),
      );
    }
  } else {
    // cavern lists every child, readable or not: under /projects, every project on the platform.
    children = childrenOf(data, path).map((child) =>
      nodeElement(child.path, child.node, {
        length: lengthOf(data, child.path, child.node),
        quota: data.allocations[child.path]?.quota,
        ...access(child.path, child.node),
      }),
    );
  }
  return nodeDocument(nodeElement(path, node, options, children));
}

/** Children per piece of a streamed listing. */
const LISTING_PIECE = 2_000;

/**
 * A generated folder's listing, written piece by piece as cavern streams one while it reads its children, so
 * the answer to the 100,000-entry folder arrives over seconds rather than all at once.
 */
function streamedListing(
  data: StorageData,
  path: string,
  node: StoredNode,
  count: number,
  detail: ListingDetail,
) {
  const marker = '\u0000children\u0000';
  const access = (childPath: string, child: StoredNode) =>
    detail.max ? { access: accessOf(detail.account, childPath, child) } : {};
  const options = {
    length: lengthOf(data, path, node),
    quota: data.allocations[path]?.quota,
    ...access(path, node),
  };
  const [head = '', tail = ''] = nodeDocument(nodeElement(path, node, options, [marker])).split(marker);
  const encoder = new TextEncoder();
  let position = -1;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (position < 0) {
        position = 0;
        controller.enqueue(encoder.encode(head));
      } else if (position >= count) {
        controller.enqueue(encoder.encode(tail));
        controller.close();
      } else {
        const pieces: string[] = [];
        for (const end = Math.min(count, position + LISTING_PIECE); position < end; position += 1) {
          const child = generatedChild(path, position, node);
          pieces.push(
            nodeElement(child.path, child.node, {
              length: lengthOf(data, child.path, child.node),
              ...access(child.path, child.node),
            }),
          );
        }
        controller.enqueue(encoder.encode(pieces.join('')));
      }
    },
  });
  return new HttpResponse(body, { headers: { 'Content-Type': 'text/xml' } });
}

async function nodesRequest(platform: Platform, account: Account, request: Request, path: string) {
  const data = platform.storage;
  const params = new URL(request.url).searchParams;
  switch (request.method) {
    case 'GET': {
      const node = resolve(data, account, path);
      const detail = { account, max: params.get('detail') === 'max' };
      // Not a gap in the fake: cavern itself refuses a listing resumed from `uri` and always lists a folder whole
      // (FileSystemNodePersistence.iterator, platform-api.md §3.2); this is its answer, word for word.
      if (params.has('uri'))
        throw badRequest(
          'OptionNotSupported: batch container node listing: limit ignored, resume not implemented',
        );
      if (
        node.kind === 'container' &&
        node.generated &&
        params.get('limit') !== '0' &&
        mayRead(account, path, node)
      )
        return streamedListing(data, path, node, node.generated, detail);
      return xmlResponse(nodeXml(data, path, node, params.get('limit'), detail));
    }
    case 'PUT': {
      const document = readNodeXml(await request.text());
      if (!document?.kind) throw badRequest('InvalidArgument: not a node document');
      if (document.uri === undefined || pathOfVosUri(document.uri) !== path) {
        throw badRequest(`InvalidURI: the node's uri does not match the path ${path}`);
      }
      const parent = writableParent(data, account, path);
      if (getNode(data, path)) throw duplicateNode(path);
      const node: StoredNode = {
        kind: document.kind,
        creator: account.username,
        date: platform.now(),
        isPublic: false,
        groupRead: parent.inheritPermissions ? [...parent.groupRead] : [],
        groupWrite: parent.inheritPermissions ? [...parent.groupWrite] : [],
      };
      if (document.kind === 'container') node.inheritPermissions = parent.inheritPermissions ?? false;
      if (document.kind === 'data') node.length = 0;
      if (document.kind === 'link') node.target = document.target ?? '';
      checkGroups(document.properties);
      applyProperties(node, document.properties);
      data.nodes[path] = node;
      return xmlResponse(nodeXml(data, path, node, '0'), 201);
    }
    case 'POST': {
      const node = readable(data, account, path);
      if (!canWrite(account.username, path)) throw permissionDenied(path);
      const document = readNodeXml(await request.text());
      if (!document) throw badRequest('InvalidArgument: not a node document');
      if (document.kind && document.kind !== node.kind)
        throw badRequest('InvalidArgument: node type mismatch');
      checkGroups(document.properties);
      applyProperties(node, document.properties);
      return xmlResponse(nodeXml(data, path, node, '0'));
    }
    case 'DELETE': {
      const node = readable(data, account, path);
      writableParent(data, account, path);
      if (data.allocations[path]) throw permissionDenied(path);
      // cadc-vos-server DeleteNodeAction, through cavern's FileSystemNodePersistence
      if (node.kind === 'container' && hasChildren(data, path)) {
        throw badRequest(`container node '${nameOf(path)}' is not empty`);
      }
      freeBytes(data, path, deleteTree(data, path));
      keepContent(data, path, undefined);
      return emptyResponse(200);
    }
    default:
      return textResponse('method not allowed\n', 405);
  }
}

/**
 * cavern reads every group of `groupread` and `groupwrite` as a GroupURI (opencadc/ac cadc-gms GroupURI.java),
 * whose IllegalArgumentException is a 400 with its own text, word for word (its missing parenthesis included).
 */
function checkGroups(properties: Record<string, string | null>) {
  for (const uri of [`${CORE}groupread`, `${CORE}groupwrite`]) {
    for (const group of (properties[uri] ?? '').split(/\s+/).filter(Boolean)) {
      const problem = groupUriProblem(group);
      if (problem) throw badRequest(problem);
    }
  }
}

function groupUriProblem(value: string): string | undefined {
  const parts = /^([^:/?#]+):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(value);
  const [, scheme, authority, path, query, fragment] = parts ?? [];
  const isName = (name: string) => /^[a-zA-Z0-9_\-.~]+$/.test(name);
  const badName = "Group Name contains illegal characters (only alphanumeric, '-', '.', '_', '~' allowed";
  if (scheme !== 'ivo') return "GroupURI scheme must be 'ivo'.";
  if (!authority) return 'Group authority is required.';
  if (!path) return 'Missing authority and/or path.';
  if (query === undefined) {
    if (fragment === undefined) return 'Group name is required.';
    return isName(fragment) ? undefined : badName;
  }
  if (fragment !== undefined) return 'Fragment not allowed in group URIs';
  return isName(query) ? undefined : badName;
}

function applyProperties(node: StoredNode, properties: Record<string, string | null>) {
  for (const [uri, value] of Object.entries(properties)) {
    if (READ_ONLY.has(uri)) continue; // immutable for users (FileSystemNodePersistence IMMUTABLE_PROPS)
    const groups = (value ?? '').split(/\s+/).filter(Boolean);
    if (uri === `${CORE}ispublic`) node.isPublic = value === 'true';
    else if (uri === `${CORE}groupread`) node.groupRead = groups;
    else if (uri === `${CORE}groupwrite`) node.groupWrite = groups;
    else if (uri === `${CADC}inheritPermissions`) {
      if (node.kind === 'container') node.inheritPermissions = value === 'true';
    } else if (uri === `${CORE}type`) {
      if (value === null) delete node.contentType;
      else node.contentType = value;
    } else {
      const custom = { ...node.custom };
      if (value === null) Reflect.deleteProperty(custom, uri);
      else custom[uri] = value;
      node.custom = custom;
    }
  }
  // cavern keeps inheritance as default group ACLs and reads it back from them (NodeUtil, since 2024):
  // with no group there is nothing to keep, and the folder reads back as not inheriting
  if (node.kind === 'container' && node.groupRead.length === 0 && node.groupWrite.length === 0)
    node.inheritPermissions = false;
}

function freeBytes(data: StorageData, path: string, bytes: number) {
  const allocation = allocationOf(data, path);
  if (allocation) allocation.used = Math.max(0, allocation.used - bytes);
}

// --- /files ----------------------------------------------------------------------------------------------

async function filesRequest(platform: Platform, account: Account, request: Request, path: string) {
  const data = platform.storage;
  if (request.method === 'PUT') return putFile(platform, account, request, path);
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse('method not allowed\n', 405);
  const node = readable(data, account, path);
  if (node.kind !== 'data') throw badRequest(`InvalidArgument: not a file: ${path}`);
  const length = node.length ?? 0;
  const headers: Record<string, string> = {
    'Content-Type': node.contentType ?? 'application/octet-stream',
    'Last-Modified': new Date(node.date).toUTCString(),
    'Accept-Ranges': 'bytes',
  };
  // cavern's GetAction writes `inline; filename="<name>"` with the name as it is. Tomcat sends a header as
  // ISO-8859-1 and cannot encode a character past U+00FF (MessageBytes.toBytes throws), so it drops that header
  // and answers without it (Http11Processor.prepareResponse): such a name gets no Content-Disposition at all.
  const name = nameOf(path);
  if (!/[\u0100-\u{10ffff}]/u.test(name))
    headers['Content-Disposition'] = `inline; filename="${name.replace(/["\\]/g, '_')}"`;
  if (node.md5) headers.Digest = `md5=${hexToBase64(node.md5)}`;
  const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.get('range') ?? '');
  let start = 0;
  let end = length;
  let status = length === 0 ? 204 : 200;
  if (range) {
    start = Number(range[1]);
    end = Math.min(length, range[2] ? Number(range[2]) + 1 : length);
    if (start >= length) {
      return new HttpResponse(null, { status: 416, headers: { 'Content-Range': `bytes */${length}` } });
    }
    status = 206;
    headers['Content-Range'] = `bytes ${start}-${end - 1}/${length}`;
  }
  headers['Content-Length'] = String(end - start);
  if (request.method === 'HEAD' || status === 204) return new HttpResponse(null, { status, headers });
  const chunk = 1024 * 1024;
  let offset = start;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = Math.min(end, offset + chunk);
      controller.enqueue(readContent(data, path, node, offset, next));
      offset = next;
      if (offset >= end) controller.close();
    },
  });
  return new HttpResponse(body, { status, headers });
}

/**
 * cavern's PutAction: streams the body, records its length, MD5 and content type. It does not weigh the file
 * against the quota first: CephFS fails the write once the allocation is full, and cavern answers 413 with
 * cadc-rest's `limit: <bytes>`, what the allocation had left (quota less what it held, the file being replaced
 * included: PutAction.getLimit).
 */
async function putFile(platform: Platform, account: Account, request: Request, path: string) {
  const data = platform.storage;
  writableParent(data, account, path);
  const existing = getNode(data, path);
  if (existing && existing.kind !== 'data') throw badRequest(`InvalidArgument: not a file: ${path}`);
  const allocation = allocationOf(data, path);
  const previous = existing?.length ?? 0;
  const full = (written: number) =>
    allocation !== undefined && allocation.used - previous + written > allocation.quota;
  const quotaRefusal = () =>
    new ServiceError(413, `limit: ${String((allocation?.quota ?? 0) - (allocation?.used ?? 0))}`);
  const md5 = await createMD5();
  md5.init();
  let length = 0;
  const chunks: Uint8Array[] = [];
  let keep = true;
  if (request.body) {
    const reader = request.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      md5.update(next.value);
      length += next.value.byteLength;
      if (full(length)) {
        // not awaited: a body stream still being written may never settle its cancel
        reader.cancel().catch(() => undefined);
        throw quotaRefusal();
      }
      if (keep && shouldKeep(length)) chunks.push(next.value);
      else {
        keep = false;
        chunks.length = 0;
      }
    }
  }
  let digest = md5.digest('hex');
  if (data.corruptUploads > 0) {
    data.corruptUploads -= 1;
    digest = digest.replace(/^./, (c) => (c === '0' ? '1' : '0'));
  }
  const bytes = keep ? concat(chunks, length) : undefined;
  const contentType = request.headers.get('content-type') ?? 'application/octet-stream';
  const { text: _previousText, ...kept } = existing ?? {
    creator: account.username,
    isPublic: false,
    groupRead: [],
    groupWrite: [],
  };
  const text = snapshotText(bytes, contentType);
  const node: StoredNode = {
    ...kept,
    ...(text !== undefined ? { text } : {}),
    kind: 'data',
    date: platform.now(),
    length,
    // cavern's PutAction adds a missing core#MD5 as the digest URI's scheme-specific part (bare hex) but sets an
    // existing one to the whole URI, `md5:<hex>` (opencadc/vos cavern/src/main/java/org/opencadc/cavern/files/
    // PutAction.java at 000fa2a: `csp.setValue(actualMD5.toASCIIString())`).
    md5: existing?.md5 ? `md5:${digest}` : digest,
    contentType,
  };
  data.nodes[path] = node;
  if (allocation) allocation.used = allocation.used - previous + length;
  keepContent(data, path, bytes);
  return emptyResponse(existing ? 200 : 201);
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function hexToBase64(md5: string): string {
  const hex = md5.replace(/^md5:/i, '');
  const bytes = hex.match(/../g)?.map((pair) => String.fromCharCode(parseInt(pair, 16))) ?? [];
  return btoa(bytes.join(''));
}

// --- UWS jobs --------------------------------------------------------------------------------------------

async function jobsRequest(
  platform: Platform,
  account: Account,
  request: Request,
  jobBase: string,
  root: JobRoot,
  id: string | undefined,
  action: string | undefined,
) {
  const data = platform.storage;
  const jobUrl = (job: StorageJob) => `${jobBase}/${root}/${job.id}`;
  if (id === undefined || id === '') {
    if (request.method !== 'POST') return textResponse('method not allowed\n', 405);
    const job = await createJob(platform, account, request, root);
    data.jobs[job.id] = job;
    return new HttpResponse(null, { status: 303, headers: { Location: jobUrl(job) } });
  }
  const job = data.jobs[id];
  const kindMatches = JOB_ROOTS[root] === job?.kind || (root === 'transfers' && job?.kind === 'download');
  if (job?.owner !== account.username || !kindMatches) {
    throw nodeNotFound(`job ${id}`);
  }
  if (action === 'phase') {
    if (request.method === 'GET') return textResponse(`${job.phase}\n`);
    const params = await readParams(request);
    const phase = params.get('PHASE')?.toUpperCase();
    if (phase === 'RUN' && job.phase === 'PENDING') {
      job.phase = 'EXECUTING';
      job.started = platform.now();
    } else if (phase === 'ABORT' && !isFinal(job)) {
      job.phase = 'ABORTED';
      job.ended = platform.now();
    } else if (phase !== 'RUN' && phase !== 'ABORT') {
      throw badRequest(`invalid PHASE: ${phase ?? ''}`);
    }
    return new HttpResponse(null, { status: 303, headers: { Location: jobUrl(job) } });
  }
  if (action === 'results' && job.kind === 'download') {
    return xmlResponse(downloadDetailsXml(job, jobBase, new URL(request.url).origin, platform.storage));
  }
  if (action !== undefined) return textResponse('not found\n', 404);
  if (request.method !== 'GET') return textResponse('method not allowed\n', 405);
  const wait = Number(new URL(request.url).searchParams.get('WAIT') ?? '0');
  if (job.phase === 'EXECUTING' && job.started !== undefined) {
    const remaining = job.started + JOB_MS - platform.now();
    if (remaining > 0 && wait > 0) await delay(Math.min(remaining, wait * 1000));
    if (job.started + JOB_MS <= platform.now()) runJob(platform, job);
  }
  return xmlResponse(jobXml(job));
}

const isFinal = (job: StorageJob) => ['COMPLETED', 'ERROR', 'ABORTED'].includes(job.phase);

async function createJob(
  platform: Platform,
  account: Account,
  request: Request,
  root: JobRoot,
): Promise<StorageJob> {
  const data = platform.storage;
  const id = `${(data.nextJobId++).toString(36)}${platform.random.chars(10)}`;
  const base = { id, owner: account.username, phase: 'PENDING' as const, created: platform.now() };
  if (root === 'async-delete') {
    const target = pathOfVosUri((await readParams(request)).get('target') ?? '');
    if (!target) throw badRequest('InvalidURI: missing or invalid target');
    return { ...base, kind: 'delete', target };
  }
  const text = await request.text();
  if (root === 'async-setprops') {
    const document = readNodeXml(text);
    const target = pathOfVosUri(document?.uri ?? '');
    if (!document || !target) throw badRequest('InvalidArgument: not a node document');
    checkGroups(document.properties);
    return { ...base, kind: 'setprops', target, properties: document.properties };
  }
  const transfer = readTransferXml(text);
  const target = pathOfVosUri(transfer.target ?? '');
  const destination = pathOfVosUri(transfer.direction ?? '');
  if (!target || !destination) throw badRequest('InvalidArgument: a move needs a target and a destination');
  // Not a gap in the fake: cavern moves but does not copy (InternalTransferAction.java, platform-api.md §3.6);
  // this is its answer to a copy (keepBytes=true), word for word.
  if (transfer.keepBytes === 'true') throw badRequest('copyNode is not implemented');
  return { ...base, kind: 'move', target, destination };
}

function runJob(platform: Platform, job: StorageJob) {
  const data = platform.storage;
  const account = { username: job.owner };
  job.ended = platform.now();
  try {
    const node = getNode(data, job.target);
    if (!node || !data.nodes[job.target]) throw nodeNotFound(job.target);
    if (!canWrite(account.username, job.target) || data.allocations[job.target])
      throw permissionDenied(job.target);
    if (job.kind === 'delete') {
      freeBytes(data, job.target, deleteTree(data, job.target));
      keepContent(data, job.target, undefined);
    } else if (job.kind === 'setprops') {
      for (const [key, stored] of Object.entries(data.nodes)) {
        if (key === job.target || key.startsWith(`${job.target}/`))
          applyProperties(stored, job.properties ?? {});
      }
    } else {
      let destination = job.destination ?? '';
      // VOSpace: moving onto an existing container moves the node into it; elsewhere it renames it.
      if (data.nodes[destination]?.kind === 'container') destination = `${destination}/${nameOf(job.target)}`;
      // cavern's rule, a plain text test of the paths (cadc-vos-server InternalTransferAction): it refuses
      // `/home/a/data` into `/home/a/data2` too.
      const container = parentOf(destination);
      if (node.kind === 'container' && container.includes(job.target)) {
        throw badRequest(
          `InvalidArgument: Cannot move container node into its descendants: source path ${job.target} in resolved path ${container}`,
        );
      }
      if (getNode(data, destination)) throw duplicateNode(destination);
      const parent = data.nodes[parentOf(destination)];
      if (parent?.kind !== 'container') throw nodeNotFound(`ContainerNotFound: ${parentOf(destination)}`);
      if (!canWrite(account.username, parentOf(destination))) throw permissionDenied(parentOf(destination));
      const bytes = lengthOf(data, job.target, node) ?? 0;
      if (allocationOf(data, job.target) !== allocationOf(data, destination)) {
        freeBytes(data, job.target, bytes);
        const to = allocationOf(data, destination);
        if (to) to.used += bytes;
      }
      moveTree(data, job.target, destination);
      moveContent(data, job.target, destination);
      const moved = data.nodes[destination];
      if (moved) moved.date = platform.now();
    }
    job.phase = 'COMPLETED';
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    job.phase = 'ERROR';
    job.error = error.message;
  }
}

// --- /synctrans downloads ---------------------------------------------------------------------------------

/** A download negotiation: 303 to the transfer details, whose endpoints are where the file is read (below). */
async function syncTransfer(platform: Platform, account: Account, request: Request, jobBase: string) {
  if (request.method !== 'POST') return textResponse('method not allowed\n', 405);
  const text = await request.text();
  const packaged = readPackageTransfer(text);
  if (packaged.view !== undefined) return createPackage(platform, account, packaged, jobBase);
  const transfer = readTransferXml(text);
  const target = pathOfVosUri(transfer.target ?? '');
  if (!target || transfer.direction !== 'pullFromVoSpace') {
    throw badRequest('InvalidArgument: only pullFromVoSpace of a vos URI is supported');
  }
  const node = readable(platform.storage, account, target);
  if (node.kind !== 'data') throw badRequest(`InvalidArgument: not a file: ${target}`);
  const data = platform.storage;
  const id = `${(data.nextJobId++).toString(36)}${platform.random.chars(16)}`;
  data.jobs[id] = {
    id,
    kind: 'download',
    owner: account.username,
    phase: 'COMPLETED',
    created: platform.now(),
    target,
  };
  return new HttpResponse(null, {
    status: 303,
    headers: { Location: `${jobBase}/transfers/${id}/results/transferDetails` },
  });
}

function downloadDetailsXml(job: StorageJob, jobBase: string, origin: string, storage: StorageData): string {
  // Absolute, as cavern writes them (on its own host: the portal maps them back onto its own origin). cavern
  // lists the pre-authorised endpoint first, then the plain one, both without a security method; with no
  // pre-authorisation keys, the plain one only (CavernURLGenerator.getEndpoints).
  const path = job.target.split('/').map(encodeURIComponent).join('/');
  const endpoints =
    storage.downloadEndpoint !== undefined
      ? [storage.downloadEndpoint]
      : [
          ...(storage.preauthUnsupported ? [] : [`${origin}${jobBase}/files/preauth:${job.id}${path}`]),
          `${origin}${jobBase}/files${path}`,
        ];
  const protocols = endpoints
    .map(
      (endpoint) => `  <vos:protocol uri="ivo://ivoa.net/vospace/core#httpsget">
    <vos:endpoint>${escapeXml(endpoint)}</vos:endpoint>
  </vos:protocol>
`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<vos:transfer xmlns:vos="http://www.ivoa.net/xml/VOSpace/v2.0" version="2.1">
  <vos:target>${escapeXml(vosUriOf(job.target))}</vos:target>
  <vos:direction>pullFromVoSpace</vos:direction>
${protocols}  <vos:keepBytes>true</vos:keepBytes>
</vos:transfer>
`;
}

/** `/files/preauth:<token>/<path>`: no Authorization header; the token names the download and its file. */
async function preauthorisedFile(platform: Platform, request: Request, token: string, path: string) {
  const job = platform.storage.jobs[token];
  if (job?.kind !== 'download' || job.target !== path) throw permissionDenied(path);
  const account = findAccount(platform.accounts, job.owner);
  if (!account) throw permissionDenied(path);
  return filesRequest(platform, account, request, path);
}

// --- /synctrans packages (Pkg-1.0) -------------------------------------------------------------------------

/**
 * cavern's package view: the job is created PENDING and answered with a 303 to `/synctrans/<id>/run`;
 * that run moves it on (QUEUED → SUSPENDED) and 303s to `/pkg/<id>/run`, which streams the archive.
 */
function createPackage(platform: Platform, account: Account, transfer: PackageTransfer, jobBase: string) {
  const data = platform.storage;
  if (transfer.view !== PACKAGE_VIEW || data.packagesUnsupported) {
    throw new ServiceError(501, `NotImplemented: view ${transfer.view ?? ''}`);
  }
  if (transfer.direction !== 'pullFromVoSpace') {
    throw badRequest('InvalidArgument: a package is a pullFromVoSpace transfer');
  }
  const format = packageFormat(transfer.format);
  if (!format) throw badRequest(`InvalidArgument: unsupported package format ${transfer.format ?? ''}`);
  if (transfer.targets.length === 0) throw badRequest('InvalidArgument: a package needs a target');
  const targets = transfer.targets.map((uri) => {
    const path = pathOfVosUri(uri);
    if (!path) throw badRequest(`InvalidURI: ${uri}`);
    readable(data, account, path);
    return path;
  });
  const id = `${(data.nextJobId++).toString(36)}${platform.random.chars(10)}`;
  data.jobs[id] = {
    id,
    kind: 'package',
    owner: account.username,
    phase: 'PENDING',
    created: platform.now(),
    target: targets[0] ?? '',
    targets,
    format,
  };
  return new HttpResponse(null, { status: 303, headers: { Location: `${jobBase}/synctrans/${id}/run` } });
}

function packageRequest(
  platform: Platform,
  account: Account,
  request: Request,
  jobBase: string,
  runner: boolean,
  id: string,
  run: boolean,
) {
  const data = platform.storage;
  const job = data.jobs[id];
  if (job?.kind !== 'package' || job.owner !== account.username) throw nodeNotFound(`job ${id}`);
  if (request.method !== 'GET') return textResponse('method not allowed\n', 405);
  if (!runner && !run) return xmlResponse(jobXml(job));
  if (!run) return textResponse('not found\n', 404);
  if (!runner) {
    if (job.phase === 'PENDING') job.phase = 'QUEUED';
    if (job.phase === 'QUEUED') job.phase = 'SUSPENDED';
    if (job.phase !== 'SUSPENDED') throw badRequest(`InvalidArgument: job ${id} is ${job.phase}`);
    return new HttpResponse(null, { status: 303, headers: { Location: `${jobBase}/pkg/${id}/run` } });
  }
  if (job.phase !== 'SUSPENDED') throw badRequest(`InvalidArgument: job ${id} is ${job.phase}`);
  const format = job.format ?? 'tar';
  const targets = (job.targets ?? [job.target]).flatMap((path) => {
    const node = getNode(data, path);
    // A target gone or no longer readable since the job was made is left out, as cavern skips it.
    return node && canRead(account.username, path) ? [{ path, node }] : [];
  });
  job.phase = 'EXECUTING';
  job.started = platform.now();
  const body = packageStream(data, targets, format, () => {
    job.phase = 'COMPLETED';
    job.ended = platform.now();
  });
  // written as PackageRunner.initWriter does: inline, the name unquoted; a header carries Latin-1 only
  const name = packageName(job.targets ?? [job.target], job.id, format).replace(
    /[^\x20-\x7e\xa0-\xff]/g,
    '_',
  );
  return new HttpResponse(body, {
    status: 200,
    headers: {
      'Content-Type': PACKAGE_TYPES[format],
      'Content-Disposition': `inline;filename=${name}`,
    },
  });
}
