import { expect, expectNoA11yViolations, test } from '../support/fixtures';
import { demoUser, failedLoad, submitPassword } from '../support/portal';

// A cadc deployment: Harbor does not take the CADC token, so the portal browses it anonymously over HTTP.
test('browses Harbor anonymously: public projects only, and says so', async ({ page, consoleGuard }) => {
  consoleGuard.allow(
    failedLoad(401, '/harbor/api/v2.0/projects/survey-team'),
    'a private project, asked for anonymously',
  );
  const authorizations: (string | undefined)[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/harbor/'))
      authorizations.push(request.headers().authorization);
  });
  await page.goto('/images');
  await submitPassword(page, demoUser.username, demoUser.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
  await expect(page.getByText(/You are browsing the registry anonymously/)).toBeVisible();
  await expect(page.getByRole('table').getByRole('link', { name: 'skaha' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('100');
  await expect(page.getByRole('table').getByRole('link', { name: 'myproject' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('link', { name: 'survey-team' })).toBeHidden();
  await expect(page.getByRole('table').getByText('Private')).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Search projects and repositories' }).fill('survey-team');
  await expect(
    page.getByText(/^No project or repository name contains “\u2068?survey-team\u2069?”\.$/),
  ).toBeVisible();
  await expectNoA11yViolations(page);

  await page.goto('/images/survey-team');
  await expect(page.getByRole('note')).toContainText(
    'Harbor shows this project only to its signed-in members',
  );
  // said once, as a refusal: no failure with a retry beside it
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('note').getByRole('link', { name: 'See all projects' })).toBeVisible();
  // Still signed in to the portal: Harbor's refusal of an anonymous call is not an expired sign-in.
  await expect(page.getByRole('heading', { level: 1, name: 'survey-team' })).toBeVisible();
  expect(authorizations.length).toBeGreaterThan(0);
  expect(authorizations.every((value) => value === undefined)).toBe(true);
});

test('an artifact of a public project launches over real HTTP', async ({ page }) => {
  await page.goto('/images/skaha/carta/-/5.1.0');
  await submitPassword(page, demoUser.username, demoUser.password);
  await expect(page.getByRole('link', { name: 'Launch as CARTA' })).toHaveAttribute(
    'href',
    '/sessions/launch?type=carta&image=images.canfar.net%2Fskaha%2Fcarta%3A5.1.0',
  );
  await expect(page.getByText('docker pull images.canfar.net/skaha/carta:5.1.0')).toBeVisible();
});
