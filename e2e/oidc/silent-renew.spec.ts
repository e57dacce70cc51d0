import { expect, test } from '../support/fixtures';
import { continueButton, logInAtProvider, storedAccessToken, stubProviderFonts } from '../support/oidc';
import { demoUser, expectSeededSessions } from '../support/portal';

// The provider's access tokens live an hour; oidc-client-ts renews a minute before they expire.
const JUST_BEFORE_EXPIRY = '59:30';

test('the access token is renewed silently before it expires, without interrupting the user', async ({
  page,
  context,
  oidcProviderUrl,
}) => {
  if (!oidcProviderUrl) throw new Error('oidcProviderUrl is not configured for this project');
  await stubProviderFonts(context);
  await page.clock.install();
  await page.goto('/sessions');
  await continueButton(page).click();
  await logInAtProvider(page, oidcProviderUrl, demoUser.username, demoUser.password);
  await expectSeededSessions(page);
  const first = await storedAccessToken(page);
  expect(first).not.toBe('');

  const refresh = page.waitForRequest(
    (request) =>
      request.url().startsWith(`${oidcProviderUrl}/token`) &&
      (request.postData() ?? '').includes('grant_type=refresh_token'),
  );
  await page.clock.fastForward(JUST_BEFORE_EXPIRY);
  await refresh;
  await expect.poll(() => storedAccessToken(page)).not.toBe(first);
  const renewed = await storedAccessToken(page);

  // The next platform call carries the new token, and the user was never asked to sign in again.
  const nextCall = page.waitForRequest((request) => request.url().includes('/skaha/v1/session'));
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  expect((await nextCall).headers().authorization).toBe(`Bearer ${renewed}`);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectSeededSessions(page);
});
