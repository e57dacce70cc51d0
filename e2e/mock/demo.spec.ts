import { expect, expectNoA11yViolations, setColorScheme, setLanguage, test } from '../support/fixtures';
import { accountMenu, expectSeededSessions, sessionCell } from '../support/portal';

test.describe('demo mode', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`opens signed in as the first demo user (${scheme})`, async ({ page }) => {
      await setColorScheme(page, scheme);
      await page.goto('/');
      await expectSeededSessions(page);
      await expect(accountMenu(page)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
      await expectNoA11yViolations(page);
    });
  }

  test('speaks French when asked', async ({ page }) => {
    await setLanguage(page, 'fr');
    await page.goto('/sessions');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('textbox', { name: 'Filtrer les sessions' })).toBeVisible();
    await expect(sessionCell(page, 'notebook1')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu du compte : Jane Doe' })).toBeVisible();
  });

  test('a slow start says it is loading, in the user’s language and colour scheme', async ({ page }) => {
    await setLanguage(page, 'fr');
    await setColorScheme(page, 'dark');
    // every answer of the fake platform takes 1.5 s: the sign-in check holds the first render back
    await page.goto('/sessions?scenario=slow');
    const loading = page.getByRole('status').filter({ hasText: 'Chargement du Portail scientifique…' });
    await expect(loading).toBeVisible();
    await expect(page.getByText('Loading the Science Portal…')).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const early = await background();
    await expect(loading).toBeVisible();
    await expect(sessionCell(page, 'notebook1')).toBeVisible({ timeout: 20_000 });
    await expect(loading).toHaveCount(0);
    // the page was already in the dark scheme's colours before the app had drawn anything
    expect(early).toBe(await background());
  });
});
