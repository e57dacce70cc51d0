import { expect, test } from '../support/fixtures';
import { demoUser } from '../support/portal';
import { continueButton, logInAtProvider, stubProviderFonts } from '../support/oidc';

test.beforeEach(async ({ context }) => {
  await stubProviderFonts(context);
});

// An OIDC deployment: Harbor takes the provider's ID token, so a member sees the private projects she belongs to.
test('signed in through the provider, Harbor is browsed with the ID token and shows private projects', async ({
  page,
  oidcProviderUrl,
}) => {
  if (!oidcProviderUrl) throw new Error('oidcProviderUrl is not configured for this project');
  const authorizations: (string | undefined)[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/harbor/'))
      authorizations.push(request.headers().authorization);
  });
  await page.goto('/images');
  await continueButton(page).click();
  await logInAtProvider(page, oidcProviderUrl, demoUser.username, demoUser.password);

  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
  await expect(page.getByText(/You are browsing the registry anonymously/)).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('100');
  await expect(page.getByRole('table').getByRole('link', { name: 'survey-team' })).toBeVisible();

  const idToken = await page.evaluate(() => {
    for (let index = 0; index < sessionStorage.length; index += 1) {
      const key = sessionStorage.key(index);
      if (key?.startsWith('oidc.user:')) {
        const user: unknown = JSON.parse(sessionStorage.getItem(key) ?? 'null');
        if (typeof user === 'object' && user !== null && 'id_token' in user) return String(user.id_token);
      }
    }
    return '';
  });
  expect(idToken).not.toBe('');
  expect(authorizations.length).toBeGreaterThan(0);
  expect(authorizations.every((value) => value === `Bearer ${idToken}`)).toBe(true);

  await page.getByRole('table').getByRole('link', { name: 'survey-team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'survey-team' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
