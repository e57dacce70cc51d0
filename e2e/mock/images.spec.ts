import type { Locator, Page } from '@playwright/test';
import {
  expect,
  expectNoA11yViolations,
  expectNoA11yViolationsLightAndDark,
  setLanguage,
  test,
} from '../support/fixtures';

const crumbs = (page: Page) => page.getByRole('navigation', { name: /Where you are|Où vous êtes/ });

test('browse → search → filter by label → artifact detail → "Launch as notebook" opens the prefilled form', async ({
  page,
}) => {
  await page.goto('/images');
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('link', { name: 'skaha' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search projects and repositories' }).fill('astroml');
  await expect(page).toHaveURL(/\/images\?q=astroml$/);
  const repositories = page.getByRole('region', { name: 'Repositories' });
  await repositories.getByRole('link', { name: 'skaha/astroml-notebook' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'skaha/astroml-notebook' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Session type' }).selectOption('notebook');
  await expect(page).toHaveURL(/\/images\/skaha\/astroml-notebook\?type=notebook$/);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toContainText('Notebook');
  await page.getByRole('table').getByRole('link', { name: '26.03' }).click();

  await expect(page).toHaveURL(/\/images\/skaha\/astroml-notebook\/-\/26\.03$/);
  await expect(page.getByRole('heading', { level: 1, name: 'astroml-notebook:26.03' })).toBeVisible();
  await expect(page.getByText('docker pull images.canfar.net/skaha/astroml-notebook:26.03')).toBeVisible();
  await expect(page.getByText('start-notebook.sh')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Tags' }).getByRole('cell', { name: 'latest' }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Launch as notebook' }).click();
  await expect(page).toHaveURL(
    '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03',
  );
  // The launch form opens on that type with the image chosen, ready to launch.
  await expect(page.getByRole('radio', { name: 'Notebook' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('combobox', { name: 'Image' })).toHaveValue(/astroml-notebook:26\.03/);
  await expect(page.getByRole('button', { name: 'Launch', exact: true })).toBeEnabled();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'astroml-notebook:26.03' })).toBeVisible();
});

test('copies the pull reference and the docker pull command, and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/images/skaha/team/astroml-gpu/-/latest');
  await expect(page.getByRole('heading', { level: 1, name: 'team/astroml-gpu:latest' })).toBeVisible();
  await page.getByRole('button', { name: 'Copy the docker pull command' }).click();
  await expect(page.getByText('docker pull command copied to the clipboard').first()).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'docker pull images.canfar.net/skaha/team/astroml-gpu:latest',
  );
  await page.getByRole('button', { name: 'Copy the pull reference' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'images.canfar.net/skaha/team/astroml-gpu:latest',
  );
});

test('pages through the 5,000-artifact repository, one page at a time, remembering the page size', async ({
  page,
}) => {
  const pageSizes: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('/astro-nightly/artifacts'))
      pageSizes.push(url.searchParams.get('page_size') ?? '');
  });
  await page.goto('/images/skaha/astro-nightly');
  await expect(page.getByText('1–25 of 5,000')).toBeVisible();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('26–50 of 5,000')).toBeVisible();
  await expect(page).toHaveURL(/\?page=2&size=25$/);
  await page.getByRole('button', { name: 'Last page' }).click();
  await expect(page.getByText('4,976–5,000 of 5,000')).toBeVisible();
  await expect(page.getByRole('link', { name: 'build-1', exact: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByText('26–50 of 5,000')).toBeVisible();

  await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('100');
  await expect(page.getByText('1–100 of 5,000')).toBeVisible();
  await page.reload();
  await expect(page.getByText('1–100 of 5,000')).toBeVisible();
  // Never more than one page of Harbor's maximum at a time.
  expect(pageSizes.every((size) => Number(size) <= 100)).toBe(true);

  // a shared link to a page the list no longer reaches says so, and the keyboard takes it to the last one
  await page.goto('/images/skaha/astro-nightly?page=600&size=10');
  await expect(page.getByText('There is no page 600: this list has 500 pages.')).toBeVisible();
  await page.getByRole('button', { name: 'Go to the last page' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('4,991–5,000 of 5,000')).toBeVisible();
  await expect(page).toHaveURL(/\?page=500&size=10$/);
});

test('works from the keyboard: search, open a repository, turn a page', async ({ page }) => {
  await page.goto('/images');
  const search = page.getByRole('searchbox', { name: 'Search projects and repositories' });
  await search.focus();
  await page.keyboard.type('nightly');
  const link = page
    .getByRole('region', { name: 'Repositories' })
    .getByRole('link', { name: 'skaha/astro-nightly' });
  await expect(link).toBeVisible();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('1–25 of 5,000')).toBeVisible();
  await page.getByRole('button', { name: 'Next page' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('26–50 of 5,000')).toBeVisible();
  await crumbs(page).getByRole('link', { name: 'skaha' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'skaha' })).toBeVisible();

  await page.goto('/images/skaha/carta');
  await page.getByRole('button', { name: 'Launch 5.1.0 as…' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Launch as CARTA' })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Launch as CARTA' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/sessions/launch?type=carta&image=images.canfar.net%2Fskaha%2Fcarta%3A5.1.0');
});

test('fits a 360 px wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.goto('/images');
  await expect(page.getByRole('table').getByRole('link', { name: 'skaha' })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.goto('/images/skaha/astro-nightly');
  await expect(page.getByText('1–25 of 5,000')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.goto('/images/skaha/astroml-notebook/-/26.03');
  await expect(page.getByRole('link', { name: 'Launch as notebook' })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test('at 320 px in French, a launch button’s label wraps whole rather than being cut', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await setLanguage(page, 'fr');
  await page.goto('/images/skaha/astro-nightly/-/build-5000');
  const launch = page.getByRole('link', { name: 'Lancer en tâche sans interface' });
  await expect(launch).toBeVisible();
  const label = launch.locator('.mantine-Button-label');
  expect(await label.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  expect(await launch.evaluate((element) => element.getBoundingClientRect().right)).toBeLessThanOrEqual(320);
});

const TAG_ROUTE = {
  path: '/images/skaha/astroml-notebook/-/26.03',
  ready: (page: Page) => page.getByRole('cell', { name: 'latest' }),
};

const ROUTES = [
  { path: '/images', ready: (page: Page) => page.getByRole('table').getByRole('link', { name: 'skaha' }) },
  { path: '/images?q=carta', ready: (page: Page) => page.getByRole('link', { name: 'skaha/carta' }) },
  {
    path: '/images?q=survey-team',
    ready: (page: Page) => page.getByRole('link', { name: 'survey-team/survey-notebook' }),
  },
  { path: '/images/skaha', ready: (page: Page) => page.getByRole('link', { name: 'astroml-notebook' }) },
  {
    path: '/images/skaha/astroml-notebook',
    ready: (page: Page) => page.getByRole('table').getByRole('link', { name: '26.03' }),
  },
  TAG_ROUTE,
];

// One test per route: the six in one test took 24–27 s of the 30 s allowed on a busy two-core machine.
for (const language of ['en', 'fr'] as const) {
  for (const route of ROUTES) {
    test(`${route.path} has no accessibility violations, light and dark (${language})`, async ({ page }) => {
      await setLanguage(page, language);
      await page.goto(route.path);
      await expect(route.ready(page)).toBeVisible();
      await expectNoA11yViolationsLightAndDark(page);
      if (language === 'fr' && route === TAG_ROUTE)
        await expect(page.getByRole('link', { name: 'Lancer en notebook' })).toBeVisible();
    });
  }
}

/** How many lines the text of an element takes, as laid out. */
const lineCount = (locator: Locator) =>
  locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
    return tops.size;
  });

test('the projects table shows each Access badge whole and each date on one line at 1366×900', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/images');
  const table = page.getByRole('table');
  await expect(table.getByRole('link', { name: 'skaha' })).toBeVisible();
  const rows = table.getByRole('row');
  const count = await rows.count();
  expect(count).toBeGreaterThan(10);
  for (let index = 1; index < count; index += 1) {
    const cells = rows.nth(index).getByRole('cell');
    const badge = cells.nth(1).getByText(/^(Public|Private)$/);
    await expect(badge).toBeVisible();
    // the badge's label is cut with an ellipsis when its column is too narrow
    const cut = await badge.evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(cut, `row ${index}: the Access badge is cut`).toBe(false);
    expect(await lineCount(cells.nth(3)), `row ${index}: the date wraps`).toBe(1);
  }
});

test('"Newest first" shows the date it orders by', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/images/skaha');
  const order = page.getByRole('combobox', { name: 'Order' });
  await expect(order).toHaveValue('newest');
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Created' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Last update' })).toHaveCount(0);
  await order.selectOption('updated');
  await expect(table.getByRole('columnheader', { name: 'Last update' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Created' })).toHaveCount(0);
});

test('each select of the image pages shows its chosen option whole, in French', async ({ page }) => {
  await setLanguage(page, 'fr');
  await page.setViewportSize({ width: 1366, height: 900 });
  for (const path of ['/images/skaha', '/images/skaha/astroml-notebook']) {
    await page.goto(path);
    const selects = page.getByRole('main').getByRole('combobox');
    await expect(selects.first()).toBeVisible();
    const count = await selects.count();
    for (let index = 0; index < count; index += 1) {
      const select = selects.nth(index);
      // a native select cuts its text without an ellipsis or an overflow to measure: compare the text's width,
      // in the select's own font, with the room its padding leaves
      const room = await select.evaluate((element) => {
        if (!(element instanceof HTMLSelectElement)) return { text: '', spare: 0 };
        const style = getComputedStyle(element);
        const context = document.createElement('canvas').getContext('2d');
        if (!context) return { text: '', spare: 0 };
        context.font = style.font;
        const text = element.selectedOptions[0]?.text ?? '';
        const width = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text, spare: width - context.measureText(text).width };
      });
      expect(room.text, `${path}: select ${index} has a chosen option`).not.toBe('');
      expect(room.spare, `${path}: "${room.text}" is cut`).toBeGreaterThanOrEqual(0);
    }
  }
});
