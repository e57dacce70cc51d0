import { expect, test } from '../support/fixtures';
import { demoUser, submitPassword } from '../support/portal';

// Closing or reloading the tab while an upload runs asks first (the browser words the question itself), over real
// HTTP as a deployment runs it.
test('leaving the page during an upload asks first; after it, it does not', async ({
  page,
  fakePlatform,
}) => {
  // slow: every answer takes about 1.5 s, so the upload is still running when the tab closes
  await fakePlatform.reset('slow');
  await page.goto('/storage/home/jdoe');
  await submitPassword(page, demoUser.username, demoUser.password);
  const grid = page.getByRole('grid', { name: /^Contents of/ });
  await expect(grid.getByRole('row').filter({ hasText: 'm31_deep.fits' })).toBeVisible({ timeout: 20_000 });
  // Chromium shows a leave prompt only to a page the user has interacted with.
  await grid.getByRole('row').filter({ hasText: 'notes.txt' }).click();

  await page
    .locator('input[type=file]:not([webkitdirectory])')
    .first()
    .setInputFiles({
      name: 'spectrum.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('flux\n'.repeat(100)),
    });
  const panel = page.getByRole('region', { name: 'Uploads' });
  await expect(panel.getByText('spectrum.txt')).toBeVisible({ timeout: 10_000 });

  const prompt = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await prompt;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss(); // stay
  await expect(panel.getByText('Uploaded, checksum verified')).toBeVisible({ timeout: 20_000 });

  // Nothing running any more: the tab closes without a question.
  let asked = false;
  page.on('dialog', (late) => {
    asked = true;
    void late.accept();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toBe(false);
});
