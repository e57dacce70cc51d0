import { ApiError, isApiError } from '../http/api-error';
import type { ApiClient } from '../http/client';
import { newContainerXml } from './node-xml-writer';
import { encodePath, parentOf, vosUri } from './vos-uri';
import { parseNodeDocument, type VosNode } from './vospace-xml';

/** A small text file read whole, with the MD5 cavern recorded for it (the version a later write checks). */
export interface TextFile {
  text: string;
  md5: string | undefined;
  /** Last modified, epoch ms: with the MD5, what tells a later version apart. */
  date: number | undefined;
}

const sameVersion = (node: VosNode, file: TextFile) => node.md5 === file.md5 && node.date === file.date;

/** cavern's 404s for a path that is not there: the node, or a folder on the way to it. */
const isAbsent = (error: unknown) =>
  isApiError(error) &&
  error.status === 404 &&
  (error.message.startsWith('NodeNotFound') || error.message.startsWith('ContainerNotFound'));

async function nodeOrAbsent(
  api: ApiClient,
  path: string,
  signal?: AbortSignal,
): Promise<VosNode | undefined> {
  try {
    const document = await api.xml('storage', `/nodes${encodePath(path)}`, { query: { limit: '0' }, signal });
    return parseNodeDocument(document);
  } catch (error) {
    if (isAbsent(error)) return undefined;
    throw error;
  }
}

/**
 * `GET /nodes/<path>` for its MD5, then `GET /files/<path>`; undefined when cavern says there is no such
 * file. Anything else (a folder there, 403, a failure) is thrown.
 */
export async function readTextFile(
  api: ApiClient,
  path: string,
  signal?: AbortSignal,
): Promise<TextFile | undefined> {
  const node = await nodeOrAbsent(api, path, signal);
  if (!node) return undefined;
  if (node.kind !== 'data')
    throw new ApiError({
      service: 'storage',
      kind: 'malformed',
      status: 200,
      message: `${path} is not a file`,
    });
  try {
    const text = await api.text('storage', `/files${encodePath(path)}`, { signal });
    return { text, md5: node.md5, date: node.date };
  } catch (error) {
    if (isAbsent(error)) return undefined;
    throw error;
  }
}

/** The file was created, replaced or removed by someone else since it was read: nothing was written. */
export class FileChangedError extends Error {
  constructor(readonly path: string) {
    super(`${path} changed since it was read`);
    this.name = 'FileChangedError';
  }
}

/**
 * Writes a small text file with `PUT /files/<path>`, never over a version the caller has not seen: the node is
 * read again first, and a file that appeared, changed (another MD5 or date) or went since `expected` (what the caller
 * read; undefined: no file) stops the write. A missing parent folder is created (`PUT /nodes`, 409: there).
 */
export async function writeTextFile(
  api: ApiClient,
  authority: string,
  path: string,
  text: string,
  expected: TextFile | undefined,
): Promise<void> {
  const current = await nodeOrAbsent(api, path);
  if (
    current === undefined ? expected !== undefined : expected === undefined || !sameVersion(current, expected)
  )
    throw new FileChangedError(path);
  if (current === undefined) {
    const folder = parentOf(path);
    try {
      await api.request('storage', `/nodes${encodePath(folder)}`, {
        method: 'PUT',
        body: newContainerXml(vosUri(authority, folder)),
        contentType: 'text/xml',
      });
    } catch (error) {
      if (!(isApiError(error) && error.status === 409)) throw error;
    }
  }
  await api.request('storage', `/files${encodePath(path)}`, {
    method: 'PUT',
    body: text,
    contentType: 'application/json',
  });
}
