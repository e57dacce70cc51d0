/**
 * Code fetched on first use (a page, a dialog, a menu): one fetch shared by every caller until it succeeds, and
 * kept afterwards. A failed fetch (offline, a deployment replaced the chunks) is forgotten, so the next use tries
 * again rather than repeating the failure.
 */
export interface LoadOnce<T> {
  load: () => Promise<T>;
  /** The value, once it has arrived. */
  peek: () => T | undefined;
  /** A warm-up (pointer over or focus on what will need it): a failure is told only when the value is used. */
  prefetch: () => void;
}

export function loadOnce<T>(fetchValue: () => Promise<T>): LoadOnce<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  const load = () => {
    if (loading === undefined) {
      loading = fetchValue().then(
        (value) => {
          loaded = value;
          return value;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      // Handled here too: a caller that goes away (a render React discards) leaves no rejection unhandled.
      loading.catch(() => undefined);
    }
    return loading;
  };
  return {
    load,
    peek: () => loaded,
    prefetch: () => {
      load().catch(() => undefined);
    },
  };
}

/**
 * Code the portal could not fetch (offline, or the deployment changed under the page): the browser's own words
 * ("Failed to fetch dynamically imported module: https://…/assets/…js") name a file, not what the user lost.
 */
export class CodeLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'CodeLoadError';
  }
}
