// The image browser on the 5,000-artifact repository, in Chromium against the production build behind the
// preview proxy and the fake platform's HTTP server (as a deployment would be): how long the first page takes to
// show after a full load, and how long turning a page takes until its rows are shown.
import type { Page } from '@playwright/test';
import { launchChromium, withFakePlatform, withPreview, type Figures } from '../support';
import { median } from '../samples';

const PORT = 4423;
const PLATFORM_PORT = 4424;
const LOADS = 3;
const TURNS = 12;
const REPOSITORY = '/images/skaha/astro-nightly';

interface BenchWindow {
  __bench?: { expected?: string; started: number; marks: number[] };
}

/**
 * Marks in the page's own clock (Playwright's polling would round them up to its next poll): when the awaited
 * range text ("26–50 of 5,000") is in the DOM, the frame after it, less the start — 0, the navigation, for a load;
 * the click for a page turn. A string, not a function: the bench runs through tsx, whose helpers would not
 * exist in the page.
 */
const PROBES = `
  const bench = { expected: '1–25 of 5,000', started: 0, marks: [] };
  window.__bench = bench;
  const afterPaint = (done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
  document.addEventListener('click', () => { bench.started = performance.now(); }, true);
  new MutationObserver(() => {
    const expected = bench.expected;
    if (expected === undefined || !document.body || !document.body.textContent.includes(expected)) return;
    bench.expected = undefined;
    const started = bench.started;
    afterPaint((time) => bench.marks.push(time - started));
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

async function nextMark(page: Page, count: number): Promise<number> {
  await page.waitForFunction((n) => ((window as BenchWindow).__bench?.marks.length ?? 0) >= n, count);
  return page.evaluate((n) => (window as BenchWindow).__bench?.marks[n - 1] ?? Number.NaN, count);
}

export async function measure(): Promise<Figures> {
  return withFakePlatform({ port: PLATFORM_PORT }, (upstream) =>
    withPreview({ port: PORT, configFile: 'e2e/config/cadc.json', upstream }, async (baseUrl) => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.addInitScript(PROBES);
        // Signed in, and the portal's code in the browser's cache, as for someone who follows a link to a
        // repository during their work.
        await page.goto(`${baseUrl}/images`);
        await page.getByRole('textbox', { name: 'Username' }).fill('jdoe');
        await page.getByRole('textbox', { name: 'Password', exact: true }).fill('demo-jdoe');
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Images' }).waitFor();
        const loads: number[] = [];
        for (let load = 0; load < LOADS; load += 1) {
          await page.goto(`${baseUrl}${REPOSITORY}`);
          loads.push(await nextMark(page, 1));
        }

        const turns: number[] = [];
        for (let turn = 1; turn <= TURNS; turn += 1) {
          const from = turn * 25 + 1;
          const expected = `${from.toLocaleString('en')}–${(from + 24).toLocaleString('en')} of 5,000`;
          await page.evaluate((text) => {
            const bench = (window as BenchWindow).__bench;
            if (bench) bench.expected = text;
          }, expected);
          await page.getByRole('button', { name: 'Next page' }).click();
          turns.push(await nextMark(page, turn + 1));
        }
        return {
          'images.artifactFirstPageMs': Math.round(median(loads, 'images.artifactFirstPageMs')),
          'images.artifactPageTurnMedianMs': Math.round(median(turns, 'images.artifactPageTurnMedianMs')),
          'images.artifactPageTurnMaxMs': Math.round(Math.max(...turns)),
        };
      } finally {
        await browser.close();
      }
    }),
  );
}
