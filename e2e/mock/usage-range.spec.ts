import type { Page } from '@playwright/test';
import {
  expect,
  expectNoA11yViolations,
  expectNoA11yViolationsLightAndDark,
  setLanguage,
  test,
} from '../support/fixtures';

/** The first figures wait for the lazy area chunk, the in-browser fake platform and a dozen queries. */
const FIRST_DATA = { timeout: 15_000 };

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** `days` calendar days before today, as a date field holds it, in the browser's (and this runner's) time zone. */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test.describe('a custom period, and a session over time', () => {
  test(`picks two days, sees the figures and the comparison change, opens a session's usage over time`, async ({
    page,
  }) => {
    await page.goto('/usage?window=year');
    const totals = region(page, 'Totals');
    // the year before the last is older than the service keeps: no comparison rather than "none"
    await expect(totals.locator('[data-figure="hours"]')).toBeVisible(FIRST_DATA);
    await expect(totals.getByText(/the previous/)).toHaveCount(0);
    const yearHours = await totals.locator('[data-figure="hours"]').textContent();

    await page.getByText('Custom', { exact: true }).click();
    await page.getByLabel('First day').fill(daysAgo(1));
    await page.getByLabel('Last day').fill(daysAgo(0));
    // by keyboard: Enter in a field sends the form
    await page.getByLabel('Last day').press('Enter');
    await expect(page).toHaveURL(new RegExp(`window=custom&from=${daysAgo(1)}&to=${daysAgo(0)}$`));
    await expect(page.getByText(/ \(2 days\)$/)).toBeVisible();
    // ending today: the same two days before, up to the same time of day
    await expect(totals.getByText(/the previous 2 days up to the same time of day$/)).toHaveCount(
      5,
      FIRST_DATA,
    );
    await expect(totals.locator('[data-figure="hours"]')).not.toHaveText(yearHours ?? '');
    await expectNoA11yViolationsLightAndDark(page);

    const top = region(page, 'Top sessions');
    await top.getByRole('link', { name: 'carta-m31' }).click();
    await expect(page).toHaveURL(
      new RegExp(
        `/usage/sessions/p7w1zr4c\\?user=jdoe&name=carta-m31&window=custom&from=${daysAgo(1)}&to=${daysAgo(0)}$`,
      ),
    );
    await expect(
      page.getByRole('heading', { name: /^Session \u2068?carta-m31\u2069? over time$/ }),
    ).toBeVisible();
    const cpu = region(page, 'CPU cores used, table');
    await expect(cpu.getByRole('columnheader', { name: 'Cores requested' })).toBeVisible(FIRST_DATA);
    // the seeded CARTA session: 1.208 cores used of the 4 it asked for
    await expect(cpu.getByRole('row').nth(1)).toContainText(/1\.21\s*4$/);
    await expect(region(page, 'Memory used (GB), table').getByRole('row').nth(1)).toContainText(/16$/);
    await expect(page.getByRole('img', { name: /^CPU cores used: / })).toBeVisible();
    await expectNoA11yViolationsLightAndDark(page);
  });

  test('in French: a period that ends in the future is refused, then a fortnight', async ({ page }) => {
    await setLanguage(page, 'fr');
    await page.goto(`/usage?window=custom&from=${daysAgo(3)}&to=${daysAgo(-2)}`);
    await expect(page.getByText('Le dernier jour ne peut pas être dans le futur.')).toBeVisible(FIRST_DATA);
    await page.getByLabel('Premier jour').fill(daysAgo(13));
    await page.getByLabel('Dernier jour').fill(daysAgo(0));
    await page.getByRole('button', { name: 'Afficher' }).click();
    await expect(page.getByText(/^Du .+ \(14\sjours\)$/)).toBeVisible();
    await expect(
      region(page, 'Totaux').getByText(/la période de 14\sjours précédente jusqu’à la même heure$/),
    ).toHaveCount(5, FIRST_DATA);
    await region(page, 'Sessions principales').getByRole('link', { name: 'carta-m31' }).click();
    await expect(
      page.getByRole('heading', { name: /^La session \u2068?carta-m31\u2069? au fil du temps$/ }),
    ).toBeVisible();
    await expect(
      region(page, 'Cœurs CPU utilisés, tableau').getByRole('columnheader', { name: 'Cœurs demandés' }),
    ).toBeVisible(FIRST_DATA);
    await expectNoA11yViolations(page);
  });
});
