import { expect, expectNoA11yViolations, test } from '../support/fixtures';
import { sessionCell } from '../support/portal';

test('the skip link and the navigation work from the keyboard', async ({ page }) => {
  await page.goto('/sessions');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'New session' })).toBeFocused();
});

test('language and colour scheme chosen in the header are remembered', async ({ page }) => {
  await page.goto('/sessions');
  // The segmented control's radios are visually hidden behind their labels, as in any custom radio group.
  await page.locator('label').filter({ hasText: /^FR$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Filtrer les sessions' })).toBeVisible();
  await page.getByRole('button', { name: /Thème de couleurs/ }).click();
  await page.getByRole('menuitem', { name: 'Sombre' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Filtrer les sessions' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('the footer shows the version and the commit', async ({ page }) => {
  await page.goto('/sessions');
  await expect(page.getByText(/^Science Portal \d+\.\d+\.\d+ · commit \w+$/)).toBeVisible();
});

test('an unknown address shows a not-found page with a way back', async ({ page }) => {
  await page.goto('/nowhere');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to your sessions' }).click();
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
});

test('scenarios are chosen by URL and kept while navigating', async ({ page }) => {
  await page.goto('/sessions?scenario=empty');
  await expect(page.getByText('You have no sessions yet.')).toBeVisible();
  await page.goto('/nowhere');
  await page.getByRole('link', { name: 'Go to your sessions' }).click();
  await expect(page.getByText('You have no sessions yet.')).toBeVisible();
  await page.goto('/sessions?scenario=default');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
});

test('a failing service is named, with its message and a retry; the shell keeps working', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 503/, 'the failing scenario answers 503 on purpose');
  await page.goto('/sessions?scenario=failing');
  // the platform-load card reports the same outage under its own title
  const alert = page.getByRole('alert').filter({ hasNotText: 'Statistics unavailable' });
  // 5xx answers are retried twice (query-client.ts) before the alert shows
  await expect(alert).toContainText('Sessions service answered 503: Service unavailable', {
    timeout: 10_000,
  });
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
});

test('the demo switcher signs in as a PI and back', async ({ page }) => {
  await page.goto('/sessions');
  await expect(sessionCell(page, 'carta-m31')).toBeVisible();
  await page.getByRole('button', { name: 'Account menu for Jane Doe' }).click();
  await page.getByRole('menuitem', { name: /Mei Chen/ }).click();
  await expect(page.getByRole('button', { name: 'Account menu for Mei Chen' })).toBeVisible();
  await expect(sessionCell(page, 'carta-m31')).toBeHidden();
});

test('a config.json with a bad key shows a page naming it, not a blank screen', async ({ page }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"auth": {"mode": "sso"}, "feature": {}}' }),
  );
  await page.goto('/sessions');
  await expect(
    page.getByRole('heading', { level: 1, name: 'The portal is not configured correctly' }),
  ).toBeVisible();
  await expect(page.getByRole('cell', { name: 'auth.mode' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'feature', exact: true })).toBeVisible();
  await expectNoA11yViolations(page);
});

test('a missing config.json is explained', async ({ page, consoleGuard }) => {
  consoleGuard.allow(/status of 404/, 'config.json is missing on purpose');
  await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText('config.json could not be loaded (HTTP 404).');
});
