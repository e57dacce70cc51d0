import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  expect,
  expectNoA11yViolations,
  expectNoA11yViolationsLightAndDark,
  setLanguage,
  test,
} from '../support/fixtures';
import { failedLoad, sessionCell } from '../support/portal';

// What a canfar.net user meets with skaha's 2026 behaviours (platform-api §10.2), on the demo build.

// Several pages and axe runs per test, on a shared machine.
test.slow();

const baseConfig: unknown = JSON.parse(readFileSync('dev/config.mock.json', 'utf8'));
const REQUEST_ACCESS = 'https://www.canfar.net/en/docs/access/';

/** The demo config plus where to request access, served in place of config.json. */
async function withRequestAccessLink(page: Page) {
  await page
    .context()
    .route('**/config.json', (route) =>
      route.fulfill({ json: { ...(baseConfig as object), links: { requestAccess: REQUEST_ACCESS } } }),
    );
}

const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });

test('an account skaha refuses sees one explanation and where to ask, and the rest still works', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(failedLoad(403, '/skaha/'), 'the no-access scenario refuses every skaha call');
  await withRequestAccessLink(page);
  await page.goto('/sessions?scenario=no-access');
  const notice = page.getByRole('region', { name: 'Your account cannot use sessions' });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await expect(notice).toContainText('Not authorized to use the skaha system');
  await expect(notice.getByRole('link', { name: 'Request access' })).toHaveAttribute('href', REQUEST_ACCESS);
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Platform load' })).toHaveCount(0);
  await expectNoA11yViolationsLightAndDark(page);

  await page.goto('/sessions/launch?type=notebook');
  await expect(page.getByRole('heading', { level: 1, name: 'Launch a session' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your account cannot use sessions' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Launch a session' })).toHaveCount(0);

  // storage, images and usage do not go through skaha
  await mainNavigation(page).getByRole('link', { name: 'Storage' }).click();
  await expect(page.getByRole('grid', { name: /^Contents of/ })).toBeVisible();
  await mainNavigation(page).getByRole('link', { name: 'Images' }).click();
  await expect(page.getByRole('table').getByRole('link', { name: 'skaha' })).toBeVisible();
  await mainNavigation(page).getByRole('link', { name: 'Usage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Top sessions', exact: true })).toBeVisible();
});

test('the refusal reads in French, and asks support when no address is configured', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(failedLoad(403, '/skaha/'), 'the no-access scenario refuses every skaha call');
  await setLanguage(page, 'fr');
  await page.goto('/sessions?scenario=no-access');
  const notice = page.getByRole('region', { name: 'Votre compte ne peut pas utiliser les sessions' });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await expect(notice).toContainText('Not authorized to use the skaha system');
  await expect(notice).toContainText(
    'Demandez à l’équipe de soutien de la plateforme de donner à votre compte l’accès aux sessions.',
  );
  await expect(notice.getByRole('link')).toHaveCount(0);
});

test('a queued session says it waits in the queue; its details say events and logs come once it starts', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(failedLoad(404, '/skaha/v1/session/q2u8e5dx'), 'a queued session has no pod yet');
  await page.goto('/sessions?scenario=queued');
  const tile = sessionCell(page, 'queued-notebook');
  await expect(tile).toContainText('Pending', { timeout: 15_000 });
  await expect(tile).toContainText('Waiting in the platform’s queue for room to start.');
  await expect(tile.getByRole('alert')).toHaveCount(0);
  await tile.getByRole('button', { name: 'Events and logs queued-notebook' }).click();
  const dialog = page.getByRole('dialog', { name: 'Events and logs of queued-notebook' });
  const later = 'This session is waiting in the platform’s queue: its events and logs appear once it starts.';
  await expect(dialog.getByRole('tabpanel', { name: 'Events' })).toHaveText(later);
  await dialog.getByRole('tab', { name: 'Logs' }).click();
  await expect(dialog.getByRole('tabpanel', { name: 'Logs' })).toHaveText(later);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
});

test('a queued session in French', async ({ page, consoleGuard }) => {
  consoleGuard.allow(failedLoad(404, '/skaha/v1/session/q2u8e5dx'), 'a queued session has no pod yet');
  await setLanguage(page, 'fr');
  await page.goto('/sessions?scenario=queued');
  await expect(sessionCell(page, 'queued-notebook')).toContainText(
    'En attente dans la file de la plateforme, jusqu’à ce qu’il y ait de la place pour démarrer.',
    { timeout: 15_000 },
  );
});

test('a session of a type the portal does not know gets a generic tile', async ({ page }) => {
  await page.goto('/sessions?scenario=unknown-types');
  const viewer = sessionCell(page, 'sky-viewer');
  await expect(viewer).toContainText('visualizer', { timeout: 15_000 });
  await expect(viewer).toContainText('Running');
  await expect(viewer.getByRole('link', { name: 'Open sky-viewer' })).toBeVisible();
  await expect(sessionCell(page, 'paused-notebook')).toContainText('Suspended');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await expectNoA11yViolationsLightAndDark(page);
});

test('a new user’s storage says the home comes with the first session, and that launch creates it', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(failedLoad(404, '/arc/nodes/home/jdoe'), 'a new user has no home folder yet');
  await page.goto('/storage?scenario=new-user');
  const notice = page.getByRole('status').filter({ hasText: 'Your home folder does not exist yet' });
  await expect(notice).toContainText('Your home folder is created when you start your first session.', {
    timeout: 15_000,
  });
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
  await expectNoA11yViolations(page);
  await notice.getByRole('link', { name: 'Start a session' }).click();

  await expect(page.getByRole('form', { name: 'Launch a session' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Image' }).click();
  await page
    .getByRole('option', { name: /astroml-notebook:26\.03/ })
    .first()
    .click();
  const launch = page.getByRole('button', { name: 'Launch', exact: true });
  await expect(launch).toBeEnabled();
  await expect(page.getByText(/home folder/i)).toHaveCount(0);
  await launch.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Storage' })
    .click();
  await expect(page.getByText('This folder is empty. Drop files here or use Upload.')).toBeVisible();
});

test('a new user’s storage in French', async ({ page, consoleGuard }) => {
  consoleGuard.allow(failedLoad(404, '/arc/nodes/home/jdoe'), 'a new user has no home folder yet');
  await setLanguage(page, 'fr');
  await page.goto('/storage/home/jdoe?scenario=new-user');
  await expect(page.getByRole('main')).toContainText(
    'Votre dossier personnel est créé au lancement de votre première session.',
    { timeout: 15_000 },
  );
});
