const lastChanges = new WeakMap<object, { signature: string; at: number }>();

/**
 * Milliseconds since what `owner` (a polled query) shows, summed up as `signature`, last changed: 0 the first
 * time and whenever it differs from the previous call's. Kept per owner, so a page left and opened again
 * within the query's cache time carries on where it was.
 */
export function unchangedFor(owner: object, signature: string, now = Date.now()): number {
  const last = lastChanges.get(owner);
  if (last?.signature === signature) return now - last.at;
  lastChanges.set(owner, { signature, at: now });
  return 0;
}

export interface SlowingPoll {
  /** The interval just after a change. */
  minMs: number;
  maxMs: number;
  /** The interval is this share of the time nothing has changed. */
  share: number;
}

/**
 * A poll that slows while nothing changes: a `share` of the time since the last change, between `minMs` and
 * `maxMs`. With a share of ¼ each wait is a quarter longer than the one before, once past the minimum.
 */
export function slowingInterval(unchangedMs: number, { minMs, maxMs, share }: SlowingPoll): number {
  return Math.min(maxMs, Math.max(minMs, Math.round(unchangedMs * share)));
}

const decided = new WeakMap<object, { state: object; key: string; interval: number | false }>();

/**
 * A poll's interval, worked out once per state of its query (an answer, a failure, a fetch begun) and `key`
 * (what else it depends on), then held until that state changes. TanStack Query asks for the interval on every
 * render of a component that uses the query and restarts the timer whenever the answer differs from the last:
 * an interval that grows with the time since the last change differs at each asking, so every render would put
 * the next poll off again, and a page that renders more often than it polls would not poll at all.
 */
export function intervalPerState(
  query: { readonly state: object },
  key: string,
  decide: () => number | false,
): number | false {
  const last = decided.get(query);
  if (last?.state === query.state && last.key === key) return last.interval;
  const interval = decide();
  decided.set(query, { state: query.state, key, interval });
  return interval;
}
