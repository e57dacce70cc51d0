// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ItemStore, PROGRESS_INTERVAL_MS, throttleProgress } from './item-store';

describe('throttleProgress', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('passes the first value at once and the last one after the interval, dropping those between', () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    const progress = throttleProgress((value) => seen.push(value));
    for (const value of [1, 2, 3, 4]) progress.report(value);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS);
    expect(seen).toEqual([1, 4]);
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS * 3);
    expect(seen).toEqual([1, 4]);
  });

  it('drops a pending value once cancelled', () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    const progress = throttleProgress((value) => seen.push(value));
    progress.report(1);
    progress.report(2);
    progress.cancel();
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS);
    expect(seen).toEqual([1]);
  });
});

describe('ItemStore', () => {
  it('tells its listeners of each change, with a new snapshot', () => {
    const store = new ItemStore<{ id: number; done: boolean }>();
    const snapshots: unknown[] = [];
    const unsubscribe = store.subscribe(() => snapshots.push(store.getSnapshot()));
    store.set([{ id: 1, done: false }]);
    store.update(1, { done: true });
    unsubscribe();
    store.set([]);
    expect(snapshots).toEqual([[{ id: 1, done: false }], [{ id: 1, done: true }]]);
  });

  it('finds and changes one item among several by its id, leaving the others as they were', () => {
    const store = new ItemStore<{ id: number; done: boolean }>();
    const first = { id: 1, done: false };
    const third = { id: 3, done: false };
    store.set([first, { id: 2, done: false }, third]);
    expect(store.find(2)).toEqual({ id: 2, done: false });
    expect(store.find(4)).toBeUndefined();
    store.update(2, { done: true });
    const [a, b, c] = store.getSnapshot();
    expect(b).toEqual({ id: 2, done: true });
    // the others are the same objects: their rows need not re-render
    expect(a).toBe(first);
    expect(c).toBe(third);
  });
});
