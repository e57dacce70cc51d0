/**
 * Files from a drop or a file input, with their paths relative to what was chosen: dropped folders are read
 * through `webkitGetAsEntry` (folders and all they hold), picked folders carry `webkitRelativePath`.
 */
export interface PickedFile {
  file: File;
  /** `raw/exposure-1.fits` for a file in a dropped folder `raw`; the file name alone otherwise. */
  relativePath: string;
}

const relativePaths = new WeakMap<File, string>();
/** Folders seen in the drop being read, empty ones included; taken by the drop handler. */
let droppedFolders: string[] = [];

export function takeDroppedFolders(): string[] {
  const folders = droppedFolders;
  droppedFolders = [];
  return folders;
}

export function pickedFile(file: File): PickedFile {
  const relative = relativePaths.get(file) ?? (file.webkitRelativePath || file.name);
  return { file, relativePath: relative.replace(/^\/+/, '') };
}

const isFileEntry = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;
const isDirectoryEntry = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory;

function readFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => {
    entry.file(resolve, reject);
  });
}

async function readAllEntries(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries answers in batches (100 in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => {
      reader.readEntries(resolve, reject);
    });
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, prefix: string, files: File[], folders: string[]) {
  const path = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (isFileEntry(entry)) {
    const file = await readFile(entry);
    relativePaths.set(file, path);
    files.push(file);
  } else if (isDirectoryEntry(entry)) {
    folders.push(path);
    for (const child of await readAllEntries(entry)) await walk(child, path, files, folders);
  }
}

/** Every file under the dropped entries, each remembering its path, and every folder met (empty ones too). */
export async function readDroppedEntries(
  entries: readonly FileSystemEntry[],
): Promise<{ files: File[]; folders: string[] }> {
  const files: File[] = [];
  const folders: string[] = [];
  for (const entry of entries) await walk(entry, '', files, folders);
  return { files, folders };
}

type DropzoneEvent = { type?: unknown; dataTransfer?: unknown; target?: unknown } | readonly unknown[];

/** File handles from the File System Access picker, which the portal's zones do not open. */
const isHandleList = (event: DropzoneEvent): event is readonly unknown[] => Array.isArray(event);

/**
 * The drag's data. react-dropzone hands over React's synthetic event, which is never a DragEvent; its
 * `dataTransfer` is the browser's own.
 */
function dataTransferOf(event: Exclude<DropzoneEvent, readonly unknown[]>): DataTransfer | undefined {
  const transfer = event.dataTransfer;
  return typeof DataTransfer === 'function' && transfer instanceof DataTransfer ? transfer : undefined;
}

/** `getFilesFromEvent` for Mantine's Dropzone (react-dropzone). */
export async function filesFromEvent(event: DropzoneEvent): Promise<(File | DataTransferItem)[]> {
  if (isHandleList(event)) return [];
  const transfer = dataTransferOf(event);
  if (transfer) {
    const items = Array.from(transfer.items).filter((item) => item.kind === 'file');
    // While dragging only the items' kinds are readable; entries exist on drop.
    if (event.type !== 'drop') return items;
    // what an earlier drop left, had its handler not run, is not this drop's
    droppedFolders = [];
    const entries = items.flatMap((item) => item.webkitGetAsEntry() ?? []);
    if (entries.length === 0) return Array.from(transfer.files);
    const { files, folders } = await readDroppedEntries(entries);
    droppedFolders = folders;
    return files;
  }
  return event.target instanceof HTMLInputElement ? Array.from(event.target.files ?? []) : [];
}

/** The folders to create for these files (parents before children), relative to the destination. */
export function foldersFor(files: readonly PickedFile[], extra: readonly string[] = []): string[] {
  const folders = new Set<string>(extra);
  for (const { relativePath } of files) {
    const parts = relativePath.split('/').slice(0, -1);
    for (let depth = 1; depth <= parts.length; depth += 1) folders.add(parts.slice(0, depth).join('/'));
  }
  return [...folders].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
}
