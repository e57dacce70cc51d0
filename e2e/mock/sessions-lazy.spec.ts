import { holdChunk } from '../support/chunks';
import { expect, test } from '../support/fixtures';
import { sessionCell } from '../support/portal';

// The dashboard's dialogs, jobs table and desktop-apps editor are not in the first page's code: they load
// when first wanted. These journeys hold or refuse those chunks to show what a user sees meanwhile.

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
  const chunk = await holdChunk(page, '**/assets/session-details-dialog-*.js', { refuse: true });
  chunk.release();
  await page.goto('/sessions');
  const tile = sessionCell(page, 'carta-m31');
  // Clicked without hovering first, so the click is the fetch that fails.
  await tile.getByRole('button', { name: 'Events and logs carta-m31' }).dispatchEvent('click');
  await expect(
    page.getByText('This window could not be loaded. Check your connection and try again.'),
  ).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  chunk.allow();
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
  const chunk = await holdChunk(page, '**/assets/headless-table-*.js', { refuse: true });
  await page.goto('/sessions');
  const jobs = page.getByRole('region', { name: /^Headless jobs/ });
  await expect(jobs.getByRole('heading', { name: 'Headless jobs (1)' })).toBeVisible();
  await expect(jobs).toHaveAttribute('aria-busy', 'true');
  chunk.release();
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'This part of the page could not be loaded. Check your connection and try again.' });
  await expect(alert).toBeVisible();
  chunk.allow();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(jobs.getByRole('row', { name: /reduce-night-3/ })).toBeVisible();
  await expect(jobs).not.toHaveAttribute('aria-busy');
  await expect(alert).toBeHidden();
});

for (const width of [1280, 390]) {
  test(`the platform’s meters load beside their figures, in a place kept for them (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const chunk = await holdChunk(page, '**/assets/platform-meters-*.js');
    await page.goto('/sessions');
    const load = page.getByRole('region', { name: 'Platform load' });
    const tile = sessionCell(page, 'notebook1');
    await expect(tile).toBeVisible();
    await chunk.requested;
    await expect(load.getByRole('progressbar')).toHaveCount(0);
    const before = await tile.boundingBox();
    chunk.release();
    await expect(load.getByRole('progressbar', { name: 'Cores allocated' })).toBeVisible();
    await expect(load.getByRole('progressbar', { name: 'RAM allocated' })).toBeVisible();
    await expect(load).not.toHaveAttribute('aria-busy');
    // the figures took the place kept for them: nothing below moved
    expect(before).not.toBeNull();
    expect((await tile.boundingBox())?.y).toBe(before?.y);
  });
}

for (const width of [1280, 390]) {
  test(`the filter box follows the first paint in a place kept for it, and the filter applies before it (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const chunk = await holdChunk(page, '**/assets/session-filter-*.js');
    await page.goto('/sessions?q=notebook');
    const tile = sessionCell(page, 'notebook1');
    await expect(tile).toBeVisible();
    await expect(sessionCell(page, 'carta-m31')).toHaveCount(0);
    await chunk.requested;
    const box = page.getByRole('textbox', { name: 'Filter sessions' });
    await expect(box).toHaveCount(0);
    const before = await tile.boundingBox();
    chunk.release();
    await expect(box).toHaveValue('notebook');
    expect(before).not.toBeNull();
    expect((await tile.boundingBox())?.y).toBe(before?.y);
    await box.fill('carta');
    await expect(sessionCell(page, 'carta-m31')).toBeVisible();
    await expect(tile).toHaveCount(0);
  });
}
