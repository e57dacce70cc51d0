import type { Page } from '@playwright/test';
import {
  expect,
  expectNoA11yViolations,
  expectNoA11yViolationsLightAndDark,
  setLanguage,
  test,
} from '../support/fixtures';
import { failedLoad } from '../support/portal';

/** The first figures wait for the lazy area chunk, the in-browser fake platform and every member's queries. */
const FIRST_DATA = { timeout: 20_000 };

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

const accountMenuName = {
  en: (name: string) => `Account menu for ${name}`,
  fr: (name: string) => `Menu du compte : ${name}`,
};

/**
 * Switches the demo to Mei Chen and waits until the page is hers: a menu opened before then is Jane Doe's, and
 * the switch closes it.
 */
async function signInAsPi(page: Page, language: 'en' | 'fr' = 'en') {
  await page.getByRole('button', { name: accountMenuName[language]('Jane Doe') }).click();
  await page.getByRole('menuitem', { name: /Mei Chen/ }).click();
  await expect(page.getByRole('button', { name: accountMenuName[language]('Mei Chen') })).toBeVisible();
}

test.describe("a PI's group, from GMS", () => {
  test('mchen picks a group she owns and sees every member, one with no usage, and the project folder', async ({
    page,
  }) => {
    // Mei Chen's own link, period and all: a switch of user starts her without Jane Doe's period
    await page.goto('/usage/projects?window=month&demo-user=mchen');
    await expect(page.getByRole('button', { name: accountMenuName.en('Mei Chen') })).toBeVisible(FIRST_DATA);
    await page.getByRole('combobox', { name: 'Project' }).click(FIRST_DATA);
    const groups = page.getByRole('group', { name: 'Groups you own or administer' });
    await expect(groups.getByRole('option')).toHaveText(['lensing-lab', 'survey-team']);
    await groups.getByRole('option', { name: 'survey-team' }).click();
    await expect(page).toHaveURL(/\/usage\/groups\/survey-team\?window=month$/);
    await expect(page.getByText('Deep survey pipeline · 5 people, owned by mchen')).toBeVisible();
    const members = region(page, 'Usage by member');
    for (const name of ['mchen', 'jdoe', 'akumar', 'trainee1'])
      await expect(members.getByRole('row', { name: new RegExp(`^${name} `) })).toBeVisible(FIRST_DATA);
    // nkaur is a member who has never run a session: listed, with zeros
    await expect(members.getByRole('row', { name: /^nkaur / })).toHaveText(/^nkaurMember00000$/);
    await expect(members.getByRole('row', { name: /^mchen / })).toContainText('Owner');
    // the chart's one series is named: its unit
    await expect(members.locator('.recharts-legend-item-text')).toHaveText('CPU core-hours');
    await expect(region(page, 'Top sessions').getByRole('columnheader', { name: 'User' })).toBeVisible();
    // every headline figure beside the group's previous 30 days
    await expect(region(page, 'Totals').getByText(/the previous 30 days$/)).toHaveCount(5);
    const folder = region(page, 'Project storage');
    await expect(folder).toContainText('/projects/survey-team');
    await expect(folder).toContainText(/ of .+ used \(\d+%\)/);
    await expectNoA11yViolationsLightAndDark(page);
  });

  test('in French, a group she administers', async ({ page }) => {
    await setLanguage(page, 'fr');
    await page.goto('/usage/projects');
    await signInAsPi(page, 'fr');
    await page.getByRole('combobox', { name: 'Projet' }).click(FIRST_DATA);
    await page
      .getByRole('group', { name: 'Groupes que vous possédez ou administrez' })
      .getByRole('option', { name: 'lensing-lab' })
      .click();
    await expect(page).toHaveURL(/\/usage\/groups\/lensing-lab/);
    await expect(
      page.getByText('Weak lensing analysis · 2 personnes, propriétaire\u202f: lwong'),
    ).toBeVisible();
    const members = region(page, 'Utilisation par membre');
    await expect(members.getByRole('row', { name: /^mchen / })).toContainText('Administrateur', FIRST_DATA);
    await expect(members.getByRole('row', { name: /^lwong / })).toContainText('Propriétaire');
    await expect(region(page, 'Totaux').getByText(/la semaine précédente$/)).toHaveCount(5);
    await expectNoA11yViolations(page);
  });

  test('someone who does not lead the group is told so', async ({ page, consoleGuard }) => {
    consoleGuard.allow(failedLoad(403, '/ac/groups/lensing-lab'), 'GMS refuses a non-member on purpose');
    await page.goto('/usage/groups/lensing-lab');
    await expect(page.getByRole('alert')).toContainText(
      'only the group’s owner and administrators can see their usage',
      FIRST_DATA,
    );
  });
});
