import type { BrowserContext, Route } from '@playwright/test';
import {
  expect,
  expectNoA11yViolations,
  setColorScheme,
  setLanguage,
  test,
  type ColorScheme,
  type Language,
} from '../support/fixtures';
import { sessionCell } from '../support/portal';

const usageChunk = '**/assets/usage-page-*.js';

const words = {
  en: {
    nav: 'Main navigation',
    usage: 'Usage',
    sessions: 'Sessions',
    title: 'This page could not be shown',
    failed: 'This page’s code could not be loaded from the portal. Check your connection, then try again.',
    retry: 'Try again',
    reload: 'Reload the portal',
  },
  fr: {
    nav: 'Navigation principale',
    usage: 'Utilisation',
    sessions: 'Sessions',
    title: 'Cette page n’a pas pu être affichée',
    failed:
      'Le code de cette page n’a pas pu être chargé depuis le portail. Vérifiez votre connexion, puis réessayez.',
    retry: 'Réessayer',
    reload: 'Recharger le portail',
  },
} as const;

/**
 * Stands for a deploy that replaced the chunk, or a network that dropped: the page's code cannot be fetched.
 * On the context, not the page: the demo's service worker (the fake platform) makes the fetch.
 */
async function failChunk(context: BrowserContext, pattern: string) {
  await context.route(pattern, (route) => route.abort('internetdisconnected'));
}

const cases: [Language, ColorScheme][] = [
  ['en', 'light'],
  ['fr', 'dark'],
];

for (const [language, scheme] of cases) {
  test(`a page whose code cannot be fetched is explained inside the shell, and loads on "Try again" (${language}, ${scheme})`, async ({
    page,
    context,
    consoleGuard,
  }) => {
    consoleGuard.allow(/usage-page-[\w-]+\.js/, 'the chunk is cut off on purpose');
    const w = words[language];
    await setLanguage(page, language);
    await setColorScheme(page, scheme);
    // Opened straight at the page, as after a deploy that replaced its chunk.
    await failChunk(context, usageChunk);
    await page.goto('/usage');
    const nav = page.getByRole('navigation', { name: w.nav });
    const error = page.getByRole('region', { name: w.title });
    await expect(error.getByRole('alert')).toContainText(w.failed);
    // The shell stays: header, navigation and the address the person asked for.
    await expect(nav).toBeVisible();
    await expect(page).toHaveURL(/\/usage$/);
    await expect(error.getByRole('button', { name: w.reload })).toBeVisible();
    await expectNoA11yViolations(page);

    // The network is back: "Try again", from the keyboard, fetches the page afresh.
    await context.unroute(usageChunk);
    await error.getByRole('button', { name: w.retry }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: w.usage })).toBeVisible({ timeout: 15_000 });
    await expect(error).toBeHidden();
  });
}

test('going elsewhere clears a page error, and the failed page loads when visited again', async ({
  page,
  context,
  consoleGuard,
}) => {
  consoleGuard.allow(/usage-page-[\w-]+\.js/, 'the chunk is cut off on purpose');
  await page.goto('/sessions');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await failChunk(context, usageChunk);
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: 'Usage' }).click();
  const error = page.getByRole('region', { name: 'This page could not be shown' });
  await expect(error).toBeVisible();

  await page.goBack();
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await expect(error).toBeHidden();

  await context.unroute(usageChunk);
  await nav.getByRole('link', { name: 'Usage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible({ timeout: 15_000 });
  await expect(error).toBeHidden();
});

test('the first load shows the shell and a loader, not a blank page, while the page’s code arrives', async ({
  page,
  context,
}) => {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held = async (route: Route) => {
    await released;
    await route.continue();
  };
  await context.route(usageChunk, held);
  await page.goto('/usage');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page.getByRole('main').getByLabel('Loading…')).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByLabel('Loading…')).toHaveCount(0);
});
