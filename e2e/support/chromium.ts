import { existsSync } from 'node:fs';

/**
 * The Chromium the e2e suite (playwright.config.ts) and the benchmarks (bench/support.ts) drive: the system
 * one (CHROMIUM_PATH, else Debian's /usr/bin/chromium) when there is one; undefined means Playwright's own
 * download (scripts/ensure-browser.mjs sees to one or the other).
 */
const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumExecutablePath: string | undefined = existsSync(system) ? system : undefined;

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
