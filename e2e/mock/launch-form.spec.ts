import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

const NOTEBOOK = 'images.canfar.net/skaha/astroml-notebook:26.03';
const linkTo = (params: Record<string, string>) =>
  `/sessions/launch?${new URLSearchParams(params).toString()}`;

/** The form has what it checks a launch against: the user's sessions and the platform's limits. */
const formReady = (page: Page) =>
  expect(page.getByText(/interactive sessions in use/)).toBeVisible({ timeout: 15_000 });

test("a link's values win over the last launch; a plain open says it restored them, and Reset resets", async ({
  page,
}) => {
  // four cold loads of the form
  test.slow();
  await page.goto(
    linkTo({
      type: 'notebook',
      image: NOTEBOOK,
      resources: 'fixed',
      cores: '2',
      ram: '8',
      gpus: '1',
      name: 'gpu-run',
    }),
  );
  await formReady(page);
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  await expect(page).toHaveURL(/\/sessions$/);

  // what the images area's "Launch as notebook" opens
  await page.goto(linkTo({ type: 'notebook', image: NOTEBOOK }));
  await formReady(page);
  await expect(page.getByRole('radio', { name: 'Flexible' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'GPUs' })).toHaveValue('None');
  await expect(page.getByText(/shows your last Notebook launch/)).toBeHidden();

  await page.goto('/sessions/launch');
  await formReady(page);
  const notice = page.getByRole('status').filter({ hasText: 'This form shows your last Notebook launch' });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Fixed' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'GPUs' })).toHaveValue('1');
  await notice.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByRole('radio', { name: 'Flexible' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'GPUs' })).toHaveValue('None');
  await expect(page).toHaveURL(/\/sessions\/launch\?type=notebook$/);
});

test('the session types are one radio group: one Tab stop, arrows, Home and End', async ({ page }) => {
  await page.goto(linkTo({ type: 'notebook', image: NOTEBOOK }));
  await formReady(page);
  const group = page.getByRole('radiogroup', { name: 'Session type' });
  // the Presets menu's button comes just before the form
  await page.getByRole('button', { name: 'Presets' }).focus();
  await page.keyboard.press('Tab');
  await expect(group.getByRole('radio', { name: 'Notebook' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: 'Desktop' })).toBeFocused();
  await expect(group.getByRole('radio', { name: 'Desktop' })).toBeChecked();
  await page.keyboard.press('End');
  await expect(group.getByRole('radio', { name: 'Headless' })).toBeFocused();
  await expect(group.getByRole('radio', { name: 'Headless' })).toBeChecked();
  await page.keyboard.press('Home');
  await expect(group.getByRole('radio', { name: 'Notebook' })).toBeChecked();
  // one Tab leaves the group for the next field
  await page.keyboard.press('Tab');
  for (const radio of await group.getByRole('radio').all()) await expect(radio).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(group.getByRole('radio', { name: 'Notebook' })).toBeFocused();
});

test('a link opened twice offers the running session or another name instead of launching again', async ({
  page,
}) => {
  await page.goto(linkTo({ type: 'notebook', image: NOTEBOOK, name: 'notebook1' }));
  await formReady(page);
  await expect(
    page.getByText('“notebook1” is already running. Open it, or give the new session another name.'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open notebook1' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Launch', exact: true })).toBeDisabled();
  await page.getByRole('button', { name: 'Launch another as notebook2' }).click();
  await expect(page).toHaveURL(/\/sessions$/);
  await expect(page.getByRole('article', { name: 'notebook2' })).toBeVisible();
});

test('figures that arrive late (free capacity, GPUs free, sessions in use) do not move Launch under the pointer', async ({
  page,
}) => {
  // every answer of the fake platform takes about 1.5 s; the GPUs free are asked only once the GPU picker shows
  await page.goto(`${linkTo({ type: 'notebook', image: NOTEBOOK, name: 'steady' })}&scenario=slow`);
  await expect(page.getByRole('combobox', { name: 'GPUs' })).toBeVisible({ timeout: 15_000 });
  const launch = page.getByRole('button', { name: 'Launch', exact: true });
  const before = await launch.boundingBox();
  await expect(page.getByText(/NVIDIA .* free now/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/^Free now: /)).toBeVisible();
  await formReady(page);
  expect(before).not.toBeNull();
  expect((await launch.boundingBox())?.y).toBe(before?.y);
});

test('by keyboard, a page reached from another takes focus at its heading, and a launch at its new tile', async ({
  page,
}) => {
  await page.goto('/sessions');
  await page.getByRole('link', { name: 'New session' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Launch a session' })).toBeFocused({
    timeout: 15_000,
  });
  // the next Tab goes on from the top of the page, not of the document
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Back to your sessions' })).toBeFocused();

  await page.goto(linkTo({ type: 'notebook', image: NOTEBOOK, name: 'by-keys' }));
  await formReady(page);
  await page.getByRole('textbox', { name: 'Session name' }).press('Enter');
  await expect(page).toHaveURL(/\/sessions$/);
  // the new session's tile, once the list has it: its name is read, and Tab goes on through its buttons
  const tile = page.getByRole('article', { name: 'by-keys' });
  await expect(tile).toBeFocused();
  // and a sighted user sees which tile it is
  await expect(tile).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /by-keys/ }).first()).toBeFocused();
});

test('by keyboard, a headless launch takes focus at the jobs’ table, which has no tiles', async ({
  page,
}) => {
  await page.goto(
    linkTo({
      type: 'headless',
      image: 'images.canfar.net/skaha/terminal:1.1.2',
      name: 'key-job',
      cmd: 'env',
    }),
  );
  // a headless launch counts no interactive sessions: the form is ready once it offers the canfar line
  await expect(page.getByText(/^canfar create --name key-job .*headless/)).toBeVisible({ timeout: 15_000 });
  await page.getByRole('textbox', { name: 'Session name' }).press('Enter');
  await expect(page).toHaveURL(/\/sessions$/);
  const jobs = page.getByRole('region', { name: /^Headless jobs/ });
  await expect(jobs.getByRole('heading', { level: 2, name: /^Headless jobs/ })).toBeFocused();
  await expect(jobs.getByRole('row', { name: /key-job/ })).toBeVisible();
});
