/**
 * Makes a number and a date formatter in `language` once the main thread is idle, and drops them. A page's
 * first Intl formatter costs tens of milliseconds (ICU loading its data: in Chromium on the benchmark machine
 * the dashboard's formatters took 60–75 ms cold and 2–5 ms after these two), and nearly every page makes some
 * in its first render. The start calls this while the app's code is still downloading, when the thread has
 * nothing else to do, so the cost leaves the first render's path.
 */
export function warmIntl(language: string): void {
  const warm = () => {
    new Intl.NumberFormat(language).format(0);
    new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(0);
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(warm);
  else setTimeout(warm, 0);
}
