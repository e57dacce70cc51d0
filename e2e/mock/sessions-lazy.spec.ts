import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { sessionCell } from '../support/portal';

// The dashboard's dialogs, jobs table and desktop-apps editor are not in the first page's code: they load
// when first wanted. These journeys hold or refuse those chunks to show what a user sees meanwhile.

/** Holds a chunk until `release()`. On the context: the demo's service worker makes the page's fetches. */
async function holdChunk(page: Page, pattern: string) {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let markRequested = (): void => undefined;
  const requested = new Promise<void>((resolve) => {
    markRequested = resolve;
  });
  await page.context().route(pattern, async (route) => {
    markRequested();
    await released;
    await route.continue();
  });
  return { release, requested };
}

test('on a cold page, Delete says it is busy until its confirmation arrives, then gives focus back', async ({
  page,
}) => {
  const chunk = await holdChunk(page, '**/assets/delete-session-dialog-*.js');
  await page.goto('/sessions');
  const tile = sessionCell(page, 'notebook1');
  const button = tile.getByRole('button', { name: 'Delete notebook1' });
  await button.focus();
  await page.keyboard.press('Enter');
  await chunk.requested;
  await expect(button).toHaveAttribute('aria-busy', 'true');
  await expect(button).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  chunk.release();
  const dialog = page.getByRole('dialog', { name: 'Delete notebook1?' });
  await expect(dialog).toBeVisible();
  await expect(button).not.toHaveAttribute('aria-busy');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await expect(tile).toBeVisible();
});

test('a dialog whose code cannot be fetched says so, and the next click opens it', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(
    /session-details-dialog|Failed to fetch dynamically imported module|net::ERR_FAILED/,
    'fetch refused on purpose',
  );
  let refusals = 0;
  await page.context().route('**/assets/session-details-dialog-*.js', async (route) => {
    if (refusals === 0) {
      refusals += 1;
      await route.abort('failed');
    } else {
      await route.continue();
    }
  });
  await page.goto('/sessions');
  const tile = sessionCell(page, 'carta-m31');
  // Clicked without hovering first, so the click is the fetch that fails.
  await tile.getByRole('button', { name: 'Events and logs carta-m31' }).dispatchEvent('click');
  await expect(
    page.getByText('This window could not be loaded. Check your connection and try again.'),
  ).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await tile.getByRole('button', { name: 'Events and logs carta-m31' }).click();
  await expect(page.getByRole('dialog', { name: 'Events and logs of carta-m31' })).toBeVisible();
});

test('while the jobs table is on its way its heading is there; if it cannot be fetched, a retry brings it', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(
    /headless-table|Failed to fetch dynamically imported module|net::ERR_FAILED/,
    'fetch refused on purpose',
  );
  let refusals = 0;
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.context().route('**/assets/headless-table-*.js', async (route) => {
    await released;
    if (refusals === 0) {
      refusals += 1;
      await route.abort('failed');
    } else {
      await route.continue();
    }
  });
  await page.goto('/sessions');
  const jobs = page.getByRole('region', { name: /^Headless jobs/ });
  await expect(jobs.getByRole('heading', { name: 'Headless jobs (1)' })).toBeVisible();
  await expect(jobs).toHaveAttribute('aria-busy', 'true');
  release();
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'This part of the page could not be loaded. Check your connection and try again.' });
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(jobs.getByRole('row', { name: /reduce-night-3/ })).toBeVisible();
  await expect(jobs).not.toHaveAttribute('aria-busy');
  await expect(alert).toBeHidden();
});
