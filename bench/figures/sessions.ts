// sessions.tileRendersPerPoll: with 500 sessions in the list (the dashboard shows the first page of tiles,
// TILE_PAGE, and the job table), how many session tiles re-render when a poll changes one session (target 1). Measured in Chromium on the production build: the portal's render probe
// (src/features/sessions/dashboard/render-probe.ts) counts commits of every tile and job row, and the session
// list is answered from a fixed set of 500 sessions in which each round changes exactly one.
import type { Page, Response, Route } from '@playwright/test';
import { TILE_PAGE } from '../../src/features/sessions/dashboard/use-paging';
import { formatBytes } from '../../src/lib/format-bytes';
import { launchChromium, withFakePlatform, withPreview, type Figures } from '../support';
import { median } from '../samples';

const TILES = 300;
const JOBS = 199;
const ROUNDS = 5;

interface WireSession {
  id: string;
  type: string;
  status: string;
  name: string;
  image: string;
  connectURL: string;
  ramInUse: string;
  cpuCoresInUse: string;
  isFixedResources: boolean;
  startTime?: string;
  expiryTime?: string;
  requestedGPUCores: string;
}

// Fixed once: a real list repeats the same instants poll after poll.
const stamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const start = stamp(Date.now() - 3_600_000);
const expiry = stamp(Date.now() + 3 * 86_400_000);

function sessions(changed: number): WireSession[] {
  const list: WireSession[] = [];
  for (let index = 0; index < TILES; index += 1) {
    list.push({
      id: `tile${String(index).padStart(4, '0')}`,
      type: 'notebook',
      status: 'Running',
      name: `notebook-${index}`,
      image: 'images.canfar.net/skaha/astroml-notebook:26.03',
      connectURL: `https://ws-uv.canfar.net/session/notebook/tile${index}/lab`,
      // round n changes session n only; earlier rounds' changes stay as they were
      // whole decimal GB apart, so each round's change shows in the tile's one-decimal binary GB
      ramInUse: index >= 1 && index <= changed ? (2 + index).toFixed(2) : '1.50',
      cpuCoresInUse: '0.100',
      isFixedResources: false,
      startTime: start,
      expiryTime: expiry,
      requestedGPUCores: '0',
    });
  }
  // One Pending launch keeps the page on its waiting poll, which slows past the probe's wait once the list
  // stays the same for long (poll-interval.ts). Each round swaps its id, a change of the list as that poll
  // counts them (listSignature), so polls keep coming every 3 s; it sits past the first page of tiles, so it
  // renders nothing counted here.
  list.push({
    ...list[0],
    id: `pending${String(changed % 2)}`,
    name: 'waiting',
    status: 'Pending',
    connectURL: '',
    startTime: undefined,
    expiryTime: undefined,
  } as WireSession);
  for (let index = 0; index < JOBS; index += 1) {
    list.push({
      id: `job${String(index).padStart(5, '0')}`,
      type: 'headless',
      status: 'Running',
      name: `batch-${index}`,
      image: 'images.canfar.net/myproject/pipeline:2.4',
      connectURL: '',
      ramInUse: '1.00',
      cpuCoresInUse: '0.500',
      isFixedResources: false,
      startTime: start,
      requestedGPUCores: '0',
    });
  }
  return list;
}

async function readRenders(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts = (window as unknown as { __renders: Record<string, number> }).__renders;
    return { ...counts };
  });
}

export async function measure(): Promise<Figures> {
  return withFakePlatform({ port: 4391 }, (upstream) =>
    withPreview({ port: 4390, configFile: 'e2e/config/cadc.json', upstream }, async (baseUrl) => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.addInitScript(() => {
          const target = window as unknown as { __renders: Record<string, number> };
          target.__renders = {};
          window.__portalRenderProbe = (component: string) => {
            target.__renders[component] = (target.__renders[component] ?? 0) + 1;
          };
        });
        let changed = 0;
        await page.route(
          (url) => url.pathname === '/skaha/v1/session' && !url.searchParams.has('view'),
          async (route: Route) => {
            if (route.request().method() !== 'GET') return route.fallback();
            return route.fulfill({
              contentType: 'application/json',
              body: JSON.stringify(sessions(changed)),
            });
          },
        );
        await page.goto(`${baseUrl}/sessions`);
        await page.getByRole('textbox', { name: 'Username' }).fill('jdoe');
        await page.getByRole('textbox', { name: 'Password', exact: true }).fill('demo-jdoe');
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
        // the last tile of the first page: the rest wait behind Show more
        await page.getByRole('article', { name: `notebook-${TILE_PAGE - 1}`, exact: true }).waitFor();
        // The probe must have counted the first render of tiles and job rows, or a count of 0 later would
        // not tell "no re-render" from "probe not wired" (a production build without the probe hook).
        await page
          .waitForFunction(
            () => {
              const counts = (window as unknown as { __renders: Record<string, number> }).__renders;
              return (counts['session-tile'] ?? 0) > 0 && (counts['job-row'] ?? 0) > 0;
            },
            null,
            { timeout: 30_000 },
          )
          .catch(async () => {
            throw new Error(`the render probe did not fire: ${JSON.stringify(await readRenders(page))}`);
          });
        const isList = (response: Response) => {
          const url = new URL(response.url());
          return url.pathname === '/skaha/v1/session' && !url.searchParams.has('view');
        };
        // A poll's answer has been rendered: its response arrived, then two frames passed.
        const nextPollRendered = async () => {
          await page.waitForResponse(isList, { timeout: 15_000 });
          await page.evaluate(
            () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
          );
        };
        const tileRenders: number[] = [];
        const rowRenders: number[] = [];
        for (let round = 1; round <= ROUNDS; round += 1) {
          // let any poll in flight land first, then count from zero
          await nextPollRendered();
          await page.evaluate(() => {
            (window as unknown as { __renders: Record<string, number> }).__renders = {};
          });
          changed = round;
          const expected = `RAM: ${formatBytes((2 + round) * 1e9, 'en')} in use`;
          await page
            .getByRole('article', { name: `notebook-${round % TILE_PAGE}`, exact: true })
            .getByText(expected)
            .waitFor({ timeout: 15_000 });
          // One more poll with the same answer: whatever the change re-rendered has committed by then.
          await nextPollRendered();
          const renders = await readRenders(page);
          tileRenders.push(renders['session-tile'] ?? 0);
          rowRenders.push(renders['job-row'] ?? 0);
        }
        return {
          'sessions.tileRendersPerPoll': median(tileRenders, 'sessions.tileRendersPerPoll'),
          'sessions.jobRowRendersPerPoll': median(rowRenders, 'sessions.jobRowRendersPerPoll'),
        };
      } finally {
        await browser.close();
      }
    }),
  );
}
