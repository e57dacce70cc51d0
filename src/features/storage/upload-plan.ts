import type { Allocation } from '@/api/storage/allocation-queries';
import { unaddressableCharacters } from '@/api/storage/cavern-names';
import type { VosNode } from '@/api/storage/vospace-xml';
import { ChecksumMismatchError, isStillToFinish, replacesFile, type UploadItem } from './upload-queue';

/** `relative` (a picked file's name, or its path in a dropped folder) inside `folder`. */
export const destinationIn = (folder: string, relative: string) =>
  `${folder === '/' ? '' : folder}/${relative}`;

/**
 * The destinations a new batch must not write to: those it names twice (a file picked beside a dropped folder
 * that holds one of the same name), and those an upload of this tab or a batch waiting for its confirmation
 * already targets (two drops in a row). Whichever file won, the other would be lost without a word.
 */
export function clashingDestinations(paths: readonly string[], busy: ReadonlySet<string>): string[] {
  const seen = new Set<string>();
  const clashes = new Set<string>();
  for (const path of paths) {
    if (seen.has(path) || busy.has(path)) clashes.add(path);
    seen.add(path);
  }
  return [...clashes];
}

export interface UnaddressableUpload {
  /** The picked file's name, or its path in a dropped folder. */
  relativePath: string;
  characters: string[];
}

/**
 * The files and folders of a batch that cavern could not store under their names (cavern-names.ts): a space,
 * `#`, `%`… anywhere in the path below the folder. Only these are held back: one such name among a night's
 * frames stops nothing else, and the batch's refusal names it to be renamed and sent again.
 */
export function unaddressableUploads(relativePaths: readonly string[]): UnaddressableUpload[] {
  const refused: UnaddressableUpload[] = [];
  for (const relativePath of relativePaths) {
    const characters = [...new Set(relativePath.split('/').flatMap(unaddressableCharacters))];
    if (characters.length > 0) refused.push({ relativePath, characters });
  }
  return refused;
}

/** The destinations of the uploads still to finish (queued, running, or paused until a new sign-in). */
export const activeDestinations = (items: readonly UploadItem[]) =>
  items.filter(isStillToFinish).map((item) => item.path);

/** Whether the file at `item`'s destination holds this very file's bytes: a retry has nothing to send. */
export const alreadyStored = (item: UploadItem, node: VosNode | undefined): boolean =>
  node?.kind === 'data' && item.fileMd5 !== undefined && node.md5 === item.fileMd5;

/**
 * Whether retrying `item` must ask first: a file is at its destination now, and it is not the one this
 * upload's own failed attempt left there (recognised by the MD5 of what it sent, or by the MD5 a mismatch
 * recorded).
 */
export function retryMustAsk(item: UploadItem, node: VosNode | undefined): boolean {
  if (!node || !replacesFile(node)) return false;
  const ownWrite = item.written !== undefined && node.md5 === item.written;
  const ownLeftover =
    item.error instanceof ChecksumMismatchError &&
    item.error.stored !== undefined &&
    node.md5 === item.error.stored;
  return !ownWrite && !ownLeftover;
}

/** The folder whose quota a write to `path` counts against: a home or a project (`/home/jdoe`, `/projects/x`). */
export function allocationRootOf(path: string): string | undefined {
  const [area, name] = path.split('/').filter(Boolean);
  return area === undefined || name === undefined ? undefined : `/${area}/${name}`;
}

/** A batch the storage space it goes to has too little room for, as last read. */
export interface SpaceShortfall {
  /** The home or project folder whose space it is. */
  root: string;
  /** Bytes left, less what the uploads already running there have still to send. */
  free: number;
  /** Bytes the batch adds. */
  needed: number;
  files: number;
}

/**
 * Whether a batch fits in its storage space: what it adds (a file replacing another only what it is larger by)
 * against the quota less what is used and what this tab's running uploads into the same space have still to
 * send. Undefined when it fits, or when the space has no quota or figure to go by: the service decides then.
 */
export function spaceShortfall(
  allocation: Allocation | undefined,
  batch: readonly { file: { size: number }; replacedBytes?: number | undefined }[],
  uploads: readonly UploadItem[],
): SpaceShortfall | undefined {
  if (!allocation?.exists || allocation.used === undefined || allocation.quota === undefined)
    return undefined;
  const root = allocation.path;
  const inRoot = (path: string) => path.startsWith(`${root}/`);
  const pending = uploads
    .filter((item) => isStillToFinish(item) && inRoot(item.path))
    // one paused for a new sign-in is sent again whole
    .reduce(
      (sum, item) => sum + (item.status === 'failed' ? item.size : Math.max(0, item.size - item.sentBytes)),
      0,
    );
  const free = Math.max(0, allocation.quota - allocation.used - pending);
  const needed = batch.reduce(
    (sum, { file, replacedBytes }) => sum + Math.max(0, file.size - (replacedBytes ?? 0)),
    0,
  );
  return needed > free ? { root, free, needed, files: batch.length } : undefined;
}
