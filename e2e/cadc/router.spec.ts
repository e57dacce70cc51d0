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
  await expect(error.getByRole('alert')).toContainText(
    'This page’s code could not be loaded from the portal. Check your connection, then try again.',
  );
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page).toHaveURL(/\/usage$/);

  await page.unroute(usageChunk);
  await error.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible({ timeout: 15_000 });
  await expect(error).toBeHidden();
});

test('a page whose code could not load offline says so, and loads by itself once back online', async ({
  page,
  context,
  consoleGuard,
}) => {
  // the page's code and its strings' (usage-page-….js, usage-….js), fetched offline
  consoleGuard.allow(
    /ERR_INTERNET_DISCONNECTED|assets\/usage-[\w-]+\.js/,
    'the browser is offline on purpose',
  );
  await page.goto('/sessions');
  await submitPassword(page, demoUser.username, demoUser.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await context.setOffline(true);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Usage' })
    .click();
  const error = page.getByRole('region', { name: 'This page could not be shown' });
  await expect(error.getByRole('alert')).toContainText(
    'You appear to be offline: this page’s code could not be loaded. It loads by itself once you are back online.',
  );
  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible({ timeout: 15_000 });
  await expect(error).toBeHidden();
});
