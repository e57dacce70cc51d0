import type { QueryClient } from '@tanstack/react-query';
import { ApiError, asApiError, isApiError } from '@/api/http/api-error';
import type { ApiClient } from '@/api/http/client';
import { hashFile, type FileHash } from '@/api/storage/hash-file';
import { MD5_SLICE_BYTES } from '@/api/storage/md5';
import { findNode, readNode } from '@/api/storage/node-exists';
import type { VosNode } from '@/api/storage/vospace-xml';
import { storageKeys } from '@/api/storage/storage-keys';
import { uploadFile, type putFile } from '@/api/storage/upload-file';
import { ItemStore, throttleProgress } from '@/lib/item-store';

/** How far the hash may read ahead of the bytes sent: the slice it hashes and the next, read meanwhile. */
const HASH_LEAD_BYTES = 2 * MD5_SLICE_BYTES;

export type UploadStatus = 'queued' | 'uploading' | 'verifying' | 'done' | 'failed' | 'cancelled';

export interface UploadItem {
  id: number;
  /** Where the file goes, from the service root. */
  path: string;
  name: string;
  size: number;
  sentBytes: number;
  status: UploadStatus;
  /** Why it failed (a ChecksumMismatchError when the stored file is not what was sent). */
  error: ApiError | undefined;
  /** The verified MD5, once done. */
  md5: string | undefined;
  /**
   * The MD5 of what this upload sent, once the service took the whole file: a retry after a failed check
   * then knows the file at the destination is its own (and asks before replacing anything else).
   */
  written: string | undefined;
  /**
   * The MD5 of the file's own bytes, once hashed, whatever became of the upload: a retry that finds these
   * very bytes at the destination (the answer was lost, or only the check after it failed) has nothing to send.
   */
  fileMd5: string | undefined;
  /**
   * The user chose to replace the file at `path`. Without that, the destination is checked again just before
   * the file is sent, and a file found there fails the upload (`DestinationTakenError`): what was free when
   * the files were chosen may not be when an upload's turn comes.
   */
  replace: boolean;
}

/** cavern recorded another MD5 than the one of the bytes sent: its answer does not match the upload. */
export class ChecksumMismatchError extends ApiError {
  constructor(
    readonly sent: string,
    readonly stored: string | undefined,
  ) {
    super({
      service: 'storage',
      kind: 'malformed',
      status: 200,
      message: `checksum mismatch: sent ${sent}, stored ${stored ?? 'none'}`,
    });
    this.name = 'ChecksumMismatchError';
  }
}

/**
 * A file was at the destination when the upload's turn came, and the user had not chosen to replace it: stored
 * there since the files were chosen (by a session, another tab, a collaborator). Nothing was sent; Retry asks.
 */
export class DestinationTakenError extends ApiError {
  constructor(readonly path: string) {
    super({ service: 'storage', kind: 'http', status: 409, message: `a file is already at ${path}` });
    this.name = 'DestinationTakenError';
  }
}

/** Whether the node found at a destination is a file an upload there would replace. */
export const replacesFile = (node: VosNode | undefined) => node?.kind === 'data';

export interface UploadQueueDeps {
  api: ApiClient;
  getToken: () => string | undefined;
  queryClient: QueryClient;
  /** Uploads running at once. */
  parallel?: number;
  /** A refused token: the app asks the user to sign in again (the XHR does not go through the HTTP client). */
  onUnauthorized?: () => void;
  /** The transport; XHR in the browser (tests without a real XHR pass another). */
  put?: typeof putFile;
  /**
   * Awaited before each upload is sent: a cookie session checks the cookie still names the user
   * (`CadcAuth.confirmUser`). If the user changed meanwhile, the queue has been reset and nothing is sent;
   * false (the sign-in ended) fails the upload as refused, so it starts again once the user signs in again.
   */
  beforeSend?: () => Promise<boolean>;
}

export interface UploadTotals {
  files: number;
  done: number;
  failed: number;
  /** Still to finish (`isStillToFinish`): those paused until the user signs in again included. */
  active: number;
  bytes: number;
  sentBytes: number;
}

/** How long after the browser says it is online again the waiting uploads start. */
const ONLINE_SETTLE_MS = 1_000;

/**
 * The uploads of this tab: at most three at a time, each streamed with XHR while a worker hashes the same
 * file, then verified against the MD5 cavern recorded. Lives outside React so that moving around the portal
 * does not stop an upload.
 */
export class UploadQueue {
  private readonly store = new ItemStore<UploadItem>();
  private readonly files = new Map<number, Blob>();
  private readonly controllers = new Map<number, AbortController>();
  private nextId = 1;
  /**
   * The browser says it has no network: no upload is started, so a dropped connection fails only the uploads
   * in flight rather than every file behind them, and the queue goes on when the network is back.
   */
  private offline = typeof navigator !== 'undefined' && !navigator.onLine;

  constructor(private readonly deps: UploadQueueDeps) {
    // The queue lives as long as the tab, as do these.
    if (typeof window !== 'undefined') {
      window.addEventListener('offline', () => {
        this.offline = true;
      });
      window.addEventListener('online', () => {
        // A connection just back is not ready at once (in Chromium the first requests could still fail as
        // offline, their bytes already sent): the waiting uploads start a moment later.
        setTimeout(() => {
          if (typeof navigator !== 'undefined' && !navigator.onLine) return;
          this.offline = false;
          this.pump();
        }, ONLINE_SETTLE_MS);
      });
    }
  }

  readonly subscribe = this.store.subscribe;

  readonly getSnapshot = this.store.getSnapshot;

  private get items(): readonly UploadItem[] {
    return this.store.getSnapshot();
  }

  /** Queues files; `path` is each file's destination, `replace` whether the user chose to replace a file there. */
  add(entries: readonly { file: Blob; path: string; replace?: boolean }[]): void {
    const added = entries.map(({ file, path, replace = false }): UploadItem => {
      const id = this.nextId++;
      this.files.set(id, file);
      return {
        id,
        path,
        name: path.slice(path.lastIndexOf('/') + 1),
        size: file.size,
        sentBytes: 0,
        status: 'queued',
        error: undefined,
        md5: undefined,
        written: undefined,
        fileMd5: undefined,
        replace,
      };
    });
    this.store.set([...this.items, ...added]);
    this.pump();
  }

  cancel(id: number): void {
    const item = this.find(id);
    if (!item || item.status === 'done' || item.status === 'cancelled') return;
    this.controllers.get(id)?.abort(new DOMException('cancelled', 'AbortError'));
    this.update(id, { status: 'cancelled' });
    this.pump();
  }

  cancelAll(): void {
    for (const item of this.items) this.cancel(item.id);
  }

  /** Sends a failed or cancelled upload again; `replace` once the user has chosen to replace the file there. */
  retry(id: number, options: { replace?: boolean } = {}): void {
    const item = this.find(id);
    if (!item || (item.status !== 'failed' && item.status !== 'cancelled')) return;
    const replace = options.replace ?? item.replace;
    this.update(id, { status: 'queued', sentBytes: 0, error: undefined, replace });
    this.pump();
  }

  /**
   * A failed or cancelled upload whose bytes are found at its destination, recorded by the service with the
   * file's own MD5: done, without sending the file again.
   */
  confirmStored(id: number): void {
    const item = this.find(id);
    if (!item || (item.status !== 'failed' && item.status !== 'cancelled') || !item.fileMd5) return;
    this.update(id, { status: 'done', sentBytes: item.size, error: undefined, md5: item.fileMd5 });
    this.pump();
  }

  /**
   * A failed upload's reason, replaced by the one that now holds it back: one refused for a sign-in that is back
   * no longer waits for it, and must not say so (nor count as still to finish).
   */
  failWith(id: number, error: ApiError): void {
    if (this.find(id)?.status === 'failed') this.update(id, { error });
  }

  /** After a new sign-in: the uploads the old token lost start again. */
  retryUnauthorized(): void {
    for (const item of this.items) {
      if (item.status === 'failed' && isUnauthorized(item.error)) this.retry(item.id);
    }
  }

  /**
   * Another user, or nobody, is signed in: every upload stops (its request aborted) and is forgotten, so none
   * finishes under the next user's token and the next user sees none of these paths.
   */
  reset(): void {
    const controllers = [...this.controllers.values()];
    this.files.clear();
    this.controllers.clear();
    this.store.set([]);
    for (const controller of controllers) controller.abort(new DOMException('signed out', 'AbortError'));
  }

  /** Forgets finished, failed and cancelled uploads; one paused until the user signs in again is kept. */
  clearFinished(): void {
    this.store.set(
      this.items.filter((item) => {
        const keep = isStillToFinish(item);
        if (!keep) this.files.delete(item.id);
        return keep;
      }),
    );
  }

  get isBusy(): boolean {
    return this.items.some(isStillToFinish);
  }

  private find(id: number) {
    return this.store.find(id);
  }

  private update(id: number, patch: Partial<UploadItem>) {
    this.store.update(id, patch);
  }

  private pump() {
    const parallel = this.deps.parallel ?? 3;
    let running = this.items.filter(
      (item) => item.status === 'uploading' || item.status === 'verifying',
    ).length;
    for (const item of this.items) {
      if (running >= parallel || this.offline) break;
      if (item.status !== 'queued') continue;
      running += 1;
      void this.run(item.id);
    }
    if (running === 0) void this.deps.queryClient.invalidateQueries({ queryKey: storageKeys.nodes() });
  }

  private async run(id: number) {
    const item = this.find(id);
    const file = this.files.get(id);
    if (!item || !file) return;
    const controller = new AbortController();
    this.controllers.set(id, controller);
    this.update(id, { status: 'uploading', sentBytes: 0 });
    const { api } = this.deps;
    const progress = throttleProgress((sentBytes: number) => {
      if (this.find(id)?.status === 'uploading') this.update(id, { sentBytes });
    });
    let hash: FileHash | undefined;
    try {
      const maySend = (await this.deps.beforeSend?.()) ?? true;
      // reset for another user, or cancelled, while that was asked
      if (controller.signal.aborted || this.find(id)?.status !== 'uploading') return;
      if (!maySend) {
        throw new ApiError({
          service: 'storage',
          kind: 'http',
          status: 401,
          message: 'the sign-in has ended',
        });
      }
      if (!item.replace && replacesFile(await findNode(api, item.path, controller.signal)))
        throw new DestinationTakenError(item.path);
      // Both read the file side by side, the hash kept a little ahead of the bytes sent (`ReadAllowance`); a
      // failed upload must not leave the hash's rejection unhandled.
      hash = hashFile(file, controller.signal);
      hash.allow(HASH_LEAD_BYTES);
      const hashed = hash.md5;
      hashed.then(
        (fileMd5) => {
          if (this.find(id)) this.update(id, { fileMd5 });
        },
        () => undefined,
      );
      await uploadFile(
        api,
        {
          path: item.path,
          file,
          token: this.deps.getToken(),
          onProgress: (sentBytes) => {
            hash?.allow(sentBytes + HASH_LEAD_BYTES);
            progress.report(sentBytes);
          },
          signal: controller.signal,
        },
        this.deps.put,
      );
      progress.cancel();
      hash.allow(Infinity);
      this.update(id, { status: 'verifying', sentBytes: file.size });
      const stored = readNode(api, item.path, controller.signal);
      // Read at once, alongside the hash; a failed hash must not leave its rejection unhandled.
      stored.catch(() => undefined);
      const sent = await hashed;
      this.update(id, { written: sent });
      const node = await stored;
      if (node.md5 !== sent) throw new ChecksumMismatchError(sent, node.md5);
      this.update(id, { status: 'done', md5: sent });
    } catch (error) {
      if (isUnauthorized(error)) this.deps.onUnauthorized?.();
      if (this.find(id)?.status !== 'cancelled') {
        // A hash that failed to read the file fails the upload: told as the upload's failure.
        this.update(id, { status: 'failed', error: asApiError(error, 'storage') });
      }
    } finally {
      // a failed upload's hash still finishes: a retry that finds these bytes stored need not send them
      hash?.allow(Infinity);
      progress.cancel();
      this.controllers.delete(id);
      this.pump();
    }
  }
}

const isUnauthorized = (error: unknown) => isApiError(error) && error.status === 401;

export const isActive = (status: UploadStatus) =>
  status === 'queued' || status === 'uploading' || status === 'verifying';

/**
 * Refused because the sign-in expired: it starts again by itself once the same user signs in again
 * (./retry-after-sign-in.ts), so it is waiting, not failed, wherever it is counted or shown.
 */
export const isPausedForSignIn = (item: UploadItem) =>
  item.status === 'failed' && isApiError(item.error) && item.error.status === 401;

/**
 * An upload that has yet to finish: queued, sending, being checked, or paused until the user signs in again.
 * Counted, kept and cancelled as one: the tab must not be closed, nor the upload cleared, before it is done.
 */
export const isStillToFinish = (item: UploadItem) => isActive(item.status) || isPausedForSignIn(item);

export function uploadTotals(items: readonly UploadItem[]): UploadTotals {
  const counted = items.filter((item) => item.status !== 'cancelled');
  return {
    files: counted.length,
    done: counted.filter((item) => item.status === 'done').length,
    failed: counted.filter((item) => item.status === 'failed' && !isPausedForSignIn(item)).length,
    active: counted.filter(isStillToFinish).length,
    bytes: counted.reduce((sum, item) => sum + item.size, 0),
    // a failed upload's bytes are not on the service: counted, they filled the bar of a batch that failed
    sentBytes: counted.reduce((sum, item) => sum + (item.status === 'failed' ? 0 : item.sentBytes), 0),
  };
}
