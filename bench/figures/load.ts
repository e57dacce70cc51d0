// A cold load over a slow link, as a user far from the data centre feels it. The production build behind real
// nginx (scripts/nginx.ts, deploy/nginx's template: precompressed assets, brotli where the module is there) with
// the fake platform's HTTP server behind it, in Chromium with the network emulated by the DevTools protocol:
// 150 ms round trip, 1.6 Mbps down (200,000 B/s), 750 kbps up, cache off.
//   load.firstRouteSlowLinkMs — a signed-in user's `/`: navigation start to the frame after the first session
//     tile of the dashboard is in the DOM; median of RUNS loads.
//   load.stackFloorSlowLinkMs — the same for bench/stack-floor (built with the portal's Vite and the same
//     precompression, behind its own nginx with the same template): navigation start to the frame after its
//     button is in the DOM.
//   load.firstRouteSlowLinkRatio — the first ÷ the second, from the same run (the budget).
//   load.firstRouteFreshTabMs, load.stackFloorFreshTabMs, load.firstRouteFreshTabRatio — the same three with
//     every load in a browser context of its own, as a first visit from another site: a renderer that has
//     run nothing of the page before (the loads above reuse the tab's, whose V8 and ICU are warm from the
//     previous load). Median of FRESH_RUNS.
// The two pages load in turn, so both see the same load on the machine.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { localDefaults, startNginx, type RunningNginx } from '../../scripts/nginx';
import { precompressAssets } from '../../vite.config';
import { median } from '../samples';
import { launchChromium, withFakePlatform, type Figures } from '../support';

const PLATFORM_PORT = 4830;
const PORTAL_PORT = 4831;
const FLOOR_PORT = 4832;
const RUNS = 5;
const FRESH_RUNS = 7;

/** Chromium's emulated link (Network.emulateNetworkConditions): latency in ms, throughput in bytes per second. */
export const SLOW_LINK = {
  offline: false,
  latency: 150,
  downloadThroughput: 200_000,
  uploadThroughput: 93_750,
};

interface ProbeWindow {
  __loadProbe?: { mark?: number };
}

/**
 * Marks, in the page's own clock (its origin is the navigation's start), the frame after the first element
 * matching `selector` is in the DOM. A string, not a function: the bench runs through tsx, whose helpers would
 * not exist in the page.
 */
const probe = (selector: string) => `
  const probe = {};
  window.__loadProbe = probe;
  const observer = new MutationObserver(() => {
    if (!document.querySelector(${JSON.stringify(selector)})) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { probe.mark = performance.now(); }, 0));
  });
  observer.observe(document, { subtree: true, childList: true });
`;

async function nginxFor(root: string, port: number, upstream: string): Promise<RunningNginx> {
  const defaults = localDefaults({
    upstream,
    listen: `127.0.0.1:${port}`,
    root,
    config: resolve('e2e/config/cadc.json'),
  });
  return startNginx({ values: defaults, dir: join(tmpdir(), `science-portal-bench-nginx-${port}`) });
}

/**
 * One cold load of `url` in a new browser context, given `sessionStorage` (the signed-in tab's, so the
 * dashboard opens signed in) before the page's scripts run.
 */
async function freshTabLoad(
  browser: Browser,
  url: string,
  selector: string,
  sessionStorage: Record<string, string>,
  figure: string,
): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) window.sessionStorage.setItem(key, value);
    }, sessionStorage);
    await page.addInitScript(probe(selector));
    await slowAndCold(page);
    return await timedLoad(page, url, figure);
  } finally {
    await context.close();
  }
}

/** Cache off and the slow link on, for every load of `page` from now on. */
async function slowAndCold(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
}

/** One cold load of `url`: the probe's mark, which must fire. */
async function timedLoad(page: Page, url: string, figure: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page
    .waitForFunction(() => (window as ProbeWindow).__loadProbe?.mark !== undefined, undefined, {
      timeout: 60_000,
    })
    .catch((error: unknown) => {
      throw new Error(`${figure}: the probe did not fire on ${url}`, { cause: error });
    });
  return page.evaluate(() => (window as ProbeWindow).__loadProbe?.mark ?? Number.NaN);
}

export async function measure(): Promise<Figures> {
  const floorDir = mkdtempSync(join(tmpdir(), 'stack-floor-load-'));
  // nginx's workers run as another user when the bench runs as root: they must read it.
  chmodSync(floorDir, 0o755);
  try {
    await build({
      configFile: false,
      root: 'bench/stack-floor',
      logLevel: 'warn',
      plugins: [react(), precompressAssets()],
      build: { outDir: floorDir, emptyOutDir: true },
    });
    return await withFakePlatform({ port: PLATFORM_PORT }, async (upstream) => {
      const portal = await nginxFor(resolve('dist'), PORTAL_PORT, upstream);
      const floor = await nginxFor(floorDir, FLOOR_PORT, upstream);
      const browser = await launchChromium();
      try {
        console.log(`  brotli: ${portal.brotli ? 'yes' : 'no (gzip)'}`);
        const portalPage = await browser.newPage();
        await portalPage.addInitScript(probe('main article[aria-labelledby]'));
        // Signed in at full speed; the token is in this tab's sessionStorage, so every load below opens the
        // dashboard signed in.
        await portalPage.goto(`${portal.url}/`);
        await portalPage.getByRole('textbox', { name: 'Username' }).fill('jdoe');
        await portalPage.getByRole('textbox', { name: 'Password', exact: true }).fill('demo-jdoe');
        await portalPage.getByRole('button', { name: 'Sign in', exact: true }).click();
        await portalPage.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
        const signedIn = await portalPage.evaluate(() =>
          Object.fromEntries(Object.entries(window.sessionStorage)),
        );
        await slowAndCold(portalPage);

        const floorPage = await browser.newPage();
        await floorPage.addInitScript(probe('#root button'));
        await slowAndCold(floorPage);

        const portalTimes: number[] = [];
        const floorTimes: number[] = [];
        for (let run = 0; run < RUNS; run += 1) {
          portalTimes.push(await timedLoad(portalPage, `${portal.url}/`, 'load.firstRouteSlowLinkMs'));
          floorTimes.push(await timedLoad(floorPage, `${floor.url}/`, 'load.stackFloorSlowLinkMs'));
        }
        console.log(`  portal: ${portalTimes.map(Math.round).join(', ')} ms`);
        console.log(`  floor: ${floorTimes.map(Math.round).join(', ')} ms`);
        const portalMs = median(portalTimes, 'load.firstRouteSlowLinkMs');
        const floorMs = median(floorTimes, 'load.stackFloorSlowLinkMs');

        const freshPortalTimes: number[] = [];
        const freshFloorTimes: number[] = [];
        for (let run = 0; run < FRESH_RUNS; run += 1) {
          freshPortalTimes.push(
            await freshTabLoad(
              browser,
              `${portal.url}/`,
              'main article[aria-labelledby]',
              signedIn,
              'load.firstRouteFreshTabMs',
            ),
          );
          freshFloorTimes.push(
            await freshTabLoad(browser, `${floor.url}/`, '#root button', {}, 'load.stackFloorFreshTabMs'),
          );
        }
        console.log(`  portal, fresh tabs: ${freshPortalTimes.map(Math.round).join(', ')} ms`);
        console.log(`  floor, fresh tabs: ${freshFloorTimes.map(Math.round).join(', ')} ms`);
        const freshPortalMs = median(freshPortalTimes, 'load.firstRouteFreshTabMs');
        const freshFloorMs = median(freshFloorTimes, 'load.stackFloorFreshTabMs');
        return {
          'load.firstRouteSlowLinkMs': Math.round(portalMs),
          'load.stackFloorSlowLinkMs': Math.round(floorMs),
          'load.firstRouteSlowLinkRatio': Number((portalMs / floorMs).toFixed(3)),
          'load.firstRouteFreshTabMs': Math.round(freshPortalMs),
          'load.stackFloorFreshTabMs': Math.round(freshFloorMs),
          'load.firstRouteFreshTabRatio': Number((freshPortalMs / freshFloorMs).toFixed(3)),
        };
      } finally {
        await browser.close();
        await floor.stop();
        await portal.stop();
      }
    });
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
  }
}
