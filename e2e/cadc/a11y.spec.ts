import { expect, expectNoA11yViolations, setColorScheme, setLanguage, test } from '../support/fixtures';
import { failedLoad } from '../support/portal';

for (const scheme of ['light', 'dark'] as const) {
  for (const language of ['en', 'fr'] as const) {
    test(`the sign-in page has no accessibility violations (${scheme}, ${language})`, async ({
      page,
      consoleGuard,
    }) => {
      consoleGuard.allow(failedLoad(401, '/ac/login'), 'a refused password, to check the error state too');
      await setColorScheme(page, scheme);
      await setLanguage(page, language);
      await page.goto('/sessions');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoA11yViolations(page);
      const username = language === 'en' ? 'Username' : 'Nom d’utilisateur';
      const password = language === 'en' ? 'Password' : 'Mot de passe';
      await page.getByRole('textbox', { name: username }).fill('jdoe');
      await page.getByRole('textbox', { name: password, exact: true }).fill('wrong');
      await page.getByRole('button', { name: language === 'en' ? 'Sign in' : 'Se connecter' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoA11yViolations(page);
    });
  }
}

test('the sign-in form works from the keyboard alone', async ({ page }) => {
  await page.goto('/sessions');
  await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Username' }).focus();
  await page.keyboard.type('jdoe');
  await page.keyboard.press('Tab');
  await page.keyboard.type('demo-jdoe');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
});
