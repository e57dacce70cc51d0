import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

export const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue to sign-in' });

/**
 * oidc-provider's development login page @imports a Google web font; the tests stay off the internet, and an
 * unreachable font would be logged as a console error that is not the portal's.
 */
export async function stubProviderFonts(context: BrowserContext): Promise<void> {
  await context.route('https://fonts.googleapis.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/css', body: '' }),
  );
}

/** The provider's development pages: any login, then a consent screen. */
export async function logInAtProvider(
  page: Page,
  oidcProviderUrl: string,
  username: string,
  password: string,
) {
  await expect(page).toHaveURL(new RegExp(`^${oidcProviderUrl.replace(/[.]/g, '\\.')}/interaction/`));
  await page.locator('input[name="login"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}

/** The access token oidc-client-ts keeps for this tab. */
export async function storedAccessToken(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (let index = 0; index < sessionStorage.length; index += 1) {
      const key = sessionStorage.key(index);
      if (key?.startsWith('oidc.user:')) {
        const user: unknown = JSON.parse(sessionStorage.getItem(key) ?? 'null');
        if (typeof user === 'object' && user !== null && 'access_token' in user)
          return String(user.access_token);
      }
    }
    return '';
  });
}
