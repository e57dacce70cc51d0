import { deniedFolder, isNodeNotFound } from '@/api/storage/node-exists';
import type { VosNodeKind } from '@/api/storage/vospace-xml';

/** Why a drop uploads nothing here; each names its `storage.dropzone.*` sentence. */
export type DropRefusal = 'loading' | 'missing' | 'noAccess' | 'readOnly';

/** What of the folder's listing query the access rules read. */
export interface ListingState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data:
    { readable: boolean | undefined; writable: boolean | undefined; node: { kind: VosNodeKind } } | undefined;
}

export interface FolderAccess {
  /** A folder the user may not read: its properties came back without children, no rows, not an empty folder. */
  noAccess: boolean;
  /** cavern says the folder is not there (a new user's home before the first session). */
  missing: boolean;
  /** A folder below one the user may not read: nothing can be written there either. */
  deniedOnTheWay: boolean;
  /** New folder, and the changes to rows: off where cavern says the user may not write, or there is no folder. */
  canCreate: boolean;
  /** Upload: as `canCreate`, and only once the listing is in. */
  canWrite: boolean;
  /** Why a drop is refused; undefined where it uploads. */
  dropRefusal: DropRefusal | undefined;
  /** The toolbar says why its changes are off: the folder is read-only, not unreadable. */
  isReadOnly: boolean;
}

/** What the user may do in the folder, as far as its listing (loading, failed or in) tells. */
export function folderAccess({ isPending, isError, error, data }: ListingState): FolderAccess {
  const noAccess = data?.readable === false && data.node.kind === 'container';
  const missing = isError && isNodeNotFound(error);
  const deniedOnTheWay = isError && deniedFolder(error) !== undefined;
  const canCreate = data?.writable !== false && !missing && !deniedOnTheWay;
  const canWrite = !isPending && canCreate;
  return {
    noAccess,
    missing,
    deniedOnTheWay,
    canCreate,
    canWrite,
    dropRefusal: canWrite
      ? undefined
      : isPending
        ? 'loading'
        : missing
          ? 'missing'
          : data?.readable === false || deniedOnTheWay
            ? 'noAccess'
            : 'readOnly',
    isReadOnly: data?.writable === false && !noAccess,
  };
}
