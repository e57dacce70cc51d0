/**
 * Makes a number and a date formatter in `language` once the main thread is idle, and drops them. A new tab's
 * first Intl formatter costs tens of milliseconds (ICU starting up: in the benchmark's Chromium, the
 * dashboard's first formatters took about 26 ms of its first render in a new tab, and 0.1 ms after these two),
 * and nearly every first page makes some. The start calls this while the app's code is still downloading, when
 * the thread has nothing else to do, so that cost leaves the first render's path.
 */
export function warmIntl(language: string): void {
  const warm = () => {
    new Intl.NumberFormat(language).format(0);
    new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(0);
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(warm);
  else setTimeout(warm, 0);
}
