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
});
