import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolationsLightAndDark, setLanguage, test } from '../support/fixtures';
import { sessionCell } from '../support/portal';

/**
 * Time passes in the page: the in-page fake platform reads the page's clock, so Pending turns Running, and the
 * portal's next poll, due within it, runs now rather than after seconds of real waiting (on two cores, both
 * workers waiting out a poll left the machine idle). Needs `page.clock.install()` before the page loads.
 */
async function timePasses(page: Page, ms: number): Promise<void> {
  await page.clock.fastForward(ms);
}

const launchUrl = (params: Record<string, string>) =>
  `/sessions/launch?${new URLSearchParams(params).toString()}`;

const IMAGES = {
  notebook: 'images.canfar.net/skaha/astroml-notebook:26.03',
  desktop: 'images.canfar.net/skaha/desktop:1.2.0',
  carta: 'images.canfar.net/skaha/carta:5.1.0',
  firefly: 'images.canfar.net/skaha/firefly:2025.3',
  contributed: 'images.canfar.net/myproject/vscode-web:1.1',
} as const;

const english = {
  launch: 'Launch',
  pending: 'Pending',
  running: 'Running',
  open: 'Open',
  renew: 'Renew',
  renewed: /^Renewed: now ends /,
  del: 'Delete',
  terminating: 'Terminating',
  deleteTitle: (name: string) => `Delete ${name}?`,
};
const french = {
  launch: 'Lancer',
  pending: 'En attente',
  running: 'En cours',
  open: 'Ouvrir',
  renew: 'Prolonger',
  renewed: /^Prolongée\s:\sse termine le /,
  del: 'Supprimer',
  terminating: 'Arrêt en cours',
  deleteTitle: (name: string) => `Supprimer ${name} ?`,
};

for (const type of Object.keys(IMAGES) as (keyof typeof IMAGES)[]) {
  for (const [language, words] of [
    ['en', english],
    ['fr', french],
  ] as const) {
    // every type in English; French for two of them keeps the suite short
    if (language === 'fr' && type !== 'notebook' && type !== 'desktop') continue;
    test(`${type}: launch → Pending → Running → Open → renew → delete (${language})`, async ({ page }) => {
      await setLanguage(page, language);
      await page.clock.install();
      await page.goto(launchUrl({ type, image: IMAGES[type], name: `my-${type}` }));
      await page.getByRole('button', { name: words.launch, exact: true }).click();

      await expect(page).toHaveURL(/\/sessions$/);
      const tile = sessionCell(page, `my-${type}`);
      await expect(tile).toContainText(words.pending);
      await expect(tile.getByRole('link', { name: new RegExp(`^${words.open}`) })).toHaveCount(0);

      await timePasses(page, 5_000);
      await expect(tile).toContainText(words.running, { timeout: 10_000 });
      const open = tile.getByRole('link', { name: `${words.open} my-${type}` });
      // the demo's Open leads to its stand-in page: the fake platform's canfar.net addresses lead nowhere
      await expect(open).toHaveAttribute('href', /\/sessions\/open\/[a-z0-9]+$/);

      await tile.getByRole('button', { name: `${words.renew} my-${type}` }).click();
      await expect(tile.getByText(words.renewed)).toBeVisible();

      await tile.getByRole('button', { name: `${words.del} my-${type}` }).click();
      const dialog = page.getByRole('dialog', { name: words.deleteTitle(`my-${type}`) });
      await dialog.getByRole('button', { name: words.del, exact: true }).click();
      await expect(tile).toContainText(words.terminating);
      await timePasses(page, 5_000);
      await expect(tile).toHaveCount(0, { timeout: 10_000 });
    });
  }
}

test('headless: 3 replicas launched with progress, listed in the jobs table, deleted together', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(
    launchUrl({
      type: 'headless',
      image: 'images.canfar.net/skaha/terminal:1.1.2',
      name: 'sweep',
      cmd: 'env',
    }),
  );
  await page.getByRole('textbox', { name: 'Replicas' }).fill('3');
  await expect(
    page.getByText(/--replicas 3 headless images.canfar.net\/skaha\/terminal:1.1.2 -- env/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Launch 3 replicas' }).click();
  await expect(page).toHaveURL(/\/sessions$/);
  const jobs = page.getByRole('region', { name: /^Headless jobs/ });
  for (const name of ['sweep-1', 'sweep-2', 'sweep-3']) {
    await expect(jobs.getByRole('cell', { name, exact: true })).toBeVisible();
  }
  await timePasses(page, 5_000);
  await expect(jobs.getByRole('row', { name: /sweep-1/ })).toContainText('Running', { timeout: 10_000 });
  for (const name of ['sweep-1', 'sweep-2', 'sweep-3']) {
    await jobs.getByRole('checkbox', { name: `Select ${name}` }).check();
  }
  await jobs.getByRole('button', { name: 'Delete 3 jobs' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete 3 jobs?' });
  await expect(confirm.getByRole('button', { name: 'Keep them' })).toBeVisible();
  await confirm.getByRole('button', { name: 'Delete 3 jobs' }).click();
  await timePasses(page, 5_000);
  await expect(jobs.getByRole('cell', { name: 'sweep-1', exact: true })).toHaveCount(0, { timeout: 10_000 });
});

test('a private image launches with registry credentials; the secret stays out of the URL and storage', async ({
  page,
}) => {
  const requests: { url: string; auth: string | null; body: string; contentType: string }[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/skaha/v1/session')) {
      requests.push({
        url: request.url(),
        auth: request.headers()['x-skaha-registry-auth'] ?? null,
        body: request.postData() ?? '',
        contentType: request.headers()['content-type'] ?? '',
      });
    }
  });
  await page.goto(launchUrl({ type: 'headless' }));
  // the form state lives in the URL, which the router updates just after the click
  await page.getByRole('checkbox', { name: 'Private or unlisted image' }).click();
  await expect(page.getByRole('checkbox', { name: 'Private or unlisted image' })).toBeChecked();
  await page.getByRole('textbox', { name: 'Image path' }).fill('survey-team/private-pipeline:1.0');
  await page.getByRole('textbox', { name: 'Registry user name' }).fill('jdoe');
  // exact: the field's show/hide button is named after it too
  await page.getByLabel('Registry secret', { exact: true }).fill('cli-s3cret');
  await page.getByRole('textbox', { name: 'Session name' }).fill('private-fit');
  await expect(page).not.toHaveURL(/s3cret/);
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  await expect(page).toHaveURL(/\/sessions$/);
  await expect(
    page
      .getByRole('region', { name: /^Headless jobs/ })
      .getByRole('cell', { name: 'private-fit', exact: true }),
  ).toBeVisible();
  expect(requests).toHaveLength(1);
  expect(requests[0]?.auth).toBe(Buffer.from('jdoe:cli-s3cret').toString('base64'));
  // form-encoded in UTF-8 as skaha reads it; no type for headless (an absent type launches headless), no secret
  // in the body; a job alone is replica 1 of 1, as the canfar client sends it
  expect(requests[0]?.contentType).toBe('application/x-www-form-urlencoded;charset=UTF-8');
  expect([...new URLSearchParams(requests[0]?.body)]).toEqual([
    ['name', 'private-fit'],
    ['image', 'images.canfar.net/survey-team/private-pipeline:1.0'],
    ['env', 'REPLICA_ID=1'],
    ['env', 'REPLICA_COUNT=1'],
  ]);
  const stored = await page.evaluate(() =>
    JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]),
  );
  expect(stored).not.toContain('cli-s3cret');
});

for (const language of ['en', 'fr'] as const) {
  test(`a rejected launch shows skaha's message and keeps every field (${language})`, async ({
    page,
    consoleGuard,
  }) => {
    consoleGuard.allow(/status of 400/, 'the launch is refused on purpose');
    await setLanguage(page, language);
    await page.goto(
      launchUrl({
        type: 'headless',
        image: 'images.canfar.net/survey-team/private-pipeline:1.0',
        name: 'fit',
        cmd: 'python',
        args: 'fit.py --fast',
      }),
    );
    const launch = page.getByRole('button', { name: language === 'en' ? 'Launch' : 'Lancer', exact: true });
    // without credentials the form says what is missing, at the field, and sends nothing
    await launch.click();
    const registryUser = page.getByRole('textbox', {
      name: language === 'en' ? 'Registry user name' : 'Nom d’utilisateur du registre',
    });
    await expect(registryUser).toBeFocused();
    await expect(registryUser).toHaveAttribute('aria-invalid', 'true');
    await registryUser.fill('jdoe');
    await page
      .getByLabel(language === 'en' ? 'Registry secret' : 'Secret du registre', { exact: true })
      .fill('cli-s3cret');
    // skaha's refusal when the credentials did not reach it
    await page.evaluate(() => {
      window.__fakePlatform?.failNext('skaha', {
        status: 400,
        body: 'No authentication provided for unknown or private image.  Use x-skaha-registry-auth request header with base64Encode(username:secret).\n',
        method: 'POST',
      });
    });
    await launch.click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      language === 'en' ? 'The launch was refused' : 'Le lancement a été refusé',
    );
    await expect(alert).toContainText('No authentication provided for unknown or private image.');
    await expect(page).toHaveURL(/\/sessions\/launch\?/);
    await expect(
      page.getByRole('textbox', { name: language === 'en' ? 'Session name' : 'Nom de la session' }),
    ).toHaveValue('fit');
    await expect(page.getByRole('textbox', { name: language === 'en' ? 'Command' : 'Commande' })).toHaveValue(
      'python',
    );
    await expect(page.getByRole('textbox', { name: 'Arguments' })).toHaveValue('fit.py --fast');
  });

  test(`the session limit disables Launch and says why (${language})`, async ({ page }) => {
    await setLanguage(page, language);
    await page.goto(`${launchUrl({ type: 'notebook' })}&scenario=busy`);
    await expect(
      page.getByText(
        language === 'en'
          ? 'You have reached the limit of 3 interactive sessions. Delete one to launch another.'
          : 'Vous avez atteint la limite de 3 sessions interactives. Supprimez-en une pour en lancer une autre.',
      ),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: language === 'en' ? 'Launch' : 'Lancer', exact: true }),
    ).toBeDisabled();
  });
}

test('a full home folder disables Launch and says why', async ({ page }) => {
  await page.goto('/sessions/launch?type=notebook&scenario=home-full');
  await expect(
    page.getByText('Your home folder is full: sessions cannot start until you free some space.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Launch', exact: true })).toBeDisabled();
});

test('the image picker searches by name and shows tag and short digest; the form works from the keyboard', async ({
  page,
}) => {
  await page.goto('/sessions/launch?type=notebook');
  const picker = page.getByRole('combobox', { name: 'Image' });
  await picker.click();
  await picker.fill('astroml-notebook');
  await expect(page.getByRole('option', { name: 'astroml-notebook:26.03 · 5b0f7c2e9d3a' })).toBeVisible();
  // the first match, the newest, is marked as the search narrows: Enter takes it
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/image=images.canfar.net%2Fskaha%2Fastroml-notebook%3A26.03/);
  // typed key by key: the URL-held field must not drop or reorder characters
  const name = page.getByRole('textbox', { name: 'Session name' });
  await name.clear();
  await name.pressSequentially('Quick-Typed-Name');
  await expect(name).toHaveValue('Quick-Typed-Name');
  await expect(page.getByText('It will be called “quick-typed-name”.')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sessions$/);
  await expect(sessionCell(page, 'quick-typed-name')).toContainText('Pending');
});

test('the session filter keeps every key typed quickly, the address follows it, and Back restores it', async ({
  page,
}) => {
  await page.goto('/sessions');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  const filter = page.getByRole('textbox', { name: 'Filter sessions' });
  // key by key without pauses: each key starts a navigation, which must not overwrite the keys after it
  await filter.pressSequentially('carta-m31');
  await expect(filter).toHaveValue('carta-m31');
  await expect(page).toHaveURL(/\/sessions\?q=carta-m31$/);
  await expect(sessionCell(page, 'carta-m31')).toBeVisible();
  await expect(sessionCell(page, 'notebook1')).toBeHidden();
  await page.getByRole('link', { name: 'Images' }).click();
  await expect(page).toHaveURL(/\/images$/);
  await page.goBack();
  await expect(filter).toHaveValue('carta-m31');
  await expect(sessionCell(page, 'notebook1')).toBeHidden();
});

test('a stuck session says why from its events; events and logs open from the tile', async ({ page }) => {
  await page.goto('/sessions?scenario=stuck-pending');
  const tile = sessionCell(page, 'big-notebook');
  await expect(tile).toContainText('Waiting for room on the platform: 0/12 nodes are available');
  await tile.getByRole('button', { name: 'Events and logs big-notebook' }).click();
  const dialog = page.getByRole('dialog', { name: 'Events and logs of big-notebook' });
  await expect(dialog.getByRole('cell', { name: 'FailedScheduling' }).first()).toBeVisible();
  await dialog.getByRole('tab', { name: 'Logs' }).click();
  // its container has not started: skaha's logs are empty
  await expect(dialog.getByRole('tabpanel', { name: 'Logs' })).toHaveText('No log lines yet.');
});

test('a session about to end is renewed from the keyboard, from the notice on another page, and the focus stays on Renew', async ({
  page,
}) => {
  await page.goto('/usage?scenario=ending-soon');
  await page.getByRole('link', { name: 'Renew it on your sessions page' }).focus();
  await page.keyboard.press('Enter');
  const tile = sessionCell(page, 'notebook-ending');
  await expect(tile).toContainText(/Less than an hour left/);
  // the notice's link leaves focus on the tile's Renew: Enter renews
  const renew = tile.getByRole('button', { name: 'Renew notebook-ending' });
  await expect(renew).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tile.getByText(/^Renewed: now ends /)).toBeVisible();
  await expect(tile).not.toContainText(/Less than an hour left/);
  // Chromium moves the focus of a button that becomes disabled to the page: a busy Renew only looks disabled
  await expect(renew).toBeFocused();
});

test('a session deleted from the keyboard hands focus to the next tile’s Delete, not to the page’s top', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/sessions');
  const tiles = page.getByRole('main').getByRole('article');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  const [first, second] = await tiles.evaluateAll((articles) =>
    articles.map((article) => article.querySelector('h3')?.textContent ?? ''),
  );
  if (!first || !second) throw new Error('the default scenario shows two live sessions or more');
  await sessionCell(page, first)
    .getByRole('button', { name: `Delete ${first}` })
    .focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('dialog', { name: `Delete ${first}?` })
    .getByRole('button', { name: 'Delete', exact: true })
    .focus();
  await page.keyboard.press('Enter');
  await timePasses(page, 5_000);
  await expect(sessionCell(page, first)).toHaveCount(0, { timeout: 10_000 });
  // the next tile's Delete, ready for the next one, though the ending tile lost its own Delete on the way
  await expect(sessionCell(page, second).getByRole('button', { name: `Delete ${second}` })).toBeFocused();
});

test('relaunching a finished session opens the form prefilled', async ({ page }) => {
  await page.goto('/sessions');
  const finished = page.getByRole('region', { name: 'Failed and completed' });
  await finished.getByRole('link', { name: 'Relaunch old-analysis' }).click();
  await expect(page.getByRole('radio', { name: 'Notebook' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('combobox', { name: 'Image' })).toHaveValue(/astroml-notebook:25\.11/);
});

test('platform statistics unavailable do not break the page', async ({ page, consoleGuard }) => {
  consoleGuard.allow(/status of 503/, 'the stats-unavailable scenario answers 503 on purpose');
  await page.goto('/sessions?scenario=stats-unavailable');
  await expect(page.getByRole('region', { name: 'Platform load' }).getByRole('alert')).toContainText(
    'Statistics unavailable',
  );
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
});

test('500 headless jobs: the table stays responsive and sorts', async ({ page }) => {
  await page.goto('/sessions?scenario=headless-500');
  const jobs = page.getByRole('region', { name: 'Headless jobs (501)' });
  await expect(jobs.getByRole('cell', { name: 'batch-001', exact: true })).toBeVisible();
  // virtualized: only a screenful of rows is in the page
  expect(await jobs.getByRole('row').count()).toBeLessThan(80);
  await jobs.getByRole('button', { name: 'Name' }).click();
  await expect(jobs.getByRole('row').nth(1)).toContainText('reduce-night-3');
  await expect(jobs.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
});

for (const language of ['en', 'fr'] as const) {
  test(`sessions and launch pages have no accessibility violations, light and dark (${language})`, async ({
    page,
  }) => {
    await setLanguage(page, language);
    await page.goto('/sessions');
    await expect(sessionCell(page, 'notebook1')).toBeVisible();
    await expectNoA11yViolationsLightAndDark(page);
    await page.goto(
      launchUrl({ type: 'headless', image: 'images.canfar.net/skaha/terminal:1.1.2', env: 'A=1' }),
    );
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/canfar create/)).toBeVisible();
    await expectNoA11yViolationsLightAndDark(page);
  });
}

test('the launch form fits a 360 px wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(
    launchUrl({ type: 'headless', image: 'images.canfar.net/skaha/terminal:1.1.2', env: 'A=1' }),
  );
  await expect(page.getByText(/canfar create/)).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

for (const language of ['en', 'fr'] as const) {
  test(`at 320 px, each session type's name stays inside its card (${language})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await setLanguage(page, language);
    await page.goto('/sessions/launch');
    const cards = page
      .getByRole('radiogroup', { name: /^(Session type|Type de session)/ })
      .getByRole('radio');
    await expect(cards).toHaveCount(6);
    const outside = await cards.evaluateAll((elements) =>
      elements.flatMap((card) => {
        const right = card.getBoundingClientRect().right;
        const spilled = [...card.querySelectorAll('*')].some(
          (inner) => inner.getBoundingClientRect().right > right,
        );
        return spilled ? [card.getAttribute('aria-label')] : [];
      }),
    );
    expect(outside).toEqual([]);
  });
}

test('a headless job’s status reads whole on a phone, in French', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await setLanguage(page, 'fr');
  await page.goto('/sessions');
  const jobs = page.getByRole('region', { name: /^Tâches sans interface/ });
  const row = jobs.getByRole('row', { name: /reduce-night-3/ });
  await expect(row).toContainText('Terminée');
  // the status cell's badge: its text fits, with no ellipsis
  const status = row.getByRole('cell').nth(2).getByText('Terminée');
  expect(await status.evaluate((label) => label.scrollWidth <= label.clientWidth)).toBe(true);
});

test('a bulk delete under way: its dialog’s French button reads whole on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await setLanguage(page, 'fr');
  // slow: the deletes are still under way while the dialog is read
  await page.goto('/sessions?scenario=headless-500,slow');
  const jobs = page.getByRole('region', { name: /^Tâches sans interface/ });
  await jobs.getByRole('checkbox', { name: 'Sélectionner batch-001' }).check();
  await jobs.getByRole('checkbox', { name: 'Sélectionner batch-002' }).check();
  await jobs.getByRole('button', { name: 'Supprimer 2 tâches' }).click();
  const dialog = page.getByRole('dialog', { name: 'Supprimer 2 tâches ?' });
  await dialog.getByRole('button', { name: 'Supprimer 2 tâches' }).click();
  const close = dialog.getByRole('button', { name: 'Fermer et poursuivre la suppression' });
  await expect(close).toBeVisible();
  const label = close.locator('.mantine-Button-label');
  expect(await label.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  const [box, dialogBox] = await Promise.all([close.boundingBox(), dialog.boundingBox()]);
  expect(box && dialogBox && box.x + box.width <= dialogBox.x + dialogBox.width).toBe(true);
});

test('a failure on a desktop’s tile reads as lines of text, its Try again under them', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/503 \(Service Unavailable\).*\/app/, 'the desktop apps’ reads are made to fail');
  await page.goto('/sessions?demo-user=mchen');
  const tile = page.getByRole('article').filter({ hasText: 'desktop1' });
  await expect(tile.getByText('ds9:8.6')).toBeVisible({ timeout: 20_000 });
  await page.evaluate(() => {
    const platform = window.__fakePlatform;
    const desktop = platform
      ?.getPlatform()
      .skaha.sessions.find((session) => session.userid === 'mchen' && session.type === 'desktop');
    if (!platform || !desktop) throw new Error('no desktop of mchen’s');
    platform.failNext('skaha', { status: 503, path: `/v1/session/${desktop.id}/app`, times: 20 });
  });
  // the tab shown again reads the apps again
  await page.evaluate(() => {
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('focus'));
  });
  const alert = tile.getByRole('alert').filter({ hasText: 'Could not read the apps of desktop1' });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  const text = alert.getByText(/unavailable for the moment/);
  const retry = alert.getByRole('button', { name: 'Try again' });
  const [textBox, retryBox] = await Promise.all([text.boundingBox(), retry.boundingBox()]);
  // at least 12rem of text on a line, and the button below it rather than beside a narrow column
  expect(textBox && textBox.width >= 190).toBe(true);
  expect(textBox && retryBox && retryBox.y >= textBox.y + textBox.height - 1).toBe(true);
});
