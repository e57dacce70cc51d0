import { expect, test } from '../support/fixtures';
import { demoUser, submitPassword } from '../support/portal';

// An upload refused because the sign-in expired is not silently lost: the sign-in dialog opens, and once the
// same user is back the upload starts again on its own.
test('an upload refused by an expired sign-in asks to sign in, then uploads and verifies', async ({
  page,
  fakePlatform,
  consoleGuard,
}) => {
  // The upload and the folder reads around it are all refused until the user signs in again.
  consoleGuard.allow(/status of 401 .*\/arc\//, 'the revoked token is refused: this test');
  // Before sending it again, the portal checks the file is still not there: cavern's 404 means it is free.
  consoleGuard.allow(
    /status of 404 .*\/arc\/nodes\/home\/jdoe\/flux\.txt\?limit=0/,
    'the check before a write',
  );
  await page.goto('/storage/home/jdoe');
  await submitPassword(page, demoUser.username, demoUser.password);
  await expect(page.getByRole('grid').getByRole('row').filter({ hasText: 'm31_deep.fits' })).toBeVisible();

  await fakePlatform.revokeTokens();
  await page
    .locator('input[type=file]:not([webkitdirectory])')
    .first()
    .setInputFiles({ name: 'flux.txt', mimeType: 'text/plain', buffer: Buffer.from('flux\n'.repeat(500)) });

  const dialog = page.getByRole('dialog', { name: 'Your sign-in has expired' });
  await expect(dialog).toBeVisible();
  const panel = page.getByRole('region', { name: 'Uploads' });
  await expect(panel.getByText('flux.txt')).toBeVisible();

  await submitPassword(dialog, demoUser.username, demoUser.password);
  await expect(dialog).toBeHidden();
  await expect(panel.getByText('Uploaded, checksum verified')).toBeVisible();
  await expect(page.getByRole('grid').getByRole('row').filter({ hasText: 'flux.txt' })).toBeVisible();
});
