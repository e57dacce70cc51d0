import { ApiError, asApiError, isApiError } from '@/api/http/api-error';
import type { ApiClient } from '@/api/http/client';
import { STREAMED_DOWNLOAD_BYTES } from '@/api/storage/download';
import type { StorageEntry } from '@/api/storage/listing';
import {
  isPackagesUnsupported,
  type PackageFormat,
  type PackagesUnsupportedError,
} from '@/api/storage/package';
import { ItemStore, throttleProgress } from '@/lib/item-store';
import { saveFile, savePackage } from './save-download';

export type PackageStatus =
  | 'preparing'
  | 'receiving'
  /** The service makes no packages: the files go one by one. */
  | 'oneByOne'
  /**
   * One by one, a file too large to hold in memory: it waits for the user's click, the only thing that may
   * open the save dialog that streams it to disk.
   */
  | 'waiting'
  | 'saved'
  | 'failed'
  | 'cancelled';

/** Folders were selected where the service makes no packages: nothing to fall back to. */
export class FoldersNeedPackagesError extends ApiError {
  constructor(unsupported: PackagesUnsupportedError) {
    super({
      service: 'storage',
      kind: unsupported.kind,
      status: unsupported.status,
      message: 'the storage service does not make packages, so folders cannot be downloaded',
      cause: unsupported,
    });
    this.name = 'FoldersNeedPackagesError';
  }
}

export type PackageEntry = Pick<StorageEntry, 'path' | 'name' | 'kind' | 'size'>;

type NewItem = Pick<PackageItem, 'entries' | 'format' | 'fileName' | 'total' | 'oneByOne'>;

const asItself = (file: PackageEntry) => ({
  entries: [file],
  format: undefined,
  fileName: file.name,
  total: file.size,
});

/** The file a save dialog made before the download failed: deleted where the browser can, or left empty. */
export interface AbandonedFile {
  fileName: string;
  removed: boolean;
}

export interface PackageItem {
  id: number;
  entries: readonly PackageEntry[];
  /** The archive's format; undefined for one file saved as itself (`startFile`). */
  format: PackageFormat | undefined;
  /** Suggested at first, then the name the archive or file is saved under. */
  fileName: string;
  status: PackageStatus;
  /** Bytes received so far. */
  bytes: number;
  /** A file's size as listed; undefined for an archive, made on the fly, whose size is unknown until its end. */
  total: number | undefined;
  /** Read whole into memory before saving (no save dialog to stream into). */
  inMemory: boolean;
  /** One by one: files started so far. */
  filesDone: number;
  /** The service makes no packages: the files go one by one, and no archive is made. */
  oneByOne: boolean;
  /** The empty file the save dialog made, when the download failed before writing to it. */
  abandoned: AbandonedFile | undefined;
  /**
   * Why it failed: the storage service's failure, or (a plain Error) the browser's save dialog failing, which
   * is no service's.
   */
  error: ApiError | Error | undefined;
}

const packageFailure = (error: unknown): ApiError | Error =>
  isApiError(error) || error instanceof Error ? error : asApiError(error, 'storage');

export const isPackageActive = (status: PackageStatus) =>
  status === 'preparing' || status === 'receiving' || status === 'oneByOne';

interface SaveProgressHandlers {
  onResponse: (info: { fileName: string; inMemory: boolean }) => void;
  onProgress: (bytes: number) => void;
  onAbandoned: (file: AbandonedFile) => void;
}

interface Dependencies {
  api: ApiClient;
  authority: string;
  /** `window`, where the save dialog may be. */
  host: object;
  /** One file at a time, for the fallback (the existing single-file download); `signal` stops it. */
  downloadFile: (entry: PackageEntry, signal: AbortSignal) => Promise<void>;
}

/**
 * This tab's package downloads, and its downloads of files too large to hold in memory on their way to disk,
 * outliving the folder shown (like the upload queue), read by the panel through `subscribe`/`getSnapshot`.
 */
export class PackageDownloads {
  private readonly store = new ItemStore<PackageItem>();
  private readonly controllers = new Map<number, AbortController>();
  private nextId = 1;
  /**
   * The service's first refusal of a package, kept for the tab's life: a deployment does not gain the package
   * view while the tab is open, and knowing it lets the toolbar offer files one by one and no save dialog.
   */
  private unsupported: PackagesUnsupportedError | undefined;
  private readonly supportListeners = new Set<() => void>();

  constructor(private readonly deps: Dependencies) {}

  readonly subscribe = this.store.subscribe;

  readonly getSnapshot = this.store.getSnapshot;

  readonly subscribeSupport = (listener: () => void) => {
    this.supportListeners.add(listener);
    return () => {
      this.supportListeners.delete(listener);
    };
  };

  /** True once the service has refused a package in this tab. */
  readonly knowsNoPackages = () => this.unsupported !== undefined;

  private learnUnsupported(error: PackagesUnsupportedError) {
    if (this.unsupported) return;
    this.unsupported = error;
    for (const listener of this.supportListeners) listener();
  }

  private update(id: number, change: Partial<PackageItem>) {
    this.store.update(id, change);
  }

  /**
   * Starts a package saved as `fileName` (`packageFileName`); call it from the click, so a save dialog may
   * open. Resolves once it has ended.
   */
  start(entries: readonly PackageEntry[], format: PackageFormat, fileName: string): Promise<void> {
    return this.add({
      entries,
      format,
      fileName,
      total: undefined,
      oneByOne: this.unsupported !== undefined,
    });
  }

  /**
   * Starts the download of one file saved as itself, with its progress; call it from the click, as `start`.
   * For a file too large to hold in memory where a save dialog can stream it to disk.
   */
  startFile(file: PackageEntry): Promise<void> {
    return this.add({ ...asItself(file), oneByOne: false });
  }

  private add(what: NewItem): Promise<void> {
    const item = this.newItem(what, 'preparing');
    this.store.set([...this.store.getSnapshot(), item]);
    return this.run(item);
  }

  private newItem(what: NewItem, status: 'preparing' | 'waiting'): PackageItem {
    return {
      ...what,
      id: this.nextId++,
      status,
      bytes: 0,
      inMemory: false,
      filesDone: 0,
      error: undefined,
      abandoned: undefined,
    };
  }

  private save(item: PackageItem, signal: AbortSignal, progress: SaveProgressHandlers) {
    const { api, authority, host } = this.deps;
    const { format, entries, fileName } = item;
    if (format !== undefined) {
      const paths = entries.map((entry) => entry.path);
      return savePackage({ api, host, request: { authority, paths, format, signal }, fileName, ...progress });
    }
    const [file, ...more] = entries;
    if (!file || more.length > 0) throw new Error('a file download holds one file');
    return saveFile({ api, authority, host, file, signal, ...progress });
  }

  private async run(item: PackageItem): Promise<void> {
    const { id } = item;
    const controller = new AbortController();
    this.controllers.set(id, controller);
    if (this.unsupported && item.format !== undefined) {
      // Known to make no packages: straight to the files, no save dialog for an archive that will not come.
      try {
        await this.oneByOne(item, this.unsupported, controller.signal);
      } finally {
        this.controllers.delete(id);
      }
      return;
    }
    const progress = throttleProgress((bytes) => {
      if (this.store.find(id)?.status === 'receiving') this.update(id, { bytes });
    });
    try {
      const saved = await this.save(item, controller.signal, {
        onResponse: ({ fileName, inMemory }) => {
          this.update(id, { status: 'receiving', fileName, inMemory });
        },
        onProgress: (bytes) => {
          progress.report(bytes);
        },
        onAbandoned: (abandoned) => {
          this.update(id, { abandoned });
        },
      });
      if (!saved) {
        // The save dialog was closed: nothing was asked of the service, nothing to show.
        this.remove(id);
        return;
      }
      this.update(id, { status: 'saved', fileName: saved.fileName, bytes: saved.bytes });
    } catch (error) {
      if (controller.signal.aborted) this.update(id, { status: 'cancelled' });
      else if (isPackagesUnsupported(error) && item.format !== undefined) {
        this.learnUnsupported(error);
        await this.oneByOne(item, error, controller.signal);
      } else this.update(id, { status: 'failed', error: packageFailure(error) });
    } finally {
      progress.cancel();
      this.controllers.delete(id);
    }
  }

  private async oneByOne(item: PackageItem, unsupported: PackagesUnsupportedError, signal: AbortSignal) {
    const { id } = item;
    this.update(id, { oneByOne: true });
    if (item.entries.some((entry) => entry.kind !== 'data')) {
      this.update(id, { status: 'failed', error: new FoldersNeedPackagesError(unsupported) });
      return;
    }
    // Fetched here, each is held in memory until saved: a file too large for that gets a row of its own and
    // waits for the user's click (`retry`), which may open a save dialog to stream it to disk.
    const fits = (entry: PackageEntry) => (entry.size ?? Infinity) <= STREAMED_DOWNLOAD_BYTES;
    const files = item.entries.filter(fits);
    const large = item.entries.filter((entry) => !fits(entry));
    if (large.length > 0) {
      const waiting = large.map((file) => this.newItem({ ...asItself(file), oneByOne: false }, 'waiting'));
      this.store.set(
        this.store
          .getSnapshot()
          .flatMap((other) =>
            other.id !== id
              ? [other]
              : files.length > 0
                ? [{ ...other, entries: files }, ...waiting]
                : waiting,
          ),
      );
      if (files.length === 0) return;
    }
    this.update(id, { status: 'oneByOne', filesDone: 0 });
    try {
      for (const [index, entry] of files.entries()) {
        if (signal.aborted) {
          this.update(id, { status: 'cancelled' });
          return;
        }
        await this.deps.downloadFile(entry, signal);
        this.update(id, { filesDone: index + 1 });
      }
      this.update(id, { status: 'saved' });
    } catch (error) {
      if (signal.aborted) this.update(id, { status: 'cancelled' });
      else this.update(id, { status: 'failed', error: asApiError(error, 'storage') });
    }
  }

  cancel(id: number): void {
    this.controllers.get(id)?.abort();
  }

  /** Tries a failed or cancelled package again, or saves a waiting file; call it from the click, as `start`. */
  retry(id: number): Promise<void> {
    const item = this.store.find(id);
    if (!item || isPackageActive(item.status)) return Promise.resolve();
    const again = {
      ...item,
      status: 'preparing' as const,
      bytes: 0,
      filesDone: 0,
      error: undefined,
      abandoned: undefined,
    };
    this.update(id, again);
    return this.run(again);
  }

  /** Another user, or nobody, is signed in: every package stops and is forgotten (see UploadQueue.reset). */
  reset(): void {
    const controllers = [...this.controllers.values()];
    this.controllers.clear();
    this.store.set([]);
    for (const controller of controllers) controller.abort();
  }

  remove(id: number): void {
    this.cancel(id);
    this.store.set(this.store.getSnapshot().filter((item) => item.id !== id));
  }
}
