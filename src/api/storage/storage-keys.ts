/** Query keys for cavern, from general to specific: invalidating a prefix refreshes everything below it. */
export const storageKeys = {
  all: ['storage'] as const,
  nodes: () => [...storageKeys.all, 'node'] as const,
  /** A node by its path from the service root (`/home/jdoe/data`), listed or not. */
  node: (path: string) => [...storageKeys.nodes(), path] as const,
  allocation: (path: string) => [...storageKeys.node(path), 'allocation'] as const,
  /** A folder with its children. */
  listing: (path: string) => [...storageKeys.node(path), 'listing'] as const,
  /** How many items deleting these paths removes (the delete dialog's count, never kept). */
  deleteCount: (paths: readonly string[]) => [...storageKeys.all, 'delete-count', paths] as const,
  /** The first bytes of a file, for its preview. */
  preview: (path: string, bytes: number) => [...storageKeys.node(path), 'preview', bytes] as const,
  /** The nearest folder above a path that is not there (where a dead link sends the user instead). */
  nearestFolder: (path: string) => [...storageKeys.node(path), 'nearest-folder'] as const,
  /** A small text file read whole (a launch presets file). */
  text: (path: string) => [...storageKeys.node(path), 'text'] as const,
};
