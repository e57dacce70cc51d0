import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint';

afterEach(() => {
  vi.useRealTimers();
});

describe('afterPaint', () => {
  it('runs the task in the task after the next frame, once', async () => {
    const task = vi.fn();
    afterPaint(task);
    expect(task).not.toHaveBeenCalled();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(task).not.toHaveBeenCalled();
    await vi.waitFor(() => {
      expect(task).toHaveBeenCalledTimes(1);
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs the task after at most latestMs where no frame comes', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    const task = vi.fn();
    vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 0);
    afterPaint(task, 100);
    vi.advanceTimersByTime(99);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled', async () => {
    const task = vi.fn();
    const cancel = afterPaint(task, 20);
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(task).not.toHaveBeenCalled();
  });
});
