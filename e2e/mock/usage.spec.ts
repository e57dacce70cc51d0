import type { Locator, Page } from '@playwright/test';
import {
  expect,
  expectNoA11yViolations,
  expectNoA11yViolationsLightAndDark,
  setLanguage,
  test,
  type ConsoleGuard,
} from '../support/fixtures';
import { accountMenu, failedLoad, sessionCell } from '../support/portal';

/** The first figures wait for the lazy area chunk, the in-browser fake platform and a dozen queries. */
const FIRST_DATA = { timeout: 15_000 };

const usageHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Usage' });
const region = (page: Page | Locator, name: string) => page.getByRole('region', { name, exact: true });

/** The fake cavern has no project folders (the storage area owns its seed); the card says so instead. */
function allowMissingProjectFolder(consoleGuard: ConsoleGuard) {
  consoleGuard.allow(failedLoad(404, '/arc/nodes/projects/'), 'the fake storage has no project folders');
}

async function switchToPi(page: Page) {
  await accountMenu(page).click();
  await page.getByRole('menuitem', { name: /Mei Chen/ }).click();
  await expect(accountMenu(page, 'Mei Chen')).toBeVisible();
}

test.describe('my usage', () => {
  test('shows my figures, a chart with its table, top sessions and home storage', async ({ page }) => {
    await page.goto('/usage?window=day');
    await expect(usageHeading(page)).toBeVisible();
    const top = region(page, 'Top sessions');
    // jdoe's seeded batch job ran 40 minutes with one GPU: 0.67 session-hours and GPU-hours
    await expect(top.getByRole('row', { name: /h5c0tt9j/ })).toContainText('Headless0.67', FIRST_DATA);
    await expect(
      region(page, 'CPU core-hours by session type').getByRole('img', { name: /the table below lists/ }),
    ).toBeVisible();
    await expect(region(page, 'Efficiency')).toContainText(
      'you asked for 16 GB and used at most 4.23 GB: 8 GB would do',
    );
    await expect(region(page, 'Home storage')).toContainText(/used \(\d+%\)/);
    await expectNoA11yViolationsLightAndDark(page);
  });

  test('in French, with French numbers', async ({ page }) => {
    await setLanguage(page, 'fr');
    await page.goto('/usage?window=day');
    await expect(page.getByRole('heading', { level: 1, name: 'Utilisation' })).toBeVisible();
    const top = region(page, 'Sessions principales');
    await expect(top.getByRole('row', { name: /h5c0tt9j/ })).toContainText('Sans interface0,67', FIRST_DATA);
    await expect(region(page, 'Efficacité')).toContainText('vous avez demandé 16 Go');
    // the chart's legend names the session types in the order of the table's columns
    const byKind = region(page, 'Heures-cœurs CPU par type de session');
    const legend = byKind.locator('.recharts-legend-item-text');
    await expect(legend.first()).toBeVisible();
    const headers = await byKind.getByRole('columnheader').allTextContents();
    // (the first column is the day, the last the total)
    expect(await legend.allTextContents()).toEqual(headers.slice(1, -1));
    // the tooltip too, with the bar's total and French punctuation
    const bars = byKind.locator('.recharts-bar-rectangle');
    await bars.last().hover();
    const tooltip = byKind.locator('.recharts-tooltip-wrapper');
    await expect(tooltip.locator('.recharts-tooltip-label')).toContainText('· total ');
    const names = await tooltip.locator('.recharts-tooltip-item-name').allTextContents();
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual(headers.slice(1, -1).filter((header) => names.includes(header)));
    expect(await tooltip.locator('.recharts-tooltip-item-separator').first().textContent()).toBe('\u00a0: ');
    await expectNoA11yViolations(page);
  });

  test('the period is chosen from the keyboard and kept in the URL; the CSV downloads', async ({ page }) => {
    await page.goto('/usage?window=day');
    await expect(region(page, 'Top sessions').getByRole('row', { name: /h5c0tt9j/ })).toBeVisible(FIRST_DATA);
    const day = page.getByRole('radio', { name: 'Day' });
    await day.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/window=week/);
    await expect(page.getByText(/^Last week ·/)).toBeVisible();

    const csv = page.getByRole('button', { name: 'Download Top sessions as CSV' });
    await csv.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('usage-jdoe-top-sessions-week.csv');
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(path, 'utf8');
    // a byte-order mark first, for spreadsheets to read the file as UTF-8
    expect(text.startsWith('\uFEFFSession,')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe(
      'Session,ID,Type,Session-hours,CPU core-hours,Cores requested,Memory requested (GB),Memory peak (GB),GPU-hours',
    );
    // the session's name, then its ID; figures rounded to four decimals
    expect(text).toMatch(/\r\n[^,\r\n]+,h5c0tt9j,headless,0\.6667,[\d.]+,2,8,[\d.]+,0\.6667\r\n/);
  });
});

test.describe("a PI's project", () => {
  test('a PI picks a project and sees its members and top sessions', async ({ page, consoleGuard }) => {
    allowMissingProjectFolder(consoleGuard);
    await page.goto('/usage');
    await switchToPi(page);
    await page.getByRole('link', { name: 'My projects' }).click();
    // from the keyboard: open the list, move to survey-team, choose it
    await page.getByRole('combobox', { name: 'Project' }).focus();
    await page.keyboard.press('ArrowDown');
    const option = page
      .getByRole('group', { name: 'Groups you own or administer' })
      .getByRole('option', { name: 'survey-team' });
    await expect(option).toBeVisible();
    // Mantine marks the option the arrows are on with data-combobox-selected
    for (let step = 0; step < 4 && (await option.getAttribute('data-combobox-selected')) === null; step += 1)
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/usage\/groups\/survey-team/);
    const members = region(page, 'Usage by member');
    await expect(members.getByRole('cell', { name: 'mchen', exact: true })).toBeVisible(FIRST_DATA);
    await expect(members.getByRole('cell', { name: 'akumar', exact: true })).toBeVisible();
    await expect(region(page, 'Top sessions').getByRole('columnheader', { name: 'User' })).toBeVisible();
    await expect(region(page, 'Project storage')).toBeVisible();
    await expectNoA11yViolationsLightAndDark(page);
  });

  test('in French', async ({ page, consoleGuard }) => {
    allowMissingProjectFolder(consoleGuard);
    await setLanguage(page, 'fr');
    await page.goto('/usage');
    await page.getByRole('button', { name: 'Menu du compte : Jane Doe' }).click();
    await page.getByRole('menuitem', { name: /Mei Chen/ }).click();
    // the page is hers once the menu says so: the switch closes a menu opened before
    await expect(page.getByRole('button', { name: 'Menu du compte : Mei Chen' })).toBeVisible();
    await page.getByRole('link', { name: 'Mes projets' }).click();
    await page.getByRole('combobox', { name: 'Projet' }).click();
    // the project label path, where a deployment sets canfar.net/project
    await page
      .getByRole('group', { name: 'Libellés de projet de vos sessions' })
      .getByRole('option', { name: 'lensing-lab' })
      .click();
    await expect(page).toHaveURL(/\/usage\/projects\/lensing-lab/);
    await expect(region(page, 'Utilisation par membre').getByRole('cell', { name: 'lwong' })).toBeVisible(
      FIRST_DATA,
    );
    await expectNoA11yViolations(page);
  });

  test("a member is told that only the PI sees the project's figures, and sees their own there", async ({
    page,
    consoleGuard,
  }) => {
    consoleGuard.allow(failedLoad(403, '/prometheus/api/v1/query'), 'the proxy refuses a member on purpose');
    allowMissingProjectFolder(consoleGuard);
    await page.goto('/usage/projects/survey-team');
    await expect(page.getByRole('alert')).toContainText(
      'only the project’s principal investigator can see its usage',
    );
    // the project's name is isolated in the heading (U+2068 … U+2069), as any name from the address
    const own = page.getByRole('region', {
      name: /^Your own sessions in project \u2068?survey-team\u2069?$/,
    });
    await expect(region(own, 'Top sessions').getByRole('row', { name: /^carta-m31 / })).toBeVisible(
      FIRST_DATA,
    );
    await expectNoA11yViolations(page);
  });
});

test.describe('the platform', () => {
  test('capacity, allocation and use', async ({ page }) => {
    await page.goto('/usage');
    await page.getByRole('link', { name: 'Platform' }).click();
    await expect(page.getByText('16 cores with 192 GB of memory')).toBeVisible();
    await expect(region(page, 'CPU cores')).toContainText(/of 1,536 allocated \(\d+%\)/);
    const used = region(page, 'Sessions: allocated and actually used');
    await expect(used.getByRole('row', { name: /CPU cores/ })).toBeVisible();
    // cores and GB each have their own chart and axis: the larger bar of each fills most of its plot
    const charts = used.locator('.recharts-wrapper');
    await expect(charts).toHaveCount(2);
    for (const chart of await charts.all()) {
      const plot = await chart.locator('.recharts-cartesian-grid').boundingBox();
      const heights = await Promise.all(
        (await chart.locator('.recharts-bar-rectangle path').all()).map(
          async (bar) => (await bar.boundingBox())?.height ?? 0,
        ),
      );
      expect(Math.max(...heights)).toBeGreaterThan((plot?.height ?? Infinity) * 0.5);
    }
    await expectNoA11yViolationsLightAndDark(page);
  });

  test('in French', async ({ page }) => {
    await setLanguage(page, 'fr');
    await page.goto('/usage/platform');
    await expect(page.getByText('16 cœurs avec 192 Go de mémoire')).toBeVisible();
    await expect(region(page, 'Cœurs CPU')).toContainText(/sur 1\s536/);
    await expectNoA11yViolations(page);
  });
});

test.describe('when Prometheus is down', () => {
  test('the usage pages say so, with a retry, and the rest of the portal keeps working', async ({
    page,
    consoleGuard,
  }) => {
    consoleGuard.allow(/status of 503/, 'the usage-down scenario answers 503 on purpose');
    await page.goto('/usage?scenario=usage-down');
    const alert = page.getByRole('alert');
    // the client retries a 503 twice before it reports it
    await expect(alert).toContainText('Usage service is unavailable for the moment (503)', {
      timeout: 15_000,
    });
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('link', { name: 'Platform' }).click();
    // skaha still answers: the capacity is there, only the Prometheus part is explained
    await expect(page.getByText('16 cores with 192 GB of memory')).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Usage service is unavailable for the moment (503)', {
      timeout: 15_000,
    });
    await page.getByRole('link', { name: 'Sessions' }).click();
    await expect(sessionCell(page, 'notebook1')).toBeVisible();
  });

  test('in French', async ({ page, consoleGuard }) => {
    consoleGuard.allow(/status of 503/, 'the usage-down scenario answers 503 on purpose');
    await setLanguage(page, 'fr');
    await page.goto('/usage?scenario=usage-down');
    await expect(page.getByRole('alert')).toContainText(
      'Le service d’utilisation est momentanément indisponible (503)',
      { timeout: 15_000 },
    );
  });
});

test('fits a 360 px wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/usage?window=day');
  await expect(region(page, 'Top sessions').getByRole('row', { name: /h5c0tt9j/ })).toBeVisible(FIRST_DATA);
  // wide tables scroll inside their own box; the page itself does not scroll sideways
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoA11yViolations(page);
});

test('the usage feature flag off hides the pages and their navigation entry', async ({ page }) => {
  await page.context().route('**/config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ mocks: true, auth: { mode: 'mock' }, features: { usage: false } }),
    }),
  );
  await page.goto('/sessions');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Usage' })).toHaveCount(0);
  await page.goto('/usage');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
