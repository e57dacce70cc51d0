import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

// The jobs table on a laptop and on a phone: what tells jobs apart (the whole name, the image's tag) is on the
// screen without scrolling sideways, and a phone's rows stay usable from the keyboard.
const SCREENS = [
  { label: 'laptop', width: 1280, height: 800 },
  { label: 'phone', width: 390, height: 844 },
] as const;

/** True when the element's text is shown whole: not cut by its own box, and inside the window. */
async function shownWhole(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return element.scrollWidth <= element.clientWidth + 1 && box.left >= 0 && box.right <= window.innerWidth;
  });
}

async function noSidewaysScroll(page: Page, jobs: Locator): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  // the table's own scroller does not scroll sideways either
  const scroller = jobs.locator('[tabindex="0"]').first();
  expect(await scroller.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
}

for (const screen of SCREENS) {
  for (const scenario of ['', 'headless-500']) {
    test(`jobs show their whole name and image tag on a ${screen.label} (${scenario || 'default'})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.goto(scenario ? `/sessions?scenario=${scenario}` : '/sessions');
      const jobs = page.getByRole('region', { name: /^Headless jobs/ });
      // sorted by name, descending, so the demo's job comes first whatever the scenario adds
      await jobs.getByRole('button', { name: 'Name' }).click();
      const row = jobs.getByRole('row', { name: /reduce-night-3/ });
      await expect(row).toBeVisible();
      // the image without its registry host, the whole reference as the cell's name and title
      const image = row.getByRole('cell', { name: 'images.canfar.net/myproject/pipeline:2.4', exact: true });
      await expect(image).toHaveAttribute('title', 'images.canfar.net/myproject/pipeline:2.4');
      const shown = image.getByText('myproject/pipeline:2.4').first();
      await expect(shown).toBeVisible();
      expect(await shownWhole(shown)).toBe(true);
      const name = row.getByText('reduce-night-3', { exact: true }).first();
      expect(await shownWhole(name)).toBe(true);
      await noSidewaysScroll(page, jobs);

      // the row's controls, one after the other from the keyboard
      const select = row.getByRole('checkbox', { name: 'Select reduce-night-3' });
      await select.focus();
      await page.keyboard.press('Space');
      await expect(select).toBeChecked();
      await page.keyboard.press('Tab');
      await expect(row.getByRole('button', { name: /reduce-night-3/ })).toBeFocused();
      await expect(jobs.getByRole('button', { name: 'Delete 1 job' })).toBeEnabled();
    });
  }
}
