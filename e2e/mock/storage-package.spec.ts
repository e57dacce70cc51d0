import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import {
  expect,
  expectNoA11yViolations,
  expectNoA11yViolationsLightAndDark,
  setColorScheme,
  setLanguage,
  test,
} from '../support/fixtures';

interface SaveDialogRecord {
  bytes: number;
  chunks: number;
  closed: boolean;
  suggested: string;
}

declare global {
  interface Window {
    __saved?: SaveDialogRecord;
  }
}

const grid = (page: Page) => page.getByRole('grid', { name: /^(Contents of|Contenu de)/ });
const row = (page: Page, name: string) => grid(page).getByRole('row').filter({ hasText: name });
const downloads = (page: Page) => page.getByRole('region', { name: /^(Downloads|Téléchargements)$/ });

/**
 * Chromium has a save dialog (File System Access) that automation cannot answer: the journeys take the path
 * of the browsers without one (the archive read into memory, then saved as an ordinary download).
 */
async function withoutSaveDialog(page: Page) {
  await page.addInitScript(() => {
    Reflect.deleteProperty(Window.prototype, 'showSaveFilePicker');
    Reflect.deleteProperty(window, 'showSaveFilePicker');
  });
}

async function openHome(page: Page, query = '') {
  await page.goto(`/storage/home/jdoe${query}`);
  await expect(row(page, 'm31_deep.fits')).toBeVisible();
}

async function selectThree(page: Page) {
  await row(page, 'catalog.csv').click();
  await row(page, 'notes.txt').click({ modifiers: ['ControlOrMeta'] });
  await row(page, 'data')
    .first()
    .click({ modifiers: ['ControlOrMeta'] });
  await expect(page.getByText(/3 selected/)).toBeVisible();
}

test.describe('storage packages', () => {
  test('downloads two files and a folder as one ZIP', async ({ page }) => {
    await withoutSaveDialog(page);
    await openHome(page);
    await selectThree(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as ZIP' }).click();
    const file = await download;
    // named after the folder and the count (cavern's own name, cavern-download-<job>, says nothing)
    expect(file.suggestedFilename()).toBe('jdoe-3-items.zip');
    const entries = unzipSync(new Uint8Array(readFileSync(await file.path())));
    expect(Object.keys(entries).sort()).toEqual([
      'catalog.csv',
      'data/',
      'data/m101.fits',
      'data/raw/',
      'data/raw/exposure-1.fits',
      'data/raw/exposure-2.fits',
      'data/raw/exposure-3.fits',
      'notes.txt',
    ]);
    expect(entries['catalog.csv']).toHaveLength(48_213);
    expect(new TextDecoder().decode(entries['data/m101.fits']?.subarray(0, 30))).toMatch(/^SIMPLE {2}=\s+T/);
    const panel = downloads(page);
    await expect(panel.getByText(/^Saved · /)).toBeVisible();
    await expect(panel.getByText('This browser keeps the package in memory')).toHaveCount(0);
  });

  test('streams into the file chosen in the save dialog, where there is one', async ({ page }) => {
    // The save dialog answered in the page: a file whose writable stream counts what Chromium pipes into it.
    await page.addInitScript(() => {
      const received = { bytes: 0, chunks: 0, closed: false, suggested: '' };
      window.__saved = received;
      Object.assign(window, {
        showSaveFilePicker: (options: { suggestedName: string }) => {
          received.suggested = options.suggestedName;
          return Promise.resolve({
            name: 'my-survey.zip',
            createWritable: () =>
              Promise.resolve(
                new WritableStream<Uint8Array>({
                  write(chunk) {
                    received.bytes += chunk.byteLength;
                    received.chunks += 1;
                  },
                  close() {
                    received.closed = true;
                  },
                }),
              ),
          });
        },
      });
    });
    await openHome(page);
    await row(page, 'data').first().click();
    await page.getByRole('button', { name: 'Download as ZIP' }).click();
    const panel = downloads(page);
    await expect(panel.getByText('my-survey.zip')).toBeVisible();
    await expect(panel.getByText(/^Saved · /)).toBeVisible();
    const received = await page.evaluate(() => window.__saved);
    expect(received).toMatchObject({ suggested: 'data.zip', closed: true });
    // data/ holds 4 FITS files, 700 kB in all, stored as they are.
    expect(received?.bytes).toBeGreaterThan(700_000);
    await expect(panel.getByText(/^Saved · 6\d\d(\.\d)? kB$/)).toBeVisible();
  });

  test('offers tar from the menu, by keyboard', async ({ page }) => {
    await withoutSaveDialog(page);
    await openHome(page);
    await grid(page).focus();
    // Rows: data, survey-team, …: select the first two with Space.
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect(page.getByText(/2 selected/)).toBeVisible();
    const more = page.getByRole('button', { name: 'More download formats' });
    await more.focus();
    await page.keyboard.press('Enter');
    const item = page.getByRole('menuitem', { name: 'Download as tar' });
    await expect(item).toBeVisible();
    const download = page.waitForEvent('download');
    await page.keyboard.press('ArrowDown');
    await expect(item).toBeFocused();
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toBe('jdoe-2-items.tar');
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(257, 262).toString()).toBe('ustar');
    expect(bytes.subarray(0, 5).toString()).toBe('data/');
  });

  test('falls back to one file at a time where the service makes no packages', async ({
    page,
    consoleGuard,
  }) => {
    consoleGuard.allow(/status of 501 .*\/arc\/synctrans/, 'the package view is refused on purpose');
    await withoutSaveDialog(page);
    await openHome(page, '?scenario=storage-no-packages');
    await row(page, 'catalog.csv').click();
    await row(page, 'notes.txt').click({ modifiers: ['ControlOrMeta'] });
    const names: string[] = [];
    page.on('download', (file) => names.push(file.suggestedFilename()));
    await row(page, 'm31_deep.fits').click({ modifiers: ['ControlOrMeta'] });
    await page.getByRole('button', { name: 'Download as ZIP' }).click();
    await expect(downloads(page).getByText('2 files downloaded one by one')).toBeVisible();
    await expect.poll(() => names.sort()).toEqual(['catalog.csv', 'notes.txt']);
    // 167 MB is not fetched into memory unasked: it waits, in a row of its own, for the user's click
    await expect(
      downloads(page).getByText(/^166\.7 MB: too large to download with the others/),
    ).toBeVisible();
    await expectNoA11yViolations(page);
    // Save starts it (the whole transfer is save-download.test.ts's); cancelled here, as it is on its way
    await downloads(page).getByRole('button', { name: 'Save m31_deep.fits' }).click();
    await downloads(page).getByRole('button', { name: 'Cancel download of m31_deep.fits' }).click();
    await expect(downloads(page).getByText('Cancelled')).toBeVisible();
    expect(names.sort()).toEqual(['catalog.csv', 'notes.txt']);

    // Known now: no ZIP offered, a folder refused before any click, the files one by one from the keyboard
    await row(page, 'data').first().click();
    await expect(page.getByRole('button', { name: 'Download as ZIP' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Download', exact: true })).toBeDisabled();
    await expect(
      page.getByText(/^This storage service does not make packages: select files only/),
    ).toBeVisible();
    await row(page, 'catalog.csv').click();
    await row(page, 'notes.txt').click({ modifiers: ['ControlOrMeta'] });
    const twoFiles = page.getByRole('button', { name: 'Download 2 files' });
    await twoFiles.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => names.length).toBe(4);
  });

  test('deletes the empty ZIP the save dialog made before the service refused the package', async ({
    page,
    consoleGuard,
  }) => {
    consoleGuard.allow(/status of 501 .*\/arc\/synctrans/, 'the package view is refused on purpose');
    // The save dialog answered in the page, with Chromium's FileSystemFileHandle.remove().
    await page.addInitScript(() => {
      const received = { bytes: 0, chunks: 0, closed: false, suggested: '' };
      window.__saved = received;
      Object.assign(window, {
        showSaveFilePicker: (options: { suggestedName: string }) => {
          received.suggested = options.suggestedName;
          return Promise.resolve({
            name: options.suggestedName,
            remove: () => {
              received.closed = true;
              return Promise.resolve();
            },
          });
        },
      });
    });
    await openHome(page, '?scenario=storage-no-packages');
    await row(page, 'catalog.csv').click();
    await row(page, 'notes.txt').click({ modifiers: ['ControlOrMeta'] });
    await page.getByRole('button', { name: 'Download as ZIP' }).click();
    await expect(
      downloads(page).getByText(/^Nothing came to save in .jdoe-2-items\.zip., so the empty file/),
    ).toBeVisible();
    await expect(downloads(page).getByText('2 files downloaded one by one')).toBeVisible();
    expect(await page.evaluate(() => window.__saved?.closed)).toBe(true);
    await expect(page.getByRole('button', { name: 'Download 2 files' })).toBeVisible();
  });

  test('the package menu and panel are axe-clean, light and dark', async ({ page }) => {
    await withoutSaveDialog(page);
    await openHome(page);
    await selectThree(page);
    await page.getByRole('button', { name: 'Download as ZIP' }).click();
    await expect(downloads(page).getByText(/^Saved · /)).toBeVisible();
    await page.getByRole('button', { name: 'More download formats' }).click();
    await expect(page.getByRole('menuitem', { name: 'Download as tar' })).toBeVisible();
    await expectNoA11yViolationsLightAndDark(page);
  });

  test('fits a 360 px wide screen, the panel and the move picker included', async ({ page }) => {
    await withoutSaveDialog(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await openHome(page);
    await selectThree(page);
    await page.getByRole('button', { name: 'Download as ZIP' }).click();
    await expect(downloads(page).getByText(/^Saved · /)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'Move' }).click();
    await expect(page.getByRole('list', { name: 'Folders in jdoe' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoA11yViolations(page);
  });

  test('speaks French, dark, axe-clean', async ({ page }) => {
    await withoutSaveDialog(page);
    await setLanguage(page, 'fr');
    await setColorScheme(page, 'dark');
    await openHome(page);
    await row(page, 'data').first().click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger en ZIP' }).click();
    expect((await download).suggestedFilename()).toBe('data.zip');
    const panel = downloads(page);
    await expect(panel.getByText(/^Enregistré · \d+(,\d+)?\s(ko|Mo)$/)).toBeVisible();
    await expect(panel.getByText('1 élément sélectionné.')).toBeVisible();
    await expectNoA11yViolations(page);
  });
});

test.describe('storage move with the folder picker', () => {
  test('chooses the destination by browsing, by keyboard, axe-clean', async ({ page }) => {
    await openHome(page);
    await row(page, 'notes.txt').click();
    await page.getByRole('button', { name: 'Move' }).click();
    const dialog = page.getByRole('dialog', { name: /^Move \u2068notes\.txt\u2069$/ });
    const picker = dialog.getByRole('group', { name: 'Choose the destination folder' });
    const data = picker.getByRole('list', { name: 'Folders in jdoe' }).getByRole('button', { name: 'data' });
    await data.focus();
    await page.keyboard.press('Enter');
    const raw = picker.getByRole('list', { name: 'Folders in data' }).getByRole('button', { name: 'raw' });
    await expect(raw).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Destination folder' })).toHaveValue('/home/jdoe/data');
    await expectNoA11yViolations(page);
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await expect(page.getByText('Moved 1 item.')).toBeVisible();
    await expect(row(page, 'notes.txt')).toHaveCount(0);
    await row(page, 'data').first().dblclick();
    await expect(row(page, 'notes.txt')).toBeVisible();
  });

  test('climbs back up through the picker’s breadcrumbs, in French', async ({ page }) => {
    await setLanguage(page, 'fr');
    await openHome(page);
    await row(page, 'catalog.csv').click();
    await page.getByRole('button', { name: 'Déplacer' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('list', { name: 'Dossiers dans jdoe' })
      .getByRole('button', { name: 'data' })
      .click();
    await dialog
      .getByRole('list', { name: 'Dossiers dans data' })
      .getByRole('button', { name: 'raw' })
      .click();
    await expect(dialog.getByText('Aucun dossier dans raw.')).toBeVisible();
    await dialog
      .getByRole('navigation', { name: 'Dossier affiché dans le sélecteur' })
      .getByRole('button', { name: 'jdoe' })
      .click();
    await expect(dialog.getByRole('textbox', { name: 'Dossier de destination' })).toHaveValue('/home/jdoe');
  });
});
