import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  expect,
  expectNoA11yViolations,
  expectNoA11yViolationsLightAndDark,
  readStorage,
  setLanguage,
  test,
} from '../support/fixtures';

// The mock project's own config plus an announcement, served in place of config.json for this page only.
const baseConfig: unknown = JSON.parse(readFileSync('dev/config.mock.json', 'utf8'));

const message = {
  en: 'Storage is read-only on 28 November, 08:00–12:00 UTC.',
  fr: 'Le stockage sera en lecture seule le 28 novembre, de 8 h à 12 h UTC.',
};

async function withAnnouncement(
  page: Page,
  level: 'info' | 'warning' | 'maintenance',
  id = `2026-11-${level}`,
) {
  const announcement = {
    id,
    level,
    message,
    link: { href: 'https://status.canfar.net/', label: { en: 'Status page', fr: 'Page d’état' } },
  };
  // On the context, not the page: once the demo's service worker controls the page (from its second
  // navigation), it makes the page's fetches, and a page route no longer sees config.json.
  await page
    .context()
    .route('**/config.json', (route) => route.fulfill({ json: { ...(baseConfig as object), announcement } }));
}

// Several page loads and axe runs per test, on a shared machine.
test.slow();

const banner = (page: Page, role: 'status' | 'alert', name = 'Announcement') =>
  page.getByRole(role, { name });

test('maintenance shows on every page as an alert that cannot be dismissed', async ({ page }) => {
  await withAnnouncement(page, 'maintenance');
  for (const [path, heading] of [
    ['/sessions', 'Sessions'],
    ['/storage/home/jdoe', 'Storage'],
    ['/images', 'Images'],
    ['/usage', 'Usage'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    const alert = banner(page, 'alert');
    await expect(alert).toHaveText(`Maintenance: ${message.en} Status page`);
    await expect(alert.getByRole('button')).toHaveCount(0);
    await expect(alert.getByRole('link', { name: 'Status page' })).toHaveAttribute(
      'href',
      'https://status.canfar.net/',
    );
    if (path === '/sessions') await expectNoA11yViolationsLightAndDark(page);
  }
});

test('an info announcement is dismissed by keyboard and stays dismissed for its id only', async ({
  page,
}) => {
  await withAnnouncement(page, 'info');
  await page.goto('/sessions');
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible({ timeout: 15_000 });
  const status = banner(page, 'status');
  await expect(status).toHaveText(`Information: ${message.en} Status page`);
  await expectNoA11yViolations(page);

  const dismiss = status.getByRole('button', { name: 'Dismiss this announcement' });
  await dismiss.focus();
  await expect(dismiss).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await expect(banner(page, 'status')).toHaveCount(0);
  // only the dismissed id is kept, in localStorage under the signed-in user; nothing else about the announcement
  const { local } = await readStorage(page);
  expect(local['science-portal.user.jdoe.announcement.dismissed']).toBe('2026-11-info');
  expect(local['science-portal.announcement.dismissed']).toBeUndefined();

  await page.context().unroute('**/config.json');
  await withAnnouncement(page, 'info', '2026-12-info');
  await page.reload();
  await expect(banner(page, 'status')).toBeVisible();
});

test('a warning speaks French', async ({ page }) => {
  await setLanguage(page, 'fr');
  await withAnnouncement(page, 'warning');
  await page.goto('/sessions');
  const status = banner(page, 'status', 'Annonce');
  await expect(status).toHaveText(`Avertissement\u00a0: ${message.fr} Page d’état`);
  await expect(status.getByRole('button', { name: 'Masquer cette annonce' })).toBeVisible();
  await expectNoA11yViolationsLightAndDark(page);
});

test('the banner keeps the page inside a phone-width window', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await withAnnouncement(page, 'maintenance');
  await page.goto('/sessions');
  await expect(banner(page, 'alert')).toBeVisible();
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
});
