import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolationsLightAndDark, setLanguage, test } from '../support/fixtures';
import { demoUser, failedLoad, sessionCell, submitPassword } from '../support/portal';

for (const language of ['en', 'fr'] as const) {
  test(`the sign-in page has no accessibility violations, light and dark (${language})`, async ({
    page,
    consoleGuard,
  }) => {
    consoleGuard.allow(failedLoad(401, '/ac/login'), 'a refused password, to check the error state too');
    await setLanguage(page, language);
    await page.goto('/sessions');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoA11yViolationsLightAndDark(page);
    const username = language === 'en' ? 'Username' : 'Nom d’utilisateur';
    const password = language === 'en' ? 'Password' : 'Mot de passe';
    await page.getByRole('textbox', { name: username }).fill('jdoe');
    await page.getByRole('textbox', { name: password, exact: true }).fill('wrong');
    await page.getByRole('button', { name: language === 'en' ? 'Sign in' : 'Se connecter' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoA11yViolationsLightAndDark(page);
  });
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

for (const language of ['en', 'fr'] as const) {
  test(`the session details dialog, open after signing in, has no accessibility violations, light and dark (${language})`, async ({
    page,
  }) => {
    await setLanguage(page, language);
    await page.goto('/sessions');
    await submitPasswordIn(page, language);
    const open = language === 'en' ? 'Events and logs' : 'Événements et journaux';
    await sessionCell(page, 'notebook1')
      .getByRole('button', { name: new RegExp(`^${open}`) })
      .click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('table')).toBeVisible();
    await expectNoA11yViolationsLightAndDark(page);
  });
}

async function submitPasswordIn(page: Page, language: 'en' | 'fr') {
  if (language === 'en') {
    await submitPassword(page, demoUser.username, demoUser.password);
  } else {
    await page.getByRole('textbox', { name: 'Nom d’utilisateur' }).fill(demoUser.username);
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(demoUser.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
  }
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
}
