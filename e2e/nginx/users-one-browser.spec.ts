import type { Page, Request } from '@playwright/test';
import { accountMenu, demoUser, signInHeading, submitPassword } from '../support/portal';
import { expect as baseExpect, test } from './support/fixtures';

// Several people use one browser (a shared workstation, a workshop laptop): what one of them did must never
// show for, or run as, the next; and every tab of the portal agrees on who is signed in.

// Pages load their data over real HTTP through two proxies; on a busy machine that takes more than 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

const mei = { username: 'mchen', password: 'demo-mchen', displayName: 'Mei Chen' } as const;

const storedToken = (page: Page) => page.evaluate(() => sessionStorage.getItem('science-portal.token'));

async function signOut(page: Page, displayName: string) {
  await accountMenu(page, displayName).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
}

test('signing out in one tab signs out the tab opened from it, at once and without a reload', async ({
  page,
}) => {
  await page.goto('/sessions');
  await submitPassword(page, demoUser.username, demoUser.password);
  await expect(accountMenu(page)).toBeVisible();

  // A tab opened from this one starts with a copy of its sessionStorage, token included.
  const [other] = await Promise.all([
    page.context().waitForEvent('page'),
    page.evaluate(() => window.open('/storage', '_blank')),
  ]);
  await expect(accountMenu(other)).toBeVisible();
  expect(await storedToken(other)).toBeTruthy();
  // Gone after a reload: proof that the other tab was not reloaded.
  await other.evaluate(() => {
    document.documentElement.dataset.sameDocument = 'yes';
  });

  await signOut(page, demoUser.displayName);
  await expect(signInHeading(page)).toBeVisible();
  await expect(signInHeading(other)).toBeVisible();
  await expect(other.getByRole('textbox', { name: 'Username' })).toBeVisible();
  expect(await storedToken(other)).toBeNull();
  expect(await other.evaluate(() => document.documentElement.dataset.sameDocument)).toBe('yes');
});

test('the next user of the browser sees nothing of the previous one’s, and nothing runs as them', async ({
  page,
}) => {
  test.slow();
  const aToken = 'API_TOKEN value of Jane: tok-2c4e6a8b';
  // 1. Jane launches a job with environment values and fixed resources.
  await page.goto(
    '/sessions/launch?type=headless&image=images.canfar.net%2Fskaha%2Fterminal%3A1.1.2&name=janes-job&cmd=reduce-night&resources=fixed&cores=4&env=FIELD%3Dcosmos',
  );
  await submitPassword(page, demoUser.username, demoUser.password);
  await page.getByRole('button', { name: 'Add a variable' }).click();
  await page.getByRole('textbox', { name: 'Variable 2' }).fill('API_TOKEN');
  await page.getByLabel('Value 2', { exact: true }).fill(aToken);
  await expect(page).toHaveURL(/env=API_TOKEN(&|$)/);
  expect(decodeURIComponent(page.url())).not.toContain(aToken);
  await page.getByRole('button', { name: 'Launch' }).click();
  await expect(page).toHaveURL(/\/sessions$/);

  // 2. Jane starts an upload that the network holds up, as a large file on a slow link is.
  const uploads: Request[] = [];
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/files/home/jdoe/held-back.csv', async (route) => {
    uploads.push(route.request());
    await released;
    // Aborted meanwhile: the browser has dropped it, so there is nothing to continue.
    await route.continue().catch(() => undefined);
  });
  const aborted = page.waitForEvent('requestfailed', (request) => request.url().endsWith('/held-back.csv'));
  await page.getByRole('link', { name: 'Storage', exact: true }).click();
  await page
    .locator('input[type=file]:not([webkitdirectory])')
    .first()
    .setInputFiles({
      name: 'held-back.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('ra,dec\n'.repeat(1000)),
    });
  await expect.poll(() => uploads.length).toBe(1);
  const janeToken = await storedToken(page);
  expect(uploads[0]?.headers().authorization).toBe(`Bearer ${janeToken ?? ''}`);
  await expect(page.getByText('held-back.csv')).not.toHaveCount(0);

  // 3. Jane signs out, after being told it stops her upload; Mei signs in in the same browser.
  await signOut(page, demoUser.displayName);
  const confirm = page.getByRole('dialog', { name: 'Sign out?' });
  await expect(confirm).toContainText('1 upload is still running. Signing out stops it.');
  await confirm.getByRole('button', { name: 'Stop and sign out' }).click();
  await expect(signInHeading(page)).toBeVisible();
  // The upload was stopped on the wire, not left to finish.
  await aborted;
  release();
  await submitPassword(page, mei.username, mei.password);
  await expect(accountMenu(page, mei.displayName)).toBeVisible();

  // Mei's storage: no trace of Jane's upload.
  await page.goto('/storage');
  await expect(page.getByRole('heading', { level: 1, name: 'Storage' })).toBeVisible();
  await expect(page.getByText('held-back.csv')).toHaveCount(0);
  await expect(page.getByText('/home/jdoe')).toHaveCount(0);

  // Mei's launch form: nothing of Jane's remembered launch.
  await page.goto('/sessions/launch?type=headless');
  await expect(page.getByRole('radio', { name: 'Headless' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Command' })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Variable 1' })).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Flexible' })).toBeChecked();

  // Nothing Jane typed is kept in the browser, and her upload never went out again (under any token).
  const everything = await page.evaluate(() =>
    JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]),
  );
  for (const value of ['cosmos', 'tok-2c4e6a8b']) expect(everything).not.toContain(value);
  expect(uploads).toHaveLength(1);
});
