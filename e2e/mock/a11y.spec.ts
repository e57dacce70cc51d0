import type { Page } from '@playwright/test';
import {
  expect,
  expectNoA11yViolations,
  expectNoA11yViolationsLightAndDark,
  setLanguage,
  test,
} from '../support/fixtures';
import { accountMenu, sessionCell } from '../support/portal';

// Every route of the portal, as a signed-in user sees it.
const ROUTES = [
  { path: '/sessions', ready: (page: Page) => sessionCell(page, 'notebook1') },
  {
    path: '/no/such/page',
    ready: (page: Page) => page.getByRole('heading', { level: 1 }),
  },
  // a link to an image whose tag the platform no longer lists, and a project the registry does not have:
  // Harbor answers both with a 404, which the browser logs
  {
    path: '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A99.99',
    ready: (page: Page) => page.getByRole('button', { name: /^(Use|Prendre) astroml-notebook:26\.03$/ }),
    notFound: /artifacts\/99\.99/,
  },
  {
    path: '/images/nope-lab',
    ready: (page: Page) => page.getByRole('link', { name: /^(See all projects|Voir tous les projets)$/ }),
    notFound: /projects\/nope-lab/,
  },
];

for (const language of ['en', 'fr'] as const) {
  for (const route of ROUTES) {
    test(`${route.path} has no accessibility violations, light and dark (${language})`, async ({
      page,
      consoleGuard,
    }) => {
      if (route.notFound) consoleGuard.allow(route.notFound, 'Harbor has no such image or project');
      await setLanguage(page, language);
      await page.goto(route.path);
      await expect(route.ready(page)).toBeVisible();
      await expectNoA11yViolationsLightAndDark(page);
    });
  }
}

test('the open account menu has no accessibility violations, light and dark', async ({ page }) => {
  await page.goto('/sessions');
  await accountMenu(page).click();
  await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
  await expectNoA11yViolationsLightAndDark(page);
});

test('the open colour-scheme menu has no accessibility violations, light and dark', async ({ page }) => {
  await page.goto('/sessions');
  await page.getByRole('button', { name: /^Colour scheme: / }).click();
  await expect(page.getByRole('menuitem', { name: 'System' })).toBeVisible();
  await expectNoA11yViolationsLightAndDark(page);
});

test('fits a 360 px wide screen, with the navigation behind a menu button', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await setLanguage(page, 'fr');
  await page.goto('/sessions');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await page.getByRole('button', { name: 'Ouvrir la navigation' }).click();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  await expectNoA11yViolations(page);
  // Escape from the panel closes it, focus back on its button
  await page.getByRole('link', { name: 'Stockage' }).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Ouvrir la navigation' })).toBeFocused();
});
