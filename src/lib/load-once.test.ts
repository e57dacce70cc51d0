// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from './load-once';

describe('loadOnce', () => {
  it('shares one fetch between callers and keeps its value', async () => {
    const fetchValue = vi.fn(() => Promise.resolve('page'));
    const part = loadOnce(fetchValue);
    expect(part.peek()).toBeUndefined();
    const [first, second] = await Promise.all([part.load(), part.load()]);
    expect([first, second, part.peek()]).toEqual(['page', 'page', 'page']);
    await part.load();
    expect(fetchValue).toHaveBeenCalledTimes(1);
  });

  it('fetches again after a failure, and a warm-up failure stays quiet', async () => {
    const fetchValue = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('chunk gone'))
      .mockResolvedValueOnce('menu');
    const part = loadOnce(fetchValue);
    part.prefetch();
    await expect(part.load()).rejects.toThrow('chunk gone');
    await expect(part.load()).resolves.toBe('menu');
    expect(fetchValue).toHaveBeenCalledTimes(2);
  });
});
