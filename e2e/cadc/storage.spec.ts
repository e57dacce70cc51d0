import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { expect, test } from '../support/fixtures';
import { signedInToStorage, storageRow } from '../support/portal';

// Over real HTTP: the production build behind `vite preview`'s proxy, in front of the fake platform's server.

test.describe('storage over HTTP', () => {
  test('uploads a file with the token and a verified checksum, never putting the token in a URL', async ({
    page,
  }) => {
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await signedInToStorage(page, '/storage/home/jdoe');
    const bytes = Buffer.from('ra,dec\n10.68,41.27\n'.repeat(5000));
    await page
      .locator('input[type=file]:not([webkitdirectory])')
      .first()
      .setInputFiles({ name: 'targets.csv', mimeType: 'text/csv', buffer: bytes });
    await expect(page.getByText('Uploaded, checksum verified')).toBeVisible();
    await storageRow(page, 'targets.csv').click();
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(
      page.getByRole('dialog').getByRole('row').filter({ hasText: '10.68' }).first(),
    ).toBeVisible();
    await expect(page.getByRole('dialog')).toContainText(createHash('md5').update(bytes).digest('hex'));
    const token = await page.evaluate(() => sessionStorage.getItem('science-portal.token'));
    expect(token).toBeTruthy();
    expect(urls.filter((url) => token && url.includes(token))).toEqual([]);
  });

  test('downloads a file through a pre-authorised URL', async ({ page }) => {
    await signedInToStorage(page, '/storage/home/jdoe');
    await storageRow(page, 'notes.txt').click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('notes.txt');
    const path = await file.path();
    expect(readFileSync(path, 'utf8')).toContain('notes.txt: observing notes');
  });
});
