import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect as baseExpect, setColorScheme, setLanguage, test } from '../support/fixtures';
import { accountMenu, failedLoad, sessionCell } from '../support/portal';
import { scenarioNames } from '../../mocks/platform/scenarios';
import {
  DOCS_TIME,
  cadcUrl,
  docsImages,
  guides,
  pngsIn,
  referencedImages,
  screenshotDir,
  shot,
} from './shots';

// The screenshots of docs/user-guide.md and docs/workshop-guide.md. Each test walks one capability the way a
// person would and saves what they see; the last test checks that every image a guide shows was taken.

// The machine that retakes the pictures may be busy: a page's first data gets more time than the default.
const expect = baseExpect.configure({ timeout: 15_000 });
const FIRST_DATA = { timeout: 20_000 };
test.describe.configure({ timeout: 90_000 });

const launchUrl = (params: Record<string, string>) =>
  `/sessions/launch?${new URLSearchParams(params).toString()}`;

const grid = (page: Page) => page.getByRole('grid', { name: /^(Contents of|Contenu de)/ });
const fileRow = (page: Page, name: string) => grid(page).getByRole('row').filter({ hasText: name });
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Moves the in-page fake platform's clock on, so Pending → Running needs no real waiting. */
async function advancePlatformClock(page: Page, ms: number): Promise<void> {
  await page.evaluate((by) => {
    window.__fakePlatform?.advanceClock(by);
  }, ms);
}

async function switchToPi(page: Page) {
  await accountMenu(page).click();
  await page.getByRole('menuitem', { name: /Mei Chen/ }).click();
  await expect(accountMenu(page, 'Mei Chen')).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  // Dates, countdowns and the seeded usage all derive from the page's clock: start it at the same moment every
  // run, so the pictures and the figures the guide quotes stay the same. It keeps running, as transfers and
  // uploads need it to.
  await page.clock.setSystemTime(DOCS_TIME);
});

test('sign-in: the password form of a deployment, and the demo users', async ({ page }, testInfo) => {
  await page.goto(`${cadcUrl}/sessions`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to the Science Portal' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Username' }).fill('jdoe');
  await shot(page, 'sign-in', testInfo);

  await page.goto('/sessions');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await accountMenu(page).click();
  await expect(page.getByRole('menuitem', { name: /Mei Chen/ })).toBeVisible();
  await shot(page, 'account-menu', testInfo);
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: /Sign in as Mei Chen/ })).toBeVisible();
  await shot(page, 'sign-in-demo', testInfo);
});

test('sessions: the tiles, events and logs', async ({ page }, testInfo) => {
  await page.goto('/sessions');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await expect(region(page, 'Platform load')).toContainText('Cores allocated');
  await shot(page, 'sessions', testInfo);

  await page.goto('/sessions?scenario=stuck-pending');
  const tile = sessionCell(page, 'big-notebook');
  await expect(tile).toContainText('Waiting for room on the platform');
  await shot(tile, 'session-pending', testInfo);
  await tile.getByRole('button', { name: 'Events and logs big-notebook' }).click();
  const dialog = page.getByRole('dialog', { name: 'Events and logs of big-notebook' });
  await expect(dialog.getByRole('cell', { name: 'FailedScheduling' }).first()).toBeVisible();
  await shot(page, 'session-events', testInfo);
  await dialog.getByRole('tab', { name: 'Logs' }).click();
  // its container has not started: skaha's logs are empty
  await expect(dialog.getByRole('tabpanel', { name: 'Logs' })).toHaveText('No log lines yet.');
  await page.keyboard.press('Escape');
  await page.goto('/sessions?scenario=default');
  const running = sessionCell(page, 'notebook1');
  await running.getByRole('button', { name: 'Events and logs notebook1' }).click();
  const logs = page.getByRole('dialog', { name: 'Events and logs of notebook1' });
  await logs.getByRole('tab', { name: 'Logs' }).click();
  await expect(logs.getByText(/lines?$/)).toBeVisible();
  await shot(page, 'session-logs', testInfo);
});

test('launch: a notebook, fixed resources with a GPU, a headless job with replicas', async ({
  page,
}, testInfo) => {
  await page.goto(
    launchUrl({ type: 'notebook', image: 'images.canfar.net/skaha/astroml-notebook:26.03', name: 'm31-fit' }),
  );
  await expect(page.getByText('It will be called “m31-fit”.')).toBeVisible();
  await expect(page.getByText(/^Free now:/)).toBeVisible();
  await shot(page, 'launch-notebook', testInfo);

  await page.getByRole('radio', { name: 'Fixed' }).check();
  await page.getByRole('combobox', { name: 'Cores' }).click();
  await page.getByRole('option', { name: '4', exact: true }).click();
  await page.getByRole('combobox', { name: 'RAM' }).click();
  await page.getByRole('option', { name: '16 GB', exact: true }).click();
  await page.getByRole('combobox', { name: 'GPUs' }).click();
  await page.getByRole('option', { name: '1', exact: true }).click();
  await expect(page).toHaveURL(/resources=fixed&cores=4&ram=16&gpus=1/);
  await shot(page, 'launch-fixed-gpu', testInfo);

  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  await expect(page).toHaveURL(/\/sessions$/);
  await expect(sessionCell(page, 'm31-fit')).toContainText('Pending');
  await advancePlatformClock(page, 5_000);
  await expect(sessionCell(page, 'm31-fit')).toContainText('Running', { timeout: 10_000 });

  await page.goto(
    launchUrl({
      type: 'headless',
      image: 'images.canfar.net/skaha/terminal:1.1.2',
      name: 'sweep',
      cmd: 'python',
      args: '/arc/home/jdoe/sweep.py --band r',
      replicas: '3',
    }),
  );
  await expect(page.getByRole('button', { name: 'Launch 3 replicas' })).toBeVisible();
  await expect(page.getByText(/--replicas 3/)).toBeVisible();
  // the whole form in one picture: a taller window rather than a full-page shot, which the fixed footer spoils
  await page.setViewportSize({ width: 1280, height: 1480 });
  await shot(page, 'launch-headless', testInfo);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Launch 3 replicas' }).click();
  await expect(page).toHaveURL(/\/sessions$/);
  const jobs = page.getByRole('region', { name: /^Headless jobs/ });
  await expect(jobs.getByRole('cell', { name: 'sweep-3', exact: true })).toBeVisible();
  await advancePlatformClock(page, 5_000);
  await expect(jobs.getByRole('row', { name: /sweep-3/ })).toContainText('Running', { timeout: 10_000 });
  await jobs.getByRole('checkbox', { name: 'Select sweep-1' }).check();
  await jobs.getByRole('checkbox', { name: 'Select sweep-2' }).check();
  await jobs.scrollIntoViewIfNeeded();
  await shot(jobs, 'headless-jobs', testInfo);
});

test('images: projects, a repository, an artifact with "Launch as"', async ({ page }, testInfo) => {
  await page.goto('/images');
  await expect(page.getByRole('table').getByRole('link', { name: 'skaha' })).toBeVisible();
  await shot(page, 'images-projects', testInfo);
  await page.goto('/images/skaha/astroml-notebook');
  await expect(page.getByRole('table').getByRole('link', { name: '26.03' })).toBeVisible();
  await shot(page, 'images-repository', testInfo);
  await page.getByRole('table').getByRole('link', { name: '26.03' }).click();
  await expect(page.getByRole('link', { name: 'Launch as notebook' })).toBeVisible();
  await shot(page, 'images-artifact', testInfo);
});

function folderOnDisk(): string {
  const root = mkdtempSync(join(tmpdir(), 'portal-docs-'));
  const folder = join(root, 'night-2026-11-14');
  mkdirSync(join(folder, 'calib'), { recursive: true });
  for (let frame = 1; frame <= 6; frame += 1)
    writeFileSync(join(folder, `frame-${frame}.txt`), `exposure ${frame}\n`.repeat(40_000));
  writeFileSync(join(folder, 'calib', 'bias.csv'), 'id,level\n1,1002\n2,998\n');
  return folder;
}

test('storage: listing, uploads, sharing, FITS preview', async ({ page }, testInfo) => {
  // seven uploads through the slow scenario take most of a minute
  test.setTimeout(150_000);
  await page.goto('/storage/home/jdoe');
  await expect(fileRow(page, 'm31_deep.fits')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Space used in /home/jdoe' })).toBeVisible();
  await shot(page, 'storage', testInfo);

  await fileRow(page, 'm31_deep.fits').dblclick();
  const preview = page.getByRole('dialog');
  await expect(preview.getByRole('table', { name: 'FITS primary header' })).toBeVisible();
  await shot(page, 'storage-fits-preview', testInfo);
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  await fileRow(page, 'data').first().click();
  await page.getByRole('button', { name: 'Sharing' }).click();
  const sharing = page.getByRole('dialog');
  await sharing.getByRole('switch', { name: 'Public: anyone can read' }).check({ force: true });
  const groups = sharing.getByLabel('Groups that can read', { exact: true });
  await groups.fill('survey-team');
  await groups.press('Enter');
  await sharing.getByRole('checkbox', { name: 'Apply to everything inside this folder too' }).check();
  await shot(page, 'storage-sharing', testInfo);
  await sharing.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Sharing saved.')).toBeVisible();

  // The fake platform holds each answer for a moment, so the upload can be seen while it runs.
  await page.goto('/storage/home/jdoe?scenario=slow');
  await expect(fileRow(page, 'm31_deep.fits')).toBeVisible(FIRST_DATA);
  await page.locator('input[type=file][webkitdirectory]').setInputFiles(folderOnDisk());
  const panel = page.getByRole('region', { name: 'Uploads' });
  await expect(panel.getByText(/^3 of 7 files uploaded/)).toBeVisible(FIRST_DATA);
  await shot(page, 'storage-upload-progress', testInfo);
  await expect(panel.getByText(/^7 of 7 files uploaded/)).toBeVisible({ timeout: 60_000 });
  await expect(fileRow(page, 'night-2026-11-14')).toBeVisible(FIRST_DATA);
  await shot(page, 'storage-upload-done', testInfo);
});

test('usage: mine, a PI project, the platform', async ({ page, consoleGuard }, testInfo) => {
  consoleGuard.allow(failedLoad(404, '/arc/nodes/projects/'), 'the fake storage has no project folders');
  await page.goto('/usage?window=week');
  await expect(region(page, 'Top sessions').getByRole('row', { name: /h5c0tt9j/ })).toBeVisible(FIRST_DATA);
  await shot(page, 'usage-mine', testInfo);
  const chart = region(page, 'CPU core-hours by session type');
  await expect(chart.getByRole('img', { name: /the table below lists/ })).toBeVisible();
  await shot(chart, 'usage-chart', testInfo);

  await switchToPi(page);
  await page.goto('/usage/projects/survey-team?window=week');
  await expect(
    region(page, 'Usage by member').getByRole('cell', { name: 'akumar', exact: true }),
  ).toBeVisible(FIRST_DATA);
  await shot(page, 'usage-project', testInfo);
  await shot(region(page, 'Usage by member'), 'usage-project-members', testInfo);

  await page.getByRole('link', { name: 'Platform' }).click();
  await expect(region(page, 'CPU cores')).toContainText(/allocated/);
  await shot(page, 'usage-platform', testInfo);
});

test('dark mode, French, and a service that is down', async ({ page, consoleGuard }, testInfo) => {
  await setColorScheme(page, 'dark');
  await page.goto('/sessions');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await shot(page, 'dark-mode', testInfo);

  await setColorScheme(page, 'light');
  await setLanguage(page, 'fr');
  await page.goto(
    launchUrl({ type: 'notebook', image: 'images.canfar.net/skaha/astroml-notebook:26.03', name: 'm31-fit' }),
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Lancer une session' })).toBeVisible();
  await expect(page.getByText(/^Capacité libre/)).toBeVisible();
  await shot(page, 'french', testInfo);

  await setLanguage(page, 'en');
  consoleGuard.allow(/status of 503/, 'the failing scenario answers 503 on purpose');
  await page.goto('/sessions?scenario=failing');
  const alert = page.getByRole('alert').filter({ hasNotText: 'Statistics unavailable' });
  await expect(alert).toContainText('Sessions service is unavailable for the moment (503)', {
    timeout: 15_000,
  });
  await shot(page, 'service-down', testInfo);
});

// eslint-disable-next-line no-empty-pattern -- Playwright needs the fixtures argument; this test uses none
test('every image the guides show was taken by this run and is in docs/images', ({}, testInfo) => {
  const referenced = referencedImages();
  expect(referenced.length).toBeGreaterThan(0);
  const taken = pngsIn(screenshotDir(testInfo));
  expect(
    referenced.filter((name) => !taken.includes(name)),
    'shown by a guide but not taken',
  ).toEqual([]);
  expect(
    referenced.filter((name) => !pngsIn(docsImages).includes(name)),
    'shown by a guide but missing from docs/images (run npm run docs:screenshots)',
  ).toEqual([]);
  expect(
    taken.filter((name) => !pngsIn(docsImages).includes(name)),
    'taken but not committed to docs/images (run npm run docs:screenshots)',
  ).toEqual([]);
  expect(
    taken.filter((name) => !referenced.includes(name)),
    'taken but shown by no guide',
  ).toEqual([]);
});

test('the workshop guide has a row and a link for every scenario of the fake platform', () => {
  const guide = readFileSync(guides[1] ?? '', 'utf8');
  const missing = scenarioNames.filter(
    // a ready link: the scenario ends the address or is followed by another parameter (demo-user=…)
    (name) => !guide.includes(`| \`${name}\``) || !new RegExp(`scenario=${name}[>&]`).test(guide),
  );
  expect(missing, 'scenarios without a row and a ready link in docs/workshop-guide.md').toEqual([]);
});
