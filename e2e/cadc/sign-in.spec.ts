import { expect, expectNoA11yViolations, readStorage, test } from '../support/fixtures';
import {
  accountMenu,
  demoUser,
  expectSeededSessions,
  failedLoad,
  sessionCell,
  sessionFilter,
  signInHeading,
  submitPassword,
} from '../support/portal';

test.describe('CADC sign-in', () => {
  test('the signed-out portal asks for a CADC user name and password', async ({ page }) => {
    await page.goto('/');
    await expect(signInHeading(page)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Password', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('a wrong password is refused with a message', async ({ page, consoleGuard }) => {
    consoleGuard.allow(failedLoad(401, '/ac/login'), 'the refused password is this test');
    await page.goto('/');
    await submitPassword(page, demoUser.username, 'not-the-password');
    await expect(page.getByRole('alert')).toHaveText(
      'The user name or password was not accepted. Check them and try again.',
    );
    await expect(signInHeading(page)).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('good credentials show the sessions; the token stays in this tab', async ({ page }) => {
    await page.goto('/');
    await submitPassword(page, demoUser.username, demoUser.password);
    await expectSeededSessions(page);
    await expect(accountMenu(page)).toBeVisible();

    const { local, session } = await readStorage(page);
    const token = session['science-portal.token'];
    expect(token, 'the token is in sessionStorage').toBeTruthy();
    expect(Object.keys(local).filter((key) => /token|oidc|auth/i.test(key))).toEqual([]);
    for (const value of Object.values(local)) expect(value).not.toContain(token);

    await expectNoA11yViolations(page);
  });

  test('a deep link opened signed out lands on the same page after sign-in', async ({ page }) => {
    await page.goto('/sessions?q=carta');
    await expect(signInHeading(page)).toBeVisible();
    await submitPassword(page, demoUser.username, demoUser.password);

    await expect(page).toHaveURL(/\/sessions\?q=carta$/);
    await expect(sessionFilter(page)).toHaveValue('carta');
    await expect(sessionCell(page, 'carta-m31')).toBeVisible();
    await expect(sessionCell(page, 'notebook1')).toHaveCount(0);
  });

  test('signing out returns to the sign-in form, and a reload stays signed out', async ({ page }) => {
    await page.goto('/');
    await submitPassword(page, demoUser.username, demoUser.password);
    await expectSeededSessions(page);

    await accountMenu(page).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(signInHeading(page)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible();
    expect((await readStorage(page)).session['science-portal.token']).toBeUndefined();

    await page.reload();
    await expect(signInHeading(page)).toBeVisible();
    await expect(sessionCell(page, 'notebook1')).toHaveCount(0);
  });
});
