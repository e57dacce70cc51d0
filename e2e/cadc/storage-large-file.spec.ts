import { readFileSync, statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, setColorScheme, setLanguage, test } from '../support/fixtures';
import { signedInToStorage, storageRow } from '../support/portal';

// Over real HTTP: the production build behind `vite preview`'s proxy, in front of the fake platform's server,
// which streams the file far faster than the demo's in-page one.

// m31_deep.fits in the demo's home: 174,836,480 bytes, over the 50 MB a file may be held in memory at once.
const M31_BYTES = 174_836_480;
/** The whole file through the fake platform's server into the page: seconds, more on a machine running other tests. */
const WHOLE_FILE = { timeout: 30_000 };

interface PickedFile {
  suggested: string;
  bytes: number;
  closed: boolean;
  aborted: boolean;
}

declare global {
  interface Window {
    __picked?: PickedFile;
    /** Lets the picked file take its bytes; until then, its first write waits. */
    __release?: () => void;
  }
}

const downloads = (page: Page) => page.getByRole('region', { name: /^(Downloads|Téléchargements)$/ });

/**
 * The save dialog answered in the page (automation cannot answer Chromium's own): the file chosen under the
 * suggested name, whose writable stream counts what is piped into it. With `held`, its first write waits for
 * `window.__release()`, so the download can be seen on its way.
 */
async function withPickedFile(page: Page, held: boolean) {
  await page.addInitScript((hold) => {
    const picked = { suggested: '', bytes: 0, closed: false, aborted: false };
    window.__picked = picked;
    const released = new Promise<void>((resolve) => {
      window.__release = resolve;
    });
    if (!hold) window.__release?.();
    Object.assign(window, {
      showSaveFilePicker: (options: { suggestedName: string }) => {
        picked.suggested = options.suggestedName;
        return Promise.resolve({
          name: options.suggestedName,
          createWritable: () =>
            Promise.resolve(
              new WritableStream<Uint8Array>({
                async write(chunk) {
                  await released;
                  picked.bytes += chunk.byteLength;
                },
                close() {
                  picked.closed = true;
                },
                abort() {
                  picked.aborted = true;
                },
              }),
            ),
        });
      },
    });
  }, held);
}

async function downloadM31(page: Page) {
  await signedInToStorage(page, '/storage/home/jdoe');
  await storageRow(page, 'm31_deep.fits').click();
  await page.getByRole('button', { name: 'Download', exact: true }).click();
}

test.describe('a file over 50 MB', () => {
  test('streams into the file picked, shown against its size, and leaves nothing in the browser’s downloads', async ({
    page,
  }) => {
    const started: string[] = [];
    page.on('download', (file) => started.push(file.url()));
    await withPickedFile(page, true);
    await downloadM31(page);
    const panel = downloads(page);
    await expect(panel.getByText('m31_deep.fits')).toBeVisible();
    // what has arrived before the held write depends on the stream's buffers: "1,012.7 kB" was seen
    await expect(panel.getByText(/^[\d,.]+ (B|kB|MB) of 166\.7 MB received$/)).toBeVisible();
    await page.evaluate(() => window.__release?.());
    await expect(panel.getByText('Saved · 166.7 MB')).toBeVisible(WHOLE_FILE);
    expect(await page.evaluate(() => window.__picked)).toEqual({
      suggested: 'm31_deep.fits',
      bytes: M31_BYTES,
      closed: true,
      aborted: false,
    });
    expect(started).toEqual([]);
  });

  test('is cancelled from the panel by keyboard, in French, dark, axe-clean', async ({ page }) => {
    await withPickedFile(page, true);
    await signedInToStorage(page, '/storage/home/jdoe');
    // Signed in (in English), then French and dark from the next load on.
    await setLanguage(page, 'fr');
    await setColorScheme(page, 'dark');
    await page.reload();
    await storageRow(page, 'm31_deep.fits').click();
    await page.getByRole('button', { name: 'Télécharger', exact: true }).click();
    const panel = downloads(page);
    // French groups thousands with a narrow no-break space: "1 022,2 ko" once a megabyte has come
    await expect(panel.getByText(/^Reçu\u00a0: [\d\s,]+\s(o|ko|Mo) sur 166,7\sMo$/)).toBeVisible();
    await expectNoA11yViolations(page);
    await panel.getByRole('button', { name: 'Annuler le téléchargement\u00a0: m31_deep.fits' }).focus();
    await page.keyboard.press('Enter');
    // A cancelled pipe still finishes the write it is in (a file's write does, at once): let it.
    await page.evaluate(() => window.__release?.());
    await expect(panel.getByText('Annulé')).toBeVisible();
    expect(await page.evaluate(() => window.__picked?.bytes)).toBeLessThan(M31_BYTES);
    expect(await page.evaluate(() => window.__picked?.aborted)).toBe(true);
    await expect(
      panel.getByRole('button', { name: 'Relancer le téléchargement\u00a0: m31_deep.fits' }),
    ).toBeVisible();
  });

  test('is saved from memory where there is no save dialog: from an object URL, never the file’s address', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Reflect.deleteProperty(Window.prototype, 'showSaveFilePicker');
      Reflect.deleteProperty(window, 'showSaveFilePicker');
    });
    const download = page.waitForEvent('download');
    await downloadM31(page);
    const file = await download;
    expect(file.url()).toMatch(/^blob:/);
    expect(file.suggestedFilename()).toBe('m31_deep.fits');
    expect(statSync(await file.path()).size).toBe(M31_BYTES);
    await expect(downloads(page).getByText('Saved · 166.7 MB')).toBeVisible();
  });
});

test.describe('a cavern without pre-authorised addresses (behind OIDC)', () => {
  test('downloads a file with the user’s own token', async ({ page, fakePlatform }) => {
    await fakePlatform.reset('storage-no-preauth');
    const reads: { url: string; authorization: string | undefined }[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/arc/files/'))
        reads.push({ url: request.url(), authorization: request.headers().authorization });
    });
    await signedInToStorage(page, '/storage/home/jdoe');
    await storageRow(page, 'notes.txt').click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('notes.txt');
    expect(readFileSync(await file.path(), 'utf8')).toContain('notes.txt: observing notes');
    expect(reads).toEqual([
      {
        url: expect.stringMatching(/\/arc\/files\/home\/jdoe\/notes\.txt$/) as unknown,
        authorization: expect.stringMatching(/^Bearer \S+$/) as unknown,
      },
    ]);
  });
});
