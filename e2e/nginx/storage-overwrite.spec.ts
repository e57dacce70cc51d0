import type { Page, Request, Route } from '@playwright/test';
import { demoUser, submitPassword } from '../support/portal';
import { expect as baseExpect, test } from './support/fixtures';

// Uploads behind real nginx may never replace a file the user was not asked about: not while the folder's
// listing is slow, not when it failed, and not when one upload batch (or two in a row) writes a name twice.

const expect = baseExpect.configure({ timeout: 15_000 });

/** The listing of the home folder (the quota bar reads the same node with `limit=0`, which is not a listing). */
const isHomeListing = (url: URL) =>
  url.pathname.endsWith('/nodes/home/jdoe') && !url.searchParams.has('limit');

const uploadInput = (page: Page) => page.locator('input[type=file]:not([webkitdirectory])').first();
const text = (name: string, body: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(body) });

/** The PUTs of file content the page sends, to show that none went out. */
function filePuts(page: Page): string[] {
  const puts: string[] = [];
  page.on('request', (request: Request) => {
    if (request.method() === 'PUT' && new URL(request.url()).pathname.includes('/files/'))
      puts.push(request.url());
  });
  return puts;
}

/** A gate a routed request waits at until the test opens it. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<undefined>((resolve) => {
    open = () => {
      resolve(undefined);
    };
  });
  return {
    opened,
    open: () => {
      open();
    },
  };
}

test('storage: a slow or failing listing cannot lead to an overwrite', async ({ page, consoleGuard }) => {
  consoleGuard.allow(/status of 503/, 'the listing fails on purpose');
  const puts = filePuts(page);
  const listing = gate();
  await page.route(isHomeListing, async (route: Route) => {
    await listing.opened;
    await route.continue();
  });
  await page.goto('/storage/home/jdoe');
  await submitPassword(page, demoUser.username, demoUser.password);

  // While the listing is on its way nothing can be uploaded: what a file would replace is not known yet.
  await expect(page.getByRole('status', { name: 'Loading the folder…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Upload files' })).toBeDisabled();
  listing.open();
  await expect(page.getByRole('grid').getByText('notes.txt', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Upload files' })).toBeEnabled();

  // The listing fails: uploading a name that exists asks first, from cavern's own answer about it.
  await page.unroute(isHomeListing);
  await page.route(isHomeListing, (route: Route) =>
    route.fulfill({ status: 503, contentType: 'text/plain', body: 'ServiceBusy: try later\n' }),
  );
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'ServiceBusy: try later' })).toBeVisible();
  await uploadInput(page).setInputFiles(text('notes.txt', 'not the notes'));
  const dialog = page.getByRole('dialog', { name: 'Replace existing files?' });
  await expect(dialog).toContainText('/home/jdoe/notes.txt');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(puts).toEqual([]);
});

test('storage: one destination written twice, in one batch or by two in a row, is refused before sending', async ({
  page,
}) => {
  const puts = filePuts(page);
  await page.goto('/storage/home/jdoe');
  await submitPassword(page, demoUser.username, demoUser.password);
  await expect(page.getByRole('grid').getByText('notes.txt', { exact: true })).toBeVisible();

  await uploadInput(page).setInputFiles([text('twice.txt', 'one'), text('twice.txt', 'two')]);
  const refusal = page.getByRole('alert').filter({ hasText: 'Nothing was uploaded' });
  await expect(refusal).toContainText('/home/jdoe/twice.txt');
  expect(puts).toEqual([]);

  // A first upload is held on its way; a second batch with the same name is refused while it runs.
  const upload = gate();
  await page.route('**/files/home/jdoe/first.txt', async (route: Route) => {
    await upload.opened;
    await route.continue();
  });
  await uploadInput(page).setInputFiles(text('first.txt', 'first'));
  const panel = page.getByRole('region', { name: 'Uploads' });
  await expect(panel).toContainText('first.txt');
  await uploadInput(page).setInputFiles(text('first.txt', 'second'));
  await expect(refusal).toContainText('/home/jdoe/first.txt');
  upload.open();
  await expect(panel.getByText('Uploaded, checksum verified')).toBeVisible();
  expect(puts).toHaveLength(1);
});
