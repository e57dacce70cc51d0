import { useSyncExternalStore } from 'react';
import { useApi } from '@/api/api-context';
import type { ApiClient } from '@/api/http/client';

/** How many of this tab's uploads are still to finish, and how many failed (and wait for a retry). */
export interface UploadActivity {
  remaining: number;
  failed: number;
}

const IDLE: UploadActivity = { remaining: 0, failed: 0 };

/**
 * The uploads in two numbers, for the navigation: it is on every page, the first included, so it reads them
 * here rather than from the queue, whose module (and its hashing) loads with the Storage page. The queue
 * writes each change (`use-upload-queue.ts`); readers re-render only when a number changes, not on progress.
 */
export class UploadActivityStore {
  private value = IDLE;
  private readonly listeners = new Set<() => void>();
  private stopper: (() => void) | undefined;

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getSnapshot = (): UploadActivity => this.value;

  set(next: UploadActivity): void {
    if (next.remaining === this.value.remaining && next.failed === this.value.failed) return;
    this.value = next.remaining === 0 && next.failed === 0 ? IDLE : next;
    for (const listener of this.listeners) listener();
  }

  /** How `stop` reaches the queue, which registers itself when it is made. */
  onStop(stop: () => void): void {
    this.stopper = stop;
  }

  /** Stops every upload still to finish (before a sign-out the user confirmed); `remaining` is 0 on return. */
  stop(): void {
    this.stopper?.();
  }
}

// One per API client, as the upload queue it follows.
const stores = new WeakMap<ApiClient, UploadActivityStore>();

export function uploadActivityOf(api: ApiClient): UploadActivityStore {
  let store = stores.get(api);
  if (!store) {
    store = new UploadActivityStore();
    stores.set(api, store);
  }
  return store;
}

/** This tab's uploads in two numbers, whichever page is shown. */
export function useUploadActivity(): UploadActivity {
  const store = uploadActivityOf(useApi());
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
