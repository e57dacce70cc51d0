import { expect, test } from '../support/fixtures';
import { demoUser, submitPassword } from '../support/portal';

// Over real HTTP, with no service worker in between: the browser itself fetches the page's chunk, so a failed
// fetch is the browser's own and "Try again" must make it fetch the chunk again.
const usageChunk = '**/assets/usage-page-*.js';

test('a page whose chunk cannot be fetched is explained inside the shell, and loads on "Try again"', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/usage-page-[\w-]+\.js/, 'the chunk is cut off on purpose');
  await page.route(usageChunk, (route) => route.abort('internetdisconnected'));
  await page.goto('/usage');
  await submitPassword(page, demoUser.username, demoUser.password);
  const error = page.getByRole('region', { name: 'This page could not be shown' });
  await expect(error.getByRole('alert')).toContainText('Failed to fetch dynamically imported module');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page).toHaveURL(/\/usage$/);

  await page.unroute(usageChunk);
  await error.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible({ timeout: 15_000 });
  await expect(error).toBeHidden();
});
