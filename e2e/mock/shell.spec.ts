import type { Page } from '@playwright/test';
import { holdChunk } from '../support/chunks';
import { expect, expectNoA11yViolations, test } from '../support/fixtures';
import { accountMenu, sessionCell } from '../support/portal';

test('the skip link and the navigation work from the keyboard', async ({ page }) => {
  await page.goto('/sessions');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  // the same page, not the app's base that a bare #main would resolve against
  await expect(page).toHaveURL(/\/sessions#main$/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'New session' })).toBeFocused();
});

test('language and colour scheme chosen in the header are remembered', async ({ page }) => {
  await page.goto('/sessions');
  await page.getByRole('button', { name: 'Français' }).click();
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

test('on a phone the footer follows the page rather than covering a strip of it; on a desktop it stays', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/sessions');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  const footer = page.getByRole('contentinfo');
  await expect(footer).not.toBeInViewport();
  await footer.scrollIntoViewIfNeeded();
  await expect(footer).toBeInViewport();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  await expect(footer).toBeInViewport();
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
  await expect(alert).toContainText(
    'Sessions service is unavailable for the moment (503). Try again in a minute.',
    {
      timeout: 10_000,
    },
  );
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
  await page
    .context()
    .route('**/config.json', (route) =>
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
  await page.context().route('**/config.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText('config.json could not be loaded (HTTP 404).');
});

test('when even the error page cannot be fetched, the problem is still said', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 404|ERR_FAILED.*startup-error-page/, 'both fail on purpose');
  await page.context().route('**/config.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.context().route('**/assets/startup-error-page-*.js', (route) => route.abort());
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'The Science Portal could not start' }),
  ).toBeVisible();
  await expect(page.getByRole('listitem')).toHaveText('HTTP 404');
});

// The header menus' code: held so the first key press happens before it has arrived, whatever the idle
// prefetch did.
const MENU_CHUNK = '**/assets/menu-module-*.js';

const colourSchemeButton = (page: Page) => page.getByRole('button', { name: /^Colour scheme: / });

for (const [name, trigger, firstItem] of [
  ['account', (page: Page) => accountMenu(page), /Mei Chen/],
  ['colour-scheme', colourSchemeButton, 'Light'],
] as const) {
  test(`on a cold page, the first Enter on the ${name} button opens its menu on the first item`, async ({
    page,
  }) => {
    const chunk = await holdChunk(page, MENU_CHUNK);
    await page.goto('/sessions');
    await expect(sessionCell(page, 'notebook1')).toBeVisible();
    const button = trigger(page);
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.focus();
    await page.keyboard.press('Enter');
    // The menu's code is still on its way: nothing is shown yet, and focus stays on the button.
    await chunk.requested;
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect(button).toBeFocused();
    chunk.release();
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem').first()).toHaveAccessibleName(firstItem);
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(button).toHaveAttribute('aria-controls', (await menu.getAttribute('id')) ?? 'no id');
    // From here on it is Mantine's menu: arrows move, Escape closes and returns to the button.
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem').nth(1)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  });
}

test('ArrowDown and Space open a header menu too, and a click outside closes it', async ({ page }) => {
  const chunk = await holdChunk(page, MENU_CHUNK);
  await page.goto('/sessions');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await accountMenu(page).focus();
  await page.keyboard.press('ArrowDown');
  chunk.release();
  await expect(page.getByRole('menuitem', { name: /Mei Chen/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(accountMenu(page)).toBeFocused();

  await colourSchemeButton(page).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('menuitem', { name: 'Light' })).toBeFocused();
  // It opens under its own button, not at the page's corner.
  const button = await colourSchemeButton(page).boundingBox();
  await expect
    .poll(async () => {
      const menu = await page.getByRole('menu', { name: /^Colour scheme/ }).boundingBox();
      if (!menu || !button) return 'not laid out';
      const below = menu.y - (button.y + button.height);
      const overlaps = menu.x < button.x + button.width && menu.x + menu.width > button.x;
      return below >= 0 && below < 24 && overlaps ? 'under its button' : JSON.stringify({ menu, button });
    })
    .toBe('under its button');
  await page.getByRole('heading', { level: 1, name: 'Sessions' }).click();
  // Both menus have been used, so both may be in the page (one still fading out): none may be showing.
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(colourSchemeButton(page)).toHaveAttribute('aria-expanded', 'false');
});

test('a click before the menu has arrived opens it, and choosing an item works', async ({ page }) => {
  const chunk = await holdChunk(page, MENU_CHUNK);
  await page.goto('/sessions');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await colourSchemeButton(page).click();
  await chunk.requested;
  chunk.release();
  await page.getByRole('menuitem', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(colourSchemeButton(page)).toHaveAccessibleName('Colour scheme: Dark');
});

test('the header menus are fetched once the page is idle, before anyone asks', async ({ page }) => {
  const fetched = page.waitForRequest(/\/assets\/menu-module-[^/]+\.js$/);
  await page.goto('/sessions');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await fetched;
  await expect(page.getByRole('menu')).toHaveCount(0);
});

test('a menu whose code cannot be fetched says so, and the next press tries again', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(
    /menu-module|Failed to fetch dynamically imported module|net::ERR_FAILED/,
    'fetch refused on purpose',
  );
  // Refused until the failure has been seen: the idle prefetch, the prefetch on pointer-enter and the press.
  let isRefusing = true;
  let refusals = 0;
  await page.context().route('**/assets/menu-module-*.js', async (route) => {
    if (isRefusing) {
      refusals += 1;
      await route.abort('failed');
    } else {
      await route.continue();
    }
  });
  await page.goto('/sessions');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await expect.poll(() => refusals).toBeGreaterThanOrEqual(1);
  await accountMenu(page).click();
  await expect(
    page.getByText('The menu could not be loaded. Check your connection and try again.'),
  ).toBeVisible();
  await expect(page.getByRole('menu')).toHaveCount(0);
  isRefusing = false;
  await accountMenu(page).click();
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
});

test('a start at the home page shows the dashboard at /sessions in one pass, never the page loader', async ({
  page,
}) => {
  // Everything main holds before the first session tile: the page loader would be "Loading…" (the
  // dashboard's own skeleton is "Loading sessions").
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __mainSeen: seen });
    new MutationObserver(() => {
      if (document.querySelector('main [aria-label="Loading…"]')) seen.push('page loader');
      if (document.querySelector('main h1')) seen.push('page');
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto('/');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await expect(page).toHaveURL(/\/sessions$/);
  const seen = await page.evaluate(() => (window as unknown as { __mainSeen: string[] }).__mainSeen);
  expect(seen[0]).toBe('page');
  expect(seen).not.toContain('page loader');
});
