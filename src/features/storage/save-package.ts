import { asApiError } from '@/api/http/api-error';
import type { ApiClient } from '@/api/http/client';
import { downloadPackage, suggestedPackageName, type PackageRequest } from '@/api/storage/package';
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

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** A body that stops arriving mid-way is the network's failure, told like any other storage failure. */
const asStorageError = (error: unknown): unknown => (isAbort(error) ? error : asApiError(error, 'storage'));

/** Copies the archive to disk as it arrives, counting bytes: never more than a chunk in memory. */
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

/** Reads the archive whole into a Blob (the browsers without a save dialog to stream into). */
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

export interface SavePackageOptions {
  api: ApiClient;
  request: PackageRequest;
  /** Where a save dialog may be found: `window`. */
  host: object;
  /** Once cavern answers: the archive's name, and whether it is being kept in memory. */
  onResponse?: (info: { fileName: string; inMemory: boolean }) => void;
  onProgress: (bytes: number) => void;
  save?: (blob: Blob, name: string) => void;
}

export interface SavedPackage {
  fileName: string;
  bytes: number;
}

/**
 * Downloads a package and saves it: with a save dialog (asked first, while the click still counts as the
 * user's), the archive streams to the chosen file; otherwise it is read into memory and saved as a download.
 * Resolves `undefined` when the person closes the save dialog without choosing.
 */
export async function savePackage(options: SavePackageOptions): Promise<SavedPackage | undefined> {
  const { request, host } = options;
  let handle: FileSystemFileHandle | undefined;
  if (hasSaveFilePicker(host)) {
    const media = PACKAGE_MEDIA_TYPE[request.format];
    try {
      handle = await host.showSaveFilePicker({
        suggestedName: suggestedPackageName(request.paths, request.format),
        types: [{ accept: { [media]: [`.${request.format}`] } }],
      });
    } catch (error) {
      if (isAbort(error)) return undefined;
      throw error;
    }
  }
  const { response, fileName } = await downloadPackage(options.api, request);
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
      const bytes = await streamToWritable(body, writable, options.onProgress, request.signal);
      return { fileName: handle.name, bytes };
    }
    options.onResponse?.({ fileName, inMemory: true });
    const blob = await readToBlob(body, PACKAGE_MEDIA_TYPE[request.format], options.onProgress);
    // Stopped meanwhile (a sign-out): the bytes are not the next user's to find in the downloads.
    request.signal?.throwIfAborted();
    (options.save ?? saveBlob)(blob, fileName);
    return { fileName, bytes: blob.size };
  } catch (error) {
    if (request.signal?.aborted) throw error;
    throw asStorageError(error);
  }
}
