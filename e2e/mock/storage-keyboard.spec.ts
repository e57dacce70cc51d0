import type { Page } from '@playwright/test';
import { expect, setLanguage, test } from '../support/fixtures';

const grid = (page: Page) => page.getByRole('grid', { name: /^(Contents of|Contenu de)/ });
const row = (page: Page, name: string) => grid(page).getByRole('row').filter({ hasText: name });

/** What has focus, as a person using a screen reader would hear it named. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return `${element.getAttribute('role') ?? element.tagName.toLowerCase()}: ${
      element.getAttribute('aria-label') ?? element.textContent.trim()
    }`;
  });

/**
 * Escape in the dialog just opened, once it has focus, as a person sees it. Mantine moves focus into a dialog a
 * task after it shows; a key sent before that goes to the list behind, where Escape clears the selection.
 */
async function escapeFromDialog(page: Page) {
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('[role="dialog"]') != null))
    .toBe(true);
  await page.keyboard.press('Escape');
}

async function openHome(page: Page) {
  await page.goto('/storage/home/jdoe');
  await expect(row(page, 'm31_deep.fits')).toBeVisible();
}

/** Moves the grid's cursor to a row by name, by keyboard (the grid's rows are in name order, folders first). */
async function cursorTo(page: Page, name: string) {
  await grid(page).focus();
  for (let step = 0; step < 20; step += 1) {
    const active = await grid(page).getAttribute('aria-activedescendant');
    if (active && (await page.locator(`[id="${active}"]`).textContent())?.includes(name)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no row ${name}`);
}

test.describe('storage by keyboard', () => {
  test('a folder opened with Enter, Back and a breadcrumb each leave focus on the new folder’s list', async ({
    page,
  }) => {
    await openHome(page);
    await cursorTo(page, 'data');
    await page.keyboard.press('Enter');
    await expect(row(page, 'm101.fits')).toBeVisible();
    await expect.poll(() => focused(page)).toBe('grid: Contents of data');

    await page.goBack();
    await expect(row(page, 'm31_deep.fits')).toBeVisible();
    await expect.poll(() => focused(page)).toBe('grid: Contents of jdoe');

    await page.goForward();
    await expect(row(page, 'm101.fits')).toBeVisible();
    await page.getByRole('navigation', { name: 'Folder path' }).getByRole('link', { name: 'jdoe' }).click();
    await expect(row(page, 'm31_deep.fits')).toBeVisible();
    await expect.poll(() => focused(page)).toBe('grid: Contents of jdoe');
  });

  test('Escape from a dialog returns focus to its button, or to the list when it came from the list', async ({
    page,
  }) => {
    await openHome(page);
    await row(page, 'notes.txt').click();
    const rename = page.getByRole('button', { name: 'Rename' });
    await rename.focus();
    await page.keyboard.press('Enter');
    await escapeFromDialog(page);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect.poll(() => focused(page)).toBe('button: Rename');

    await cursorTo(page, 'notes.txt');
    await page.keyboard.press('Enter');
    await escapeFromDialog(page);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect.poll(() => focused(page)).toBe('grid: Contents of jdoe');

    // The preview selected the row it showed: Delete asks about it, from the list.
    await page.keyboard.press('Delete');
    await escapeFromDialog(page);
    await expect.poll(() => focused(page)).toBe('grid: Contents of jdoe');
  });

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`End, Home and PageDown show the row they reach whole, under headers that stay (${viewport.width} px)`, async ({
      page,
    }) => {
      test.slow();
      await page.setViewportSize(viewport);
      await page.goto('/storage/home/jdoe/survey-100k?scenario=storage-100k');
      await expect(grid(page)).toHaveAttribute('aria-rowcount', '100001', { timeout: 60_000 });
      const header = grid(page).getByRole('columnheader', { name: /Name/ });
      await grid(page).focus();
      for (const key of ['End', 'PageUp', 'Home', 'PageDown', 'PageDown', 'End']) {
        await page.keyboard.press(key);
        const id = await grid(page).getAttribute('aria-activedescendant');
        const active = page.locator(`[id="${id ?? ''}"]`);
        // Whole in the window, below the column headers, and not under the page's fixed header or footer.
        await expect(active).toBeInViewport({ ratio: 1 });
        await expect(header).toBeInViewport({ ratio: 1 });
        const [rowBox, headerBox, gridBox] = await Promise.all([
          active.boundingBox(),
          header.boundingBox(),
          grid(page).boundingBox(),
        ]);
        expect(rowBox && headerBox && gridBox).toBeTruthy();
        if (!rowBox || !headerBox || !gridBox) return;
        expect(rowBox.y, key).toBeGreaterThanOrEqual(headerBox.y + headerBox.height - 1);
        expect(rowBox.y + rowBox.height, key).toBeLessThanOrEqual(gridBox.y + gridBox.height);
        // Nothing drawn over it: what is hit at its top and bottom edges is the row itself.
        const coveredBy = () =>
          active.evaluate((element) => {
            const box = element.getBoundingClientRect();
            return [box.top + 2, box.bottom - 2]
              .map((y) => document.elementFromPoint(box.left + 8, y))
              .filter((hit) => !hit || !element.contains(hit))
              .map((hit) => (hit ? `${hit.tagName}.${hit.className}` : 'outside the window'));
          });
        await expect.poll(coveredBy, { message: key }).toEqual([]);
      }
    });
  }

  test('the Modified column is not cut at 1366 × 900, in English and French', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await openHome(page);
    const cut = () =>
      grid(page)
        .getByRole('row')
        .evaluateAll((rows) =>
          rows.flatMap((element) =>
            [...element.querySelectorAll('[role=gridcell], [role=columnheader]')]
              .slice(1)
              .filter((cell) => cell.scrollWidth > cell.clientWidth)
              .map((cell) => cell.textContent),
          ),
        );
    await expect.poll(cut).toEqual([]);
    await setLanguage(page, 'fr');
    await page.reload();
    await expect(grid(page)).toHaveAccessibleName('Contenu de jdoe');
    await expect.poll(cut).toEqual([]);
  });
});
