import { ServiceError } from '../errors';
import { demoUsers } from '../users';
import type { StorageData, StoredNode } from './model';
import { BIG_FOLDER_SIZE, fakeMd5, GMS } from './seed';
import { groupsInRole } from '../groups';

/** cavern's faults as HTTP status and text (cadc-vos-server NodeFault). */
export const nodeNotFound = (path: string) => new ServiceError(404, `NodeNotFound: ${path}`);
export const permissionDenied = (path: string) => new ServiceError(403, `PermissionDenied: ${path}`);
export const duplicateNode = (path: string) => new ServiceError(409, `DuplicateNode: ${path}`);

export const parentOf = (path: string) => path.slice(0, Math.max(path.lastIndexOf('/'), 0)) || '/';
export const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** What a user may read or write: their home, and the projects they belong to; the two roots are readable. */
export function canRead(username: string, path: string): boolean {
  if (path === '/home' || path === '/projects') return true;
  return canWrite(username, path);
}

/**
 * cavern's read ACL: a node whose `groupread` names a GMS group the user belongs to is readable by them, as a
 * workshop's presets file in a project folder is by its trainees.
 */
export function readableByGroup(username: string, node: StoredNode): boolean {
  return node.groupRead.some((uri) => {
    if (!uri.startsWith(GMS)) return false;
    const name = uri.slice(GMS.length);
    return groupsInRole(username, 'member').some((group) => group.name === name);
  });
}

export function canWrite(username: string, path: string): boolean {
  const [, root, owner] = path.split('/');
  if (root === 'home') return owner === username;
  if (root === 'projects') {
    const user = demoUsers.find((candidate) => candidate.username === username);
    return owner !== undefined && (user?.projects.includes(owner) ?? false);
  }
  return false;
}

export interface ListedNode {
  path: string;
  node: StoredNode;
}

/** A node, stored or generated (a child of the 100,000-entry folder). */
export function getNode(data: StorageData, path: string): StoredNode | undefined {
  const stored = data.nodes[path];
  if (stored) return stored;
  const parent = data.nodes[parentOf(path)];
  if (parent?.generated) {
    const index = generatedIndex(nameOf(path));
    if (index !== undefined && index < parent.generated)
      return generatedNode(parentOf(path), index, parent).node;
  }
  return undefined;
}

/** The children of a folder in "directory order": insertion order, unsorted, as cavern lists them. */
export function childrenOf(data: StorageData, path: string): ListedNode[] {
  const prefix = path === '/' ? '/' : `${path}/`;
  const children: ListedNode[] = [];
  for (const [childPath, node] of Object.entries(data.nodes)) {
    if (childPath.startsWith(prefix) && !childPath.slice(prefix.length).includes('/')) {
      children.push({ path: childPath, node });
    }
  }
  return children;
}

export function hasChildren(data: StorageData, path: string): boolean {
  const node = data.nodes[path];
  if (node?.generated) return true;
  const prefix = `${path}/`;
  return Object.keys(data.nodes).some((key) => key.startsWith(prefix));
}

/** Recursive size of a folder (cavern reads CephFS's `rbytes`); an allocation root reports its allocation. */
export function lengthOf(data: StorageData, path: string, node: StoredNode): number | undefined {
  if (node.kind === 'data') return node.length ?? 0;
  if (node.kind === 'link') return undefined;
  const allocation = data.allocations[path];
  if (allocation) return allocation.used;
  if (node.generated) return generatedTotal(node.generated);
  const prefix = `${path}/`;
  let total = 0;
  for (const [key, child] of Object.entries(data.nodes)) {
    if (key.startsWith(prefix)) total += child.kind === 'data' ? (child.length ?? 0) : 0;
    if (key.startsWith(prefix) && child.generated) total += generatedTotal(child.generated);
  }
  return total;
}

/** The allocation (home or project folder) a path is in. */
export function allocationOf(data: StorageData, path: string) {
  const root = path.split('/').slice(0, 3).join('/');
  return data.allocations[root];
}

/** Moves every stored node at or below `from` to `to`, keeping their order. */
export function moveTree(data: StorageData, from: string, to: string): void {
  const moved: StorageData['nodes'] = {};
  for (const [key, node] of Object.entries(data.nodes)) {
    if (key === from || key.startsWith(`${from}/`)) moved[`${to}${key.slice(from.length)}`] = node;
  }
  for (const key of Object.keys(data.nodes)) {
    if (key === from || key.startsWith(`${from}/`)) Reflect.deleteProperty(data.nodes, key);
  }
  Object.assign(data.nodes, moved);
}

/** Deletes a node and everything below it; returns the bytes freed. */
export function deleteTree(data: StorageData, path: string): number {
  let freed = 0;
  for (const [key, node] of Object.entries(data.nodes)) {
    if (key === path || key.startsWith(`${path}/`)) {
      freed += node.kind === 'data' ? (node.length ?? 0) : 0;
      Reflect.deleteProperty(data.nodes, key);
    }
  }
  return freed;
}

// --- the generated folder -------------------------------------------------------------------------------

const EXTENSIONS = ['fits', 'fits', 'fits', 'csv', 'txt', 'png', 'fits.fz', 'json'];
const TYPES: Record<string, string> = {
  fits: 'application/fits',
  csv: 'text/csv',
  txt: 'text/plain',
  png: 'image/png',
  'fits.fz': 'application/fits',
  json: 'application/json',
};

/** A cheap integer hash, so the generated folder is the same on every listing without storing it. */
function mix(value: number): number {
  let h = Math.imul(value ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const generatedName = (index: number) => {
  const ext = EXTENSIONS[mix(index) % EXTENSIONS.length] ?? 'fits';
  if (index % 97 === 0) return `run-${String(index).padStart(6, '0')}`;
  return `obs-${String(index).padStart(6, '0')}.${ext}`;
};

function generatedIndex(name: string): number | undefined {
  const match = /^(?:obs|run)-(\d{6})(?:\.|$)/.exec(name);
  if (!match?.[1]) return undefined;
  const index = Number(match[1]);
  return generatedName(index) === name ? index : undefined;
}

const generatedTotal = (count: number) => count * 1_500_000;

/** The `index`th child of a generated folder, in its (shuffled) directory order. */
export function generatedChild(parentPath: string, position: number, parent: StoredNode): ListedNode {
  // A fixed permutation of the positions (a prime multiplier modulo the count), so the listing is unsorted.
  const count = parent.generated ?? BIG_FOLDER_SIZE;
  return generatedNode(parentPath, (position * 7919) % count, parent);
}

function generatedNode(parentPath: string, index: number, parent: StoredNode): ListedNode {
  const name = generatedName(index);
  const h = mix(index + 1);
  const date = parent.date - (h % 31_536_000) * 1000;
  const path = `${parentPath}/${name}`;
  if (name.startsWith('run-')) {
    return {
      path,
      node: {
        kind: 'container',
        creator: parent.creator,
        date,
        isPublic: false,
        groupRead: [],
        groupWrite: [],
      },
    };
  }
  const ext = name.slice(name.indexOf('.') + 1);
  return {
    path,
    node: {
      kind: 'data',
      creator: parent.creator,
      date,
      isPublic: false,
      groupRead: [],
      groupWrite: [],
      length: 2880 * (1 + (h % 2000)),
      contentType: TYPES[ext] ?? 'application/octet-stream',
      md5: fakeMd5(path),
    },
  };
}
