import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { continueButton, logInAtProvider, storedAccessToken, stubProviderFonts } from '../support/oidc';
import { callsOnTheirWay, demoUser, expectSeededSessions, signInHeading } from '../support/portal';

// The provider's access tokens live an hour; oidc-client-ts renews a minute before they expire.
const JUST_BEFORE_EXPIRY = '59:30';

/** Signed in at the real provider on a page whose clock the test drives: the provider, the first access token. */
async function signInOnClock(page: Page, context: BrowserContext, oidcProviderUrl: string | undefined) {
  if (!oidcProviderUrl) throw new Error('oidcProviderUrl is not configured for this project');
  await stubProviderFonts(context);
  await page.clock.install();
  await page.goto('/sessions');
  await continueButton(page).click();
  await logInAtProvider(page, oidcProviderUrl, demoUser.username, demoUser.password);
  await expectSeededSessions(page);
  return { providerUrl: oidcProviderUrl, first: await storedAccessToken(page) };
}

/** The next refresh-token grant sent to the provider. */
const refreshGrant = (page: Page, oidcProviderUrl: string) =>
  page.waitForRequest(
    (request) =>
      request.url().startsWith(`${oidcProviderUrl}/token`) &&
      (request.postData() ?? '').includes('grant_type=refresh_token'),
  );

test('the access token is renewed silently before it expires, without interrupting the user', async ({
  page,
  context,
  oidcProviderUrl,
}) => {
  const { providerUrl, first } = await signInOnClock(page, context, oidcProviderUrl);
  expect(first).not.toBe('');

  const refresh = refreshGrant(page, providerUrl);
  const authorizations: string[] = [];
  // The platform calls on their way: a jump of the page's clock past the client's 30 s timeout fails any call
  // it finds on its way, as a laptop's sleep does, and a failed poll waits two minutes before the next.
  const { settled } = callsOnTheirWay(page, (url) => url.includes('/skaha/v1/'));
  page.on('request', (request) => {
    if (request.url().includes('/skaha/v1/session'))
      authorizations.push(request.headers().authorization ?? '');
  });

  await page.clock.fastForward(JUST_BEFORE_EXPIRY);
  await refresh;
  await expect.poll(() => storedAccessToken(page)).not.toBe(first);
  const renewed = await storedAccessToken(page);

  // The platform calls after it (the next poll, or the refresh when the tab is shown again) carry the new
  // token, and the user was never asked to sign in again. The list may have just been read at the jump, with
  // the old token; the next poll comes within a minute.
  await settled();
  await page.clock.fastForward('01:05');
  await settled();
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  await expect.poll(() => authorizations).toContain(`Bearer ${renewed}`);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectSeededSessions(page);
});

test('a tab reloaded after its access token ran out renews it with the refresh token, at the same address', async ({
  page,
  context,
  oidcProviderUrl,
}) => {
  const { providerUrl, first } = await signInOnClock(page, context, oidcProviderUrl);
  await page.goto('/images/skaha?page=2&size=10');
  const heading = page.getByRole('heading', { level: 1, name: 'skaha' });
  await expect(heading).toBeVisible();

  // The laptop slept through the token's hour: no timer ran, and the tab is reloaded on waking.
  await page.clock.setSystemTime(Date.now() + 2 * 60 * 60 * 1000);
  const refresh = refreshGrant(page, providerUrl);
  await page.reload();
  await refresh;
  await expect(page).toHaveURL(/\/images\/skaha\?page=2&size=10$/);
  await expect(heading).toBeVisible();
  await expect(page.getByText('11–12 of 12')).toBeVisible();
  await expect(signInHeading(page)).toHaveCount(0);
  await expect.poll(() => storedAccessToken(page)).not.toBe(first);
});
