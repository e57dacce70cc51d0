/**
 * A list of items kept outside React (uploads, package downloads: they outlive the page that shows them),
 * read through `useSyncExternalStore`. Every change makes a new array, so a snapshot never changes under
 * its reader.
 */
export class ItemStore<T extends { id: number }> {
  private items: readonly T[] = [];
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getSnapshot = (): readonly T[] => this.items;

  find(id: number): T | undefined {
    return this.items.find((item) => item.id === id);
  }

  set(items: readonly T[]): void {
    this.items = items;
    for (const listener of this.listeners) listener();
  }

  update(id: number, patch: Partial<T>): void {
    this.set(this.items.map((item) => (item.id === id ? { ...item, ...patch } : item)));
  }
}

/**
 * Progress re-renders at most this often: XHR and a fast stream report thousands of times a second, and a
 * person reads a bar no faster than this.
 */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Calls `apply` with the latest value at most once per interval: the first at once, the last always (after
 * the interval), so a bar never stops short of what was reported. `cancel` drops a pending call.
 */
export function throttleProgress(apply: (value: number) => void, intervalMs = PROGRESS_INTERVAL_MS) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: number | undefined;
  const flush = () => {
    timer = undefined;
    if (pending === undefined) return;
    const value = pending;
    pending = undefined;
    apply(value);
    timer = setTimeout(flush, intervalMs);
  };
  return {
    report(value: number) {
      pending = value;
      if (timer === undefined) flush();
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
  };
}
