import { asApiError } from '@/api/http/api-error';
import type { ApiClient } from '@/api/http/client';
import { openFile } from '@/api/storage/download';
import { downloadPackage, type PackageRequest } from '@/api/storage/package';
import { PACKAGE_MEDIA_TYPE } from '@/api/storage/vospace-names';
import { saveBlob } from '@/lib/save-file';

interface SaveFilePickerOptions {
  suggestedName?: string;
  types?: { description?: string; accept: Record<string, string[]> }[];
}

/** The File System Access API's save dialog (Chromium); not in every browser, nor in TypeScript's DOM types. */
export interface SaveFilePickerHost {
  showSaveFilePicker: (options?: SaveFilePickerOptions) => Promise<FileSystemFileHandle>;
}

export function hasSaveFilePicker(host: object): host is SaveFilePickerHost {
  return 'showSaveFilePicker' in host && typeof host.showSaveFilePicker === 'function';
}

/** `remove()` of the File System Access API (Chromium), not in TypeScript's DOM types. */
const isRemovable = (handle: object): handle is { remove: () => Promise<void> } =>
  'remove' in handle && typeof handle.remove === 'function';

/** Deletes the empty file a save dialog made for a download that never came; false where the browser cannot. */
async function removeEmptyFile(handle: FileSystemFileHandle): Promise<boolean> {
  if (!isRemovable(handle)) return false;
  try {
    await handle.remove();
    return true;
  } catch {
    return false;
  }
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** A body that stops arriving mid-way is the network's failure, told like any other storage failure. */
const asStorageError = (error: unknown): unknown => (isAbort(error) ? error : asApiError(error, 'storage'));

/** Copies the bytes to disk as they arrive, counting them: never more than a chunk in memory. */
export async function streamToWritable(
  body: ReadableStream<Uint8Array>,
  writable: WritableStream<Uint8Array>,
  onProgress: (bytes: number) => void,
  signal?: AbortSignal,
): Promise<number> {
  let bytes = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      bytes += chunk.byteLength;
      onProgress(bytes);
      controller.enqueue(chunk);
    },
  });
  await body.pipeThrough(counter).pipeTo(writable, signal ? { signal } : {});
  return bytes;
}

/** Reads the bytes whole into a Blob (the browsers without a save dialog to stream into). */
export async function readToBlob(
  body: ReadableStream<Uint8Array>,
  type: string,
  onProgress: (bytes: number) => void,
): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  const reader = body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    parts.push(new Uint8Array(next.value));
    bytes += next.value.byteLength;
    onProgress(bytes);
  }
  return new Blob(parts, { type });
}

interface SaveProgress {
  /** `window`, where a save dialog may be found. */
  host: object;
  /** Once the service answers: the name saved under, and whether the bytes are being kept in memory. */
  onResponse?: (info: { fileName: string; inMemory: boolean }) => void;
  onProgress: (bytes: number) => void;
  /** The service failed after the save dialog made its file: that empty file, deleted or not. */
  onAbandoned?: (file: { fileName: string; removed: boolean }) => void;
  save?: (blob: Blob, name: string) => void;
}

interface SaveDownloadOptions extends SaveProgress {
  suggestedName: string;
  /** The save dialog's file types, when the download has one. */
  accept?: Record<string, string[]>;
  /** Asks the service, once a file is chosen (or there is no dialog). */
  open: () => Promise<{ response: Response; fileName: string; mediaType: string }>;
  signal?: AbortSignal;
}

export interface SavedDownload {
  fileName: string;
  bytes: number;
}

/**
 * Downloads and saves: with a save dialog (asked first, while the click still counts as the user's), the
 * bytes stream to the chosen file; otherwise they are read into memory and saved as a download. Resolves
 * `undefined` when the person closes the save dialog without choosing.
 */
async function saveDownload(options: SaveDownloadOptions): Promise<SavedDownload | undefined> {
  const { host, signal } = options;
  let handle: FileSystemFileHandle | undefined;
  if (hasSaveFilePicker(host)) {
    try {
      handle = await host.showSaveFilePicker({
        suggestedName: options.suggestedName,
        ...(options.accept ? { types: [{ accept: options.accept }] } : {}),
      });
    } catch (error) {
      if (isAbort(error)) return undefined;
      throw error;
    }
  }
  let opened: Awaited<ReturnType<SaveDownloadOptions['open']>>;
  try {
    opened = await options.open();
  } catch (error) {
    // The dialog came first (it needs the click) and made an empty file that nothing will fill.
    if (handle) options.onAbandoned?.({ fileName: handle.name, removed: await removeEmptyFile(handle) });
    throw error;
  }
  const { response, fileName, mediaType } = opened;
  const body =
    response.body ??
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.close();
      },
    });
  try {
    if (handle) {
      options.onResponse?.({ fileName: handle.name, inMemory: false });
      const writable = await handle.createWritable();
      const bytes = await streamToWritable(body, writable, options.onProgress, signal);
      return { fileName: handle.name, bytes };
    }
    options.onResponse?.({ fileName, inMemory: true });
    const blob = await readToBlob(body, mediaType, options.onProgress);
    // Stopped meanwhile (a sign-out): the bytes are not the next user's to find in the downloads.
    signal?.throwIfAborted();
    (options.save ?? saveBlob)(blob, fileName);
    return { fileName, bytes: blob.size };
  } catch (error) {
    if (signal?.aborted) throw error;
    throw asStorageError(error);
  }
}

export interface SavePackageOptions extends SaveProgress {
  api: ApiClient;
  request: PackageRequest;
  /** The archive's name (`packageFileName`): suggested by the save dialog, or the download's. */
  fileName: string;
}

/**
 * Downloads a package (several items, or a folder, as one archive) and saves it (see `saveDownload`) under the
 * portal's name for it. cavern's own name (`Content-Disposition: inline;filename=<app>-download-<jobID>.zip`,
 * or `-download-<name>` for one item: opencadc/dal cadc-pkg-server `PackageRunner.initWriter`, opencadc/vos
 * `VospacePackageRunner.initPackage`) never reaches the browser's downloads: the bytes come through fetch, and
 * the browser saves them under the save dialog's name or the link's `download` attribute. Used, it said
 * nothing of the contents and made every package of several items `cavern-download-<id>.zip`.
 */
export function savePackage(options: SavePackageOptions): Promise<SavedDownload | undefined> {
  const { api, request, fileName } = options;
  const mediaType = PACKAGE_MEDIA_TYPE[request.format];
  return saveDownload({
    ...options,
    suggestedName: fileName,
    accept: { [mediaType]: [`.${request.format}`] },
    open: async () => ({ response: await downloadPackage(api, request), fileName, mediaType }),
    signal: request.signal,
  });
}

export interface SaveFileOptions extends SaveProgress {
  api: ApiClient;
  authority: string;
  file: { path: string; name: string };
  signal?: AbortSignal;
}

/** Downloads one file under its own name and saves it (see `saveDownload`). */
export function saveFile(options: SaveFileOptions): Promise<SavedDownload | undefined> {
  const { api, authority, file, signal } = options;
  return saveDownload({
    ...options,
    suggestedName: file.name,
    open: async () => {
      const response = await openFile(api, authority, file.path, signal);
      return { response, fileName: file.name, mediaType: response.headers.get('Content-Type') ?? '' };
    },
  });
}
