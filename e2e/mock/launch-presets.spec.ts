import { expect, expectNoA11yViolationsLightAndDark, test } from '../support/fixtures';
import { accountMenu } from '../support/portal';

const FIRST_DATA = { timeout: 20_000 };
const NO_PRESETS_FILE = /status of 404 .*\/\.canfar\/launch-presets\.json/;
const NOTEBOOK =
  '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03&resources=fixed&cores=4&ram=16';

test('Copy link puts the form’s address on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const shared =
    '/sessions/launch?type=notebook&image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03&name=shared-nb&resources=fixed&cores=4&ram=16';
  await page.goto(shared);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(`${copied.pathname}${copied.search}`).toBe(shared);
});

test('GPUs free now and their model, beside the GPU picker', async ({ page }) => {
  await page.goto('/sessions/launch?type=notebook');
  await expect(page.getByRole('combobox', { name: 'GPUs' })).toBeVisible(FIRST_DATA);
  await expect(page.getByText(/^\d of 8 NVIDIA A100 SXM4 80GB free now$/)).toBeVisible(FIRST_DATA);
});

test('saves the form as a preset, finds it after a reload, and launches from it', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(NO_PRESETS_FILE, 'cavern answers 404 for a presets file not yet written');
  await page.goto(NOTEBOOK);
  await page.getByRole('button', { name: 'Presets' }).click();
  await page.getByRole('menuitem', { name: 'Save the form as a preset…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save the form as a preset' });
  await dialog.getByRole('textbox', { name: 'Preset name' }).fill('Big notebook');
  await dialog.getByRole('button', { name: 'Save preset' }).click();
  await expect(page.getByText('Preset “Big notebook” saved.')).toBeVisible();

  await page.goto('/sessions/launch?type=carta');
  await expect(page.getByRole('radio', { name: 'CARTA' })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('button', { name: 'Presets' }).click();
  await page.getByRole('menuitem', { name: 'Big notebook' }).click();
  await expect(page.getByRole('radio', { name: 'Notebook' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('radio', { name: 'Fixed' })).toBeChecked();
  await expect(page).toHaveURL(/cores=4&ram=16/);
  const name = await page.getByRole('textbox', { name: 'Session name' }).inputValue();
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  await expect(page).toHaveURL(/\/sessions$/);
  await expect(page.getByRole('article', { name })).toBeVisible(FIRST_DATA);
});

test('a trainee sees the presets their workshop publishes, marked with the project', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(NO_PRESETS_FILE, 'cavern answers 404 for a presets file not yet written');
  await page.goto('/sessions/launch?type=notebook');
  await accountMenu(page, 'Jane Doe').click();
  await page.getByRole('menuitem', { name: /Alex Martin/ }).click();
  await expect(accountMenu(page, 'Alex Martin')).toBeVisible();
  // by keyboard: the menu opens while its presets are read, every item disabled, and still takes the focus
  await page.getByRole('button', { name: 'Presets' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Published for survey-team')).toBeVisible(FIRST_DATA);
  await expectNoA11yViolationsLightAndDark(page);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: /^Exercise 1: first notebook/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(
    page.getByRole('menuitem', { name: 'Exercise 2: parameter sweep survey-team, read-only' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radio', { name: 'Headless' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('textbox', { name: 'Session name' })).toHaveValue('sweep');
  await expect(page.getByRole('button', { name: 'Launch 4 replicas' })).toBeVisible();
});

test('the Presets menu fits a phone screen, published presets and all', async ({ page, consoleGuard }) => {
  consoleGuard.allow(NO_PRESETS_FILE, 'cavern answers 404 for a presets file not yet written');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/sessions/launch?type=notebook');
  await page.getByRole('button', { name: 'Presets' }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: /^Exercise 1: first notebook/ })).toBeVisible(FIRST_DATA);
  const box = await menu.boundingBox();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Escape closes it, focus back on its button
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(page.getByRole('button', { name: 'Presets' })).toBeFocused();
});
