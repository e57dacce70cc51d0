/**
 * Runs `task` once the browser has painted the current frame (the task after the next frame), or after at most
 * `latestMs` where no frame comes (a hidden tab draws none). Work that can wait a frame then costs the first
 * paint nothing. Returns a function that cancels it.
 */
export function afterPaint(task: () => void, latestMs = 100): () => void {
  let isDone = false;
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (isDone) return;
    isDone = true;
    cancel();
    task();
  };
  const frame = requestAnimationFrame(() => {
    afterFrame = setTimeout(run, 0);
  });
  const latest = setTimeout(run, latestMs);
  function cancel() {
    isDone = true;
    cancelAnimationFrame(frame);
    clearTimeout(afterFrame);
    clearTimeout(latest);
  }
  return cancel;
}
