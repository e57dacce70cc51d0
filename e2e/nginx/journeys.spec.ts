import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from '../support/fixtures';
import { demoUser, sessionCell, submitPassword } from '../support/portal';
import { expect as baseExpect, test } from './support/fixtures';

// The main journeys on the production build served by nginx with its strict CSP (a cadc deployment in front
// of the fake platform). Every test fails on any CSP violation its pages report (support/fixtures.ts).

// Each page here loads its data over real HTTP through two proxies; on a busy machine that takes longer than
// an assertion's default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

async function signedInAt(page: Page, path: string) {
  await page.goto(path);
  await submitPassword(page, demoUser.username, demoUser.password);
}

const row = (page: Page, name: string) => page.getByRole('grid').getByRole('row').filter({ hasText: name });

test('the policy is enforced and watched: an unmarked <style> is reported, Mantine’s are not', async ({
  page,
  cspViolations,
  consoleGuard,
}) => {
  consoleGuard.allow(/Content Security Policy/, 'a style inserted without the nonce, on purpose');
  await page.goto('/sessions');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to the Science Portal' })).toBeVisible();
  // Mantine's own <style> elements (CSS variables, responsive props) are in and applied…
  expect(await page.locator('style[data-mantine-styles]').count()).toBeGreaterThan(0);
  const dimmed = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--mantine-color-dimmed').trim(),
  );
  // …including the portal's own variables (app/theme.ts: gray 7 for contrast), which only that element sets.
  expect(dimmed).toBe('#495057');
  expect(cspViolations.take()).toEqual([]);

  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red; }';
    document.head.append(style);
  });
  await expect.poll(() => cspViolations.take().join('\n')).toContain('style-src');
});

test('sign in, sessions, launch a notebook, its events; then French and dark from the header', async ({
  page,
  fakePlatform,
}) => {
  test.slow();
  // the page's own clock, moved on below so the portal's next poll of the list comes at once
  await page.clock.install();
  await signedInAt(page, '/sessions');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();

  await sessionCell(page, 'notebook1').getByRole('button', { name: 'Events and logs notebook1' }).click();
  const details = page.getByRole('dialog', { name: 'Events and logs of notebook1' });
  await expect(details).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();

  const image = 'images.canfar.net/skaha/astroml-notebook:26.03';
  await page.goto(
    `/sessions/launch?${new URLSearchParams({ type: 'notebook', image, name: 'behind-nginx' })}`,
  );
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  const tile = sessionCell(page, 'behind-nginx');
  await expect(tile).toContainText('Pending');
  await fakePlatform.advanceClock(5_000);
  await page.clock.fastForward(3_000);
  await expect(tile).toContainText('Running');

  // The colour-scheme switch inserts a <style> for the switch itself: it must carry the nonce too.
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('textbox', { name: 'Filtrer les sessions' })).toBeVisible();
  await page.getByRole('button', { name: /Thème de couleurs/ }).click();
  await page.getByRole('menuitem', { name: 'Sombre' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(sessionCell(page, 'behind-nginx')).toContainText('En cours');
  await expectNoA11yViolations(page);
});

test('images: browse the registry and open an artifact', async ({ page }) => {
  await signedInAt(page, '/images');
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('link', { name: 'skaha' })).toBeVisible();
  await page.goto('/images/skaha/carta/-/5.1.0');
  await expect(page.getByRole('link', { name: 'Launch as CARTA' })).toBeVisible();
  await expect(page.getByText('docker pull images.canfar.net/skaha/carta:5.1.0')).toBeVisible();
});

test('storage: upload with a verified checksum, previews, rename by job, download', async ({ page }) => {
  test.slow();
  await signedInAt(page, '/storage/home/jdoe');
  await expect(row(page, 'm31_deep.fits')).toBeVisible();

  // The checksum is computed by WebAssembly in a worker: both must be allowed.
  const bytes = Buffer.from('ra,dec\n10.68,41.27\n'.repeat(5000));
  await page
    .locator('input[type=file]:not([webkitdirectory])')
    .first()
    .setInputFiles({ name: 'targets.csv', mimeType: 'text/csv', buffer: bytes });
  await expect(page.getByText('Uploaded, checksum verified')).toBeVisible();
  await row(page, 'targets.csv').click();
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('dialog')).toContainText(createHash('md5').update(bytes).digest('hex'));
  await page.keyboard.press('Escape');

  await row(page, 'm31_deep.fits').dblclick();
  await expect(page.getByRole('dialog').getByRole('table', { name: 'FITS primary header' })).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('row').filter({ hasText: 'OBJECT' })).toContainText(
    'M31_DEEP',
  );
  await page.keyboard.press('Escape');

  // An image preview is a blob: URL.
  await row(page, 'thumbnail.png').dblclick();
  const picture = page.getByRole('dialog').getByRole('img', { name: 'Image thumbnail.png' });
  await expect(picture).toBeVisible();
  await expect
    .poll(() => picture.evaluate((element: HTMLImageElement) => element.naturalWidth))
    .toBeGreaterThan(0);
  await page.keyboard.press('Escape');

  // Rename is a cavern job: its 303 names cavern's host and reaches the page through nginx's rewrite.
  await row(page, 'notes.txt').click();
  await page.getByRole('button', { name: 'Rename' }).click();
  const name = page.getByRole('dialog').getByRole('textbox', { name: 'New name' });
  await name.fill('observing-notes.txt');
  await name.press('Enter');
  await expect(page.getByText('Renamed to observing-notes.txt.')).toBeVisible();

  await row(page, 'observing-notes.txt').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('observing-notes.txt');
  expect(readFileSync(await file.path(), 'utf8')).toContain('notes.txt: observing notes');
});

test('usage: my figures of the last day', async ({ page }) => {
  await signedInAt(page, '/usage?window=day');
  await expect(page.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Top sessions', exact: true }).getByRole('row', { name: /h5c0tt9j/ }),
  ).toBeVisible();
});

test('a signed-in start at the dashboard asks for the session list and its strings before whoami answers', async ({
  page,
}) => {
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<
    string,
    { file: string }
  >;
  const french = ['src/i18n/fr.ts', 'src/i18n/fr/sessions.ts'].map((source) => {
    const file = manifest[source]?.file;
    if (!file) throw new Error(`${source} is not in the build's manifest`);
    return `/${file}`;
  });
  await signedInAt(page, '/');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('textbox', { name: 'Filtrer les sessions' })).toBeVisible();

  // The order the browser saw, on a reload of the home page in French with the tab's token.
  const seen: string[] = [];
  page.on('request', (request) => seen.push(`asked ${new URL(request.url()).pathname}`));
  page.on('response', (response) => seen.push(`answered ${new URL(response.url()).pathname}`));
  await page.goto('/');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await expect(page).toHaveURL(/\/sessions$/);
  // whoami answers with a redirect to the user ({ac}/users/jdoe), as ac does: its answer is that user's
  const redirected = seen.indexOf('answered /ac/whoami');
  const whoamiAnswered = seen.findIndex((event) => event.startsWith('answered /ac/users/'));
  expect(redirected).toBeGreaterThan(0);
  expect(whoamiAnswered).toBeGreaterThan(redirected);
  for (const path of ['/skaha/v1/session', ...french]) {
    const asked = seen.indexOf(`asked ${path}`);
    expect(asked, `${path} in ${seen.join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(asked, `${path} asked before whoami answered: ${seen.join(', ')}`).toBeLessThan(whoamiAnswered);
  }
});
