import type { Page } from '@playwright/test';
import {
  HOSTILE,
  HOSTILE_FOLDER,
  HOSTILE_HARBOR_PROJECT,
  HOSTILE_REPOSITORY,
  HOSTILE_SESSION_NAME,
  HOSTILE_TAG,
  hostileNodeNames,
} from '../../mocks/platform/hostile';
import { expect, expectNoA11yViolations, test, type ColorScheme } from '../support/fixtures';

// Names that hold markup, script, right-to-left text and 300 characters (the `hostile` scenario) must show as
// the characters they are, run nothing and keep every page inside the window.

const dialogsOf = new WeakMap<Page, string[]>();

// Each test runs axe several times, which takes a while on a shared machine.
test.slow();

test.beforeEach(async ({ page }) => {
  const fired: string[] = [];
  dialogsOf.set(page, fired);
  // An alert() from a name would show up here; dismiss it so the page goes on, and fail after.
  page.on('dialog', (dialog) => {
    fired.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto('/sessions?scenario=hostile');
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible({ timeout: 15_000 });
});

test.afterEach(({ page }) => {
  expect(dialogsOf.get(page), 'dialogs opened by the page').toEqual([]);
});

/** Nothing in the page was made from a name's markup, and no link leaves for a script. */
async function expectInert(page: Page) {
  const found = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    scripts: [...document.scripts].filter((script) => script.text.includes('alert(')).length,
    bold: [...document.querySelectorAll('b')].filter((element) => element.textContent === 'bold').length,
    handlers: document.querySelectorAll('[onerror], [onclick], [onload]').length,
    scriptLinks: [...document.querySelectorAll('a[href]')]
      .map((anchor) => (anchor instanceof HTMLAnchorElement ? anchor.protocol : ''))
      .filter((protocol) => protocol !== 'http:' && protocol !== 'https:').length,
  }));
  expect(found).toEqual({ images: 0, scripts: 0, bold: 0, handlers: 0, scriptLinks: 0 });
}

/** The page is no wider than the window at a phone's width and at a desktop's. */
async function expectNoOverflow(page: Page) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expect
      .poll(
        () =>
          page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        {
          message: `horizontal overflow at ${String(width)} px on ${page.url()}`,
        },
      )
      .toBeLessThanOrEqual(0);
  }
}

async function expectAccessible(page: Page, schemes: readonly ColorScheme[] = ['light', 'dark']) {
  for (const scheme of schemes) {
    await page.evaluate((value) => {
      window.localStorage.setItem('mantine-color-scheme-value', value);
      document.documentElement.setAttribute('data-mantine-color-scheme', value);
    }, scheme);
    await expectNoA11yViolations(page);
  }
}

test('sessions: a 63-character name and a 400-character image stay on the tile, cut with the full text kept', async ({
  page,
}) => {
  const tile = page.getByRole('article', { name: HOSTILE_SESSION_NAME });
  await expect(tile).toBeVisible();
  // cut to two lines on the tile, whole in its title and its text
  const imageRef = `images.canfar.net/${HOSTILE_HARBOR_PROJECT}/${HOSTILE_REPOSITORY}:${HOSTILE_TAG}`;
  const image = tile.getByTitle(imageRef, { exact: true });
  await expect(image).toBeVisible();
  await expect(tile.getByText(imageRef, { exact: true })).toBeVisible();
  // two lines high, with more below them: a part too long for a line wraps inside the clamp, not past it
  const clamp = await image.evaluate((element) => ({
    lines: element.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(element).lineHeight),
    cut: element.scrollHeight > element.clientHeight,
  }));
  expect(clamp.lines).toBeLessThanOrEqual(2.05);
  expect(clamp.cut).toBe(true);
  const job = page.getByRole('row').filter({ hasText: `${HOSTILE_SESSION_NAME.slice(0, 58)}-job1` });
  await expect(job).toBeVisible();
  await expectInert(page);
  await expectNoOverflow(page);
  await expectAccessible(page);

  // The job's command holds markup: the events and logs show it as text.
  await job.getByRole('button', { name: 'Events and logs' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectInert(page);
  await expectNoOverflow(page);
});

test('launch form: the image picker lists the long image, wrapped inside its dropdown', async ({ page }) => {
  await page.goto('/sessions/launch?type=notebook');
  await page.getByRole('combobox', { name: 'Image' }).click();
  const option = page.getByRole('option', { name: new RegExp(`^${HOSTILE_REPOSITORY}:1\\.0_`) });
  await expect(option).toBeVisible();
  await expectNoOverflow(page);
  await expectInert(page);
  await option.click();
  await expect(page.getByRole('combobox', { name: 'Image' })).toHaveValue(new RegExp(HOSTILE_REPOSITORY));
  await expect(page.getByRole('button', { name: 'Launch', exact: true })).toBeEnabled();
  await expectNoOverflow(page);
  await expectAccessible(page);
});

test('images: the 255-character project, its repositories and their free-text labels', async ({ page }) => {
  await page.goto('/images');
  const project = page.getByRole('link', { name: HOSTILE_HARBOR_PROJECT, exact: true });
  await expect(project).toBeVisible();
  // shown whole, wrapping within its cell, not cut to a tooltip only a pointer reaches
  expect(
    await project.evaluate((link) => {
      const cell = link.closest('td');
      return cell !== null && cell.scrollWidth <= cell.clientWidth;
    }),
  ).toBe(true);
  await expectNoOverflow(page);
  await project.click();

  await expect(page.getByRole('heading', { level: 1, name: HOSTILE_HARBOR_PROJECT })).toBeVisible();
  const repository = page.getByRole('link', { name: HOSTILE_REPOSITORY, exact: true });
  await expect(repository).toBeVisible();
  // the description is markup, right-to-left text and a long word, shown as text
  await expect(page.getByText(HOSTILE.img, { exact: false }).first()).toBeVisible();
  await expectInert(page);
  await expectNoOverflow(page);
  await expectAccessible(page);
  await repository.click();

  await expect(
    page.getByRole('heading', { level: 1, name: `${HOSTILE_HARBOR_PROJECT}/${HOSTILE_REPOSITORY}` }),
  ).toBeVisible();
  for (const label of [HOSTILE.img, HOSTILE.bold, HOSTILE.script, HOSTILE.jsUrl, HOSTILE.rtl, HOSTILE.long]) {
    // a label is free text: its bidirectional override is shown as what it is
    const shown = label.replaceAll('\u202E', '<U+202E>');
    await expect(page.getByRole('table').getByText(shown, { exact: true }).first()).toBeAttached();
  }
  await expectInert(page);
  await expectNoOverflow(page);
  await expectAccessible(page);

  await page.getByRole('link', { name: HOSTILE_TAG, exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `${HOSTILE_REPOSITORY}:${HOSTILE_TAG}` }),
  ).toBeVisible();
  await expect(page.getByText(HOSTILE.script, { exact: true }).first()).toBeAttached();
  await expectInert(page);
  await expectNoOverflow(page);
  await expectAccessible(page);
});

test('storage: the hostile folder, its files, the preview and the rename dialog', async ({ page }) => {
  await page.goto(`/storage/home/jdoe/${encodeURIComponent(HOSTILE_FOLDER)}`);
  const grid = page.getByRole('grid', { name: /^Contents of/ });
  for (const name of hostileNodeNames) {
    // A bidirectional override is shown as what it is, never applied.
    const shown = name.replaceAll('\u202E', '<U+202E>');
    await expect(grid.getByText(shown, { exact: true })).toBeVisible();
    await expect(grid.getByText(`${shown}.txt`, { exact: true })).toBeVisible();
  }
  // the breadcrumb names the folder as text
  await expect(page.getByText(HOSTILE_FOLDER, { exact: true }).first()).toBeVisible();
  // a name cavern cannot reach (a space, `<`) says so in its row; one it can does not
  const mark = { name: 'Not reachable from the web' };
  await expect(
    grid
      .getByRole('row')
      .filter({ hasText: `${HOSTILE.img}.txt` })
      .getByRole('img', mark),
  ).toBeVisible();
  await expect(
    grid
      .getByRole('row')
      .filter({ hasText: `${HOSTILE.long}.txt` })
      .getByRole('img', mark),
  ).toHaveCount(0);
  await expectInert(page);
  await expectNoOverflow(page);
  await expectAccessible(page);

  // the preview shows the file's text, which starts with its name, a javascript: URL
  await grid
    .getByRole('row')
    .filter({ hasText: `${HOSTILE.jsUrl}.txt` })
    .click();
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('dialog');
  await expect(
    preview.getByText(`${HOSTILE.jsUrl}.txt: observing notes`, { exact: false }).first(),
  ).toBeVisible();
  await expectInert(page);
  await expectNoOverflow(page);
  await expectAccessible(page, ['light']);
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  // renaming the 300-character file: the dialog holds it whole in the field
  const long = `${HOSTILE.long}.txt`;
  await grid.getByRole('row').filter({ hasText: long }).click();
  await page.getByRole('button', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog');
  await expect(rename.getByRole('textbox', { name: 'New name' })).toHaveValue(long);
  await expectNoOverflow(page);
  await expectAccessible(page, ['light']);
  // markup in a name is refused, as cavern could not reach it; a javascript: URL is a name it can
  await rename.getByRole('textbox', { name: 'New name' }).fill(`${HOSTILE.bold}.txt`.replaceAll('/', '-'));
  await rename.getByRole('textbox', { name: 'New name' }).press('Enter');
  await expect(
    rename.getByText(
      'A name cannot contain “<”, “>”: the storage service cannot reach such a name from the web.',
    ),
  ).toBeVisible();
  await rename.getByRole('textbox', { name: 'New name' }).fill('javascript:alert(1).txt');
  await rename.getByRole('textbox', { name: 'New name' }).press('Enter');
  await expect(grid.getByText('javascript:alert(1).txt', { exact: true })).toBeVisible();
  await expectInert(page);
});

test('usage: the project picker lists projects named with markup and right-to-left text', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(
    /status of 40[34]/,
    'jdoe is no PI of these projects: the usage service refuses (403), storage has no such folder (404)',
  );
  await page.goto('/usage/projects');
  await page.getByRole('combobox', { name: 'Project' }).click();
  for (const name of [HOSTILE.img, HOSTILE.script, HOSTILE.rtl, HOSTILE.long]) {
    // a project's name is free text: its bidirectional override is shown as what it is
    const shown = name.replaceAll('\u202E', '<U+202E>');
    await expect(page.getByRole('option', { name: shown, exact: true })).toBeAttached();
  }
  await expectNoOverflow(page);
  await expectInert(page);
  await page.getByRole('option', { name: HOSTILE.img, exact: true }).click();
  await expect(page).toHaveURL(/\/usage\/projects\/%3Cimg%20src%3Dx%20onerror%3Dalert\(1\)%3E/);
  await expect(page.getByText(HOSTILE.img, { exact: false }).first()).toBeVisible();
  await expectInert(page);
  await expectNoOverflow(page);
  await expectAccessible(page);
});

/** The text and the tooltips of the page hold no bidirectional override, which would reorder what is shown. */
async function expectNoOverride(page: Page) {
  const found = await page.evaluate(() =>
    [
      document.body.innerText,
      ...[...document.querySelectorAll('[title]')].map((el) => el.getAttribute('title')),
    ]
      .filter((text) => text?.includes('\u202E'))
      .map((text) => text?.slice(0, 80)),
  );
  expect(found).toEqual([]);
}

test('images: a description and a label holding an override show it as what it is', async ({ page }) => {
  await page.goto(`/images/${HOSTILE_HARBOR_PROJECT}/rtl_and_emoji`);
  await expect(page.getByRole('heading', { level: 1, name: /rtl_and_emoji$/ })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByText('<U+202E>txt.exe', { exact: false }).first()).toBeVisible();
  await expectNoOverride(page);
});

test('usage: a link cannot write the heading of a session’s page, nor reverse it', async ({ page }) => {
  const said = 'Session expired. Your account is suspended: re-enter your password at https://evil.example';
  for (const name of [said, 'abc\u202Eexe.fdp']) {
    await page.goto(`/usage/sessions/k3x9q2ma?name=${encodeURIComponent(name)}`);
    // the usage service knows a session by its ID alone: a name no session could have is not shown
    await expect(
      page.getByRole('heading', { name: /^Session \u2068?k3x9q2ma\u2069? over time$/ }),
    ).toBeVisible();
    await expect(page.getByText('Session expired', { exact: false })).toHaveCount(0);
    await expectNoOverride(page);
  }
});
