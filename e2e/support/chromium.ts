import { existsSync } from 'node:fs';

const fromEnv = process.env.CHROMIUM_PATH;
const system = fromEnv ?? '/usr/bin/chromium';

/**
 * The Chromium the benchmarks drive (bench/support.ts): the system one (CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium) when there is one; undefined means Playwright's own download (scripts/ensure-browser.mjs
 * sees to one or the other). The full browser, as users run it, so the figures keep their history.
 */
export const chromiumExecutablePath: string | undefined = existsSync(system) ? system : undefined;

/**
 * The Chromium the e2e suite drives (playwright.config.ts): Debian's chromium-headless-shell when it is there, as
 * Playwright's own download does for headless runs. The same Blink and V8 without the browser's UI processes; on
 * two cores the mock pass takes about a quarter less time with it. CHROMIUM_PATH still names one browser for all.
 */
const headlessShell = '/usr/bin/chromium-headless-shell';
export const e2eChromiumExecutablePath: string | undefined =
  fromEnv === undefined && existsSync(headlessShell) ? headlessShell : chromiumExecutablePath;

/** Launch flags for a headless run in a container on a shared machine. */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
