import { expect, expectNoA11yViolations, readStorage, test } from '../support/fixtures';
import {
  accountMenu,
  demoUser,
  expectSeededSessions,
  sessionCell,
  sessionFilter,
  signInHeading,
} from '../support/portal';
import { continueButton, logInAtProvider, stubProviderFonts } from '../support/oidc';

test.beforeEach(async ({ context }) => {
  await stubProviderFonts(context);
});

test.describe('OIDC sign-in', () => {
  test('the signed-out portal offers the identity provider', async ({ page }) => {
    await page.goto('/');
    await expect(signInHeading(page)).toBeVisible();
    await expect(continueButton(page)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Username' })).toHaveCount(0);
    await expectNoA11yViolations(page);
  });

  test('signing in at the provider comes back to the sessions, token in this tab only', async ({
    page,
    oidcProviderUrl,
  }) => {
    if (!oidcProviderUrl) throw new Error('oidcProviderUrl is not configured for this project');
    await page.goto('/');
    await continueButton(page).click();
    await logInAtProvider(page, oidcProviderUrl, demoUser.username, demoUser.password);

    await expect(page).toHaveURL(/\/sessions$/);
    await expectSeededSessions(page);
    await expect(accountMenu(page)).toBeVisible();

    const { local, session } = await readStorage(page);
    const stored = Object.entries(session).find(([key]) => key.startsWith('oidc.user:'));
    expect(stored, 'the OIDC user (with its tokens) is in sessionStorage').toBeDefined();
    const user: unknown = JSON.parse(stored?.[1] ?? 'null');
    const accessToken =
      typeof user === 'object' && user !== null && 'access_token' in user ? String(user.access_token) : '';
    expect(accessToken).not.toBe('');
    expect(Object.keys(local).filter((key) => /token|oidc|auth/i.test(key))).toEqual([]);
    for (const value of Object.values(local)) expect(value).not.toContain(accessToken);

    await expectNoA11yViolations(page);
  });

  test('a deep link comes back to the same page after the provider', async ({ page, oidcProviderUrl }) => {
    if (!oidcProviderUrl) throw new Error('oidcProviderUrl is not configured for this project');
    await page.goto('/sessions?q=carta');
    await expect(signInHeading(page)).toBeVisible();
    await continueButton(page).click();
    await logInAtProvider(page, oidcProviderUrl, demoUser.username, demoUser.password);

    await expect(page).toHaveURL(/\/sessions\?q=carta$/);
    await expect(sessionFilter(page)).toHaveValue('carta');
    await expect(sessionCell(page, 'carta-m31')).toBeVisible();
    await expect(sessionCell(page, 'notebook1')).toHaveCount(0);
  });
});
