import { expect, expectNoA11yViolationsLightAndDark, setLanguage, test } from '../support/fixtures';
import { inject } from './inject';
import { surfaces } from './surfaces';
import { signInWithToken } from './support';

// How a failure reads, beside the matrix (which runs in English): offline against an unreachable service,
// in French, and the failure states checked by axe in light and dark.

test('offline and unreachable are told apart, in French', async ({
  page,
  context,
  fakePlatformUrl,
  consoleGuard,
}) => {
  consoleGuard.allow(/net::ERR_(CONNECTION_REFUSED|INTERNET_DISCONNECTED)/, 'the injected faults');
  await setLanguage(page, 'fr');
  await signInWithToken(page, fakePlatformUrl);
  await page.goto('/images');
  await expect(page.getByRole('table').getByRole('link', { name: 'skaha' })).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Rechercher des projets et des dépôts' });

  // The network is there but the registry is not: "could not be reached", not "offline".
  await page.route(
    (url) => url.pathname === '/harbor/api/v2.0/search',
    (route) => route.abort('connectionrefused'),
  );
  await page.clock.install();
  await search.fill('carta');
  const alert = page.getByRole('alert').filter({ hasText: 'Registre d’images' });
  await expect(async () => {
    await page.clock.fastForward(1_000);
    await expect(alert).toContainText('Le registre d’images est injoignable. Vérifiez votre connexion.', {
      timeout: 500,
    });
  }).toPass({ timeout: 15_000 });
  await page.unrouteAll({ behavior: 'ignoreErrors' });

  const offline = await inject(page, context, 'offline', surfaces.harbor.target('500'));
  await search.fill('astro');
  await expect(async () => {
    await page.clock.fastForward(1_000);
    await expect(alert).toContainText(
      'Vous semblez hors ligne. Le registre d’images est injoignable ; réessayez une fois la connexion rétablie.',
      { timeout: 500 },
    );
  }).toPass({ timeout: 15_000 });
  await expect(alert.getByRole('button', { name: 'Réessayer' })).toBeVisible();
  await expect(search).toHaveValue('astro');
  await offline.clear();
});

test('failure states are accessible, light and dark', async ({
  page,
  context,
  fakePlatformUrl,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 503|net::ERR_INTERNET_DISCONNECTED/, 'the injected faults');
  await signInWithToken(page, fakePlatformUrl);
  const launch = surfaces.skaha;
  await page.goto(launch.url);
  await launch.ready(page);
  await launch.input(page);
  const failing = await inject(page, context, '503', launch.target('503'));
  await launch.act(page);
  await expect(launch.message(page)).toContainText('Sessions service is unavailable for the moment (503)');
  await expectNoA11yViolationsLightAndDark(page);
  await failing.clear();

  const storage = surfaces.storage;
  await page.goto(storage.url);
  await storage.ready(page);
  // a failed upload's row, then an upload waiting for the network
  const refusing = await inject(page, context, '503', storage.target('503'));
  await storage.act(page);
  await expect(storage.message(page)).toContainText('Storage service is unavailable for the moment (503)');
  await expectNoA11yViolationsLightAndDark(page);
  await refusing.clear();
  await storage.retry(page).click();
  await storage.expectDone(page);
  const offline = await inject(page, context, 'offline', storage.target('500'));
  await page
    .locator('input[type=file]:not([webkitdirectory])')
    .first()
    .setInputFiles({ name: 'offline-check.txt', mimeType: 'text/plain', buffer: Buffer.from('flux\n') });
  const uploads = page.getByRole('region', { name: 'Uploads' });
  await expect(uploads.getByRole('listitem').filter({ hasText: 'offline-check.txt' })).toContainText(
    'Waiting',
  );
  await expect(uploads.getByRole('status')).toContainText('The browser has no network connection');
  await expectNoA11yViolationsLightAndDark(page);
  await offline.clear();
});
