// The image browser on the 5,000-artifact repository, in Chromium against the demo build (fake platform in the
// page): how long the first page takes to show, and how long turning a page takes until its rows are shown.
import { launchChromium, median, withPreview, type Figures } from '../support';

const PORT = 4423;
const TURNS = 12;

export async function measure(): Promise<Figures> {
  return withPreview({ port: PORT, configFile: 'dev/config.mock.json' }, async (baseUrl) => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${baseUrl}/images`);
      await page.getByRole('heading', { level: 1, name: 'Images' }).waitFor();
      const firstStart = performance.now();
      await page.goto(`${baseUrl}/images/skaha/astro-nightly`);
      await page.getByText('1–25 of 5,000').waitFor();
      const firstPageMs = performance.now() - firstStart;

      const turns: number[] = [];
      for (let turn = 1; turn <= TURNS; turn += 1) {
        const from = turn * 25 + 1;
        const started = performance.now();
        await page.getByRole('button', { name: 'Next page' }).click();
        await page
          .getByText(`${from.toLocaleString('en')}–${(from + 24).toLocaleString('en')} of 5,000`)
          .waitFor();
        turns.push(performance.now() - started);
      }
      return {
        'images.artifactFirstPageMs': Math.round(firstPageMs),
        'images.artifactPageTurnMedianMs': Math.round(median(turns)),
        'images.artifactPageTurnMaxMs': Math.round(Math.max(...turns)),
      };
    } finally {
      await browser.close();
    }
  });
}
