import { useSyncExternalStore } from 'react';

// One shared ticker for every countdown: a tile does not re-render for the clock, only its countdown does.
const TICK_MS = 15_000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  timer ??= setInterval(() => {
    for (const notify of listeners) notify();
  }, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

// Rounded to the tick, so the snapshot is stable between ticks and never stale.
const snapshot = () => Math.floor(Date.now() / TICK_MS) * TICK_MS;

export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot);
}
