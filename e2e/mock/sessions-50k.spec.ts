import { expect, test } from '../support/fixtures';

// Only a page of tiles is in the document, whatever the number of sessions (TILE_PAGE in use-paging.ts).
const TILE_PAGE = 60;

test('50,000 sessions: a bounded page of tiles, a filter over all of them, and Show more by keyboard', async ({
  page,
}) => {
  // Each poll of 50,000 sessions costs the page about a second of CPU (the in-page platform writing them, the
  // portal reading them): 10 s alone, 21 s in CI, and past the default 30 s when the run's other worker and
  // the checks held both cores. Like the 100,000-file folder's tests, it gets three times the time.
  test.slow();
  await page.goto('/sessions?scenario=sessions-50k');
  const live = page.getByRole('region', { name: 'Active sessions' });
  await expect(live.getByRole('heading', { name: 'field-00001', exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await expect(live.getByRole('article')).toHaveCount(TILE_PAGE);
  await expect(page.getByRole('article')).not.toHaveCount(0);
  expect(await page.getByRole('article').count()).toBeLessThanOrEqual(2 * TILE_PAGE);
  await expect(live.getByText(/^Showing 60 of 35,0\d\d$/)).toBeVisible();
  // every count formatted as the reader reads numbers
  await expect(page.getByText(/^50,0\d\d sessions$/)).toBeVisible();

  // The filter searches every session, not only the tiles shown.
  const filter = page.getByRole('textbox', { name: 'Filter sessions' });
  await filter.fill('field-49991');
  await expect(live.getByRole('article')).toHaveCount(1);
  await expect(live.getByRole('heading', { name: 'field-49991', exact: true })).toBeVisible();
  await filter.fill('field-4999');
  await expect(live.getByRole('article')).toHaveCount(7);
  await filter.fill('');
  await expect(live.getByRole('article')).toHaveCount(TILE_PAGE);

  // Show more is reached and pressed by keyboard, and the next page's tiles are reachable after it.
  const more = live.getByRole('button', { name: 'Show 60 more: Active sessions' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(live.getByRole('article')).toHaveCount(2 * TILE_PAGE);
  await expect(live.getByText(/^Showing 120 of 35,0\d\d$/)).toBeVisible();
  await expect(more).toBeFocused();
  const tile = live.getByRole('article', { name: 'field-00001' });
  await tile.getByRole('button').first().focus();
  await page.keyboard.press('Tab');
  await expect(tile.getByRole('button').nth(1)).toBeFocused();
});
