import { expect, test } from '../support/fixtures';

// The demo build: the fake platform lives in the page, and must survive a leave prompt answered with "stay".
test('staying after the leave prompt during an upload keeps the demo platform answering', async ({
  page,
}) => {
  await page.goto('/storage/home/jdoe?scenario=slow');
  const grid = page.getByRole('grid', { name: /^Contents of/ });
  await expect(grid.getByRole('row').filter({ hasText: 'm31_deep.fits' })).toBeVisible({ timeout: 20_000 });
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
  await (await prompt).dismiss();
  await expect(panel.getByText('Uploaded, checksum verified')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('link', { name: 'Sessions' }).click();
  await expect(page.getByRole('article', { name: /notebook1/ })).toBeVisible({ timeout: 20_000 });
});
