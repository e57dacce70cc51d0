import type { Page } from '@playwright/test';
import { expect, readStorage, test } from '../support/fixtures';
import { accountMenu, demoUser, expectSeededSessions, signInHeading } from '../support/portal';
import { continueButton, logInAtProvider, stubProviderFonts } from '../support/oidc';

test.beforeEach(async ({ context }) => {
  await stubProviderFonts(context);
});

/** The refresh token oidc-client-ts keeps for this tab. */
async function storedRefreshToken(page: Page): Promise<string> {
  const { session } = await readStorage(page);
  const stored = Object.entries(session).find(([key]) => key.startsWith('oidc.user:'));
  const user: unknown = JSON.parse(stored?.[1] ?? 'null');
  return typeof user === 'object' && user !== null && 'refresh_token' in user
    ? String(user.refresh_token)
    : '';
}

test('signing out ends the provider’s session and revokes the refresh token', async ({
  page,
  playwright,
  oidcProviderUrl,
}) => {
  if (!oidcProviderUrl) throw new Error('oidcProviderUrl is not configured for this project');
  await page.goto('/');
  await continueButton(page).click();
  await logInAtProvider(page, oidcProviderUrl, demoUser.username, demoUser.password);
  await expectSeededSessions(page);
  const refreshToken = await storedRefreshToken(page);
  expect(refreshToken, 'the provider issued a refresh token').not.toBe('');

  const endSession = page.waitForRequest((request) =>
    request.url().startsWith(`${oidcProviderUrl}/session/end`),
  );
  await accountMenu(page).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  // No token in the address, which the browser keeps in its history: the client's id instead.
  const ended = new URL((await endSession).url());
  expect(ended.searchParams.has('id_token_hint')).toBe(false);
  expect(ended.searchParams.get('client_id')).toBe('science-portal');
  // The provider's own page ends its session, then sends the user back to the portal.
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  await expect(signInHeading(page)).toBeVisible();
  const { session } = await readStorage(page);
  expect(Object.keys(session).filter((key) => key.startsWith('oidc.user:'))).toEqual([]);

  // The refresh token no longer buys an access token.
  const provider = await playwright.request.newContext({ baseURL: oidcProviderUrl });
  const refreshed = await provider.post('/token', {
    form: { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: 'science-portal' },
  });
  expect(refreshed.status()).toBe(400);
  expect(await refreshed.json()).toMatchObject({ error: 'invalid_grant' });
  await provider.dispose();

  // Signing in again asks for the password: the provider's session has ended.
  await continueButton(page).click();
  await expect(page).toHaveURL(new RegExp(`^${oidcProviderUrl.replace(/[.]/g, '\\.')}/interaction/`));
  await expect(page.locator('input[name="login"]')).toBeVisible();
  await page.reload();
  await expect(page.locator('input[name="login"]')).toBeVisible();
});
