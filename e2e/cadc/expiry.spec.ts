import { expect, expectNoA11yViolations, test } from '../support/fixtures';
import {
  demoUser,
  expectSeededSessions,
  failedLoad,
  sessionCell,
  sessionFilter,
  submitPassword,
} from '../support/portal';

// The session list is fresh for 10 s (query-client.ts staleTime); past that, regaining focus refetches it.
const PAST_STALE_TIME = '00:15';

test('an expired sign-in is renewed in a dialog, keeping what was typed', async ({
  page,
  fakePlatform,
  consoleGuard,
}) => {
  consoleGuard.allow(failedLoad(401, '/skaha/v1/session'), 'the revoked token is refused: this test');
  // A controllable clock, so the list goes stale without the test sleeping; it runs at real speed meanwhile.
  await page.clock.install();
  await page.goto('/');
  await submitPassword(page, demoUser.username, demoUser.password);
  await expectSeededSessions(page);
  await sessionFilter(page).fill('carta');
  await expect(sessionCell(page, 'notebook1')).toHaveCount(0);

  await fakePlatform.revokeTokens();
  await page.clock.fastForward(PAST_STALE_TIME);
  // TanStack Query 5 refetches stale queries on visibilitychange (not focus), listening on window:
  // the event must bubble up from document as the browser's own does.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));

  const dialog = page.getByRole('dialog', { name: 'Your sign-in has expired' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Username' })).toHaveValue(demoUser.username);
  await expect(sessionFilter(page)).toHaveValue('carta');
  await expectNoA11yViolations(page);

  await submitPassword(dialog, demoUser.username, demoUser.password);
  await expect(dialog).toBeHidden();
  await expect(sessionFilter(page)).toHaveValue('carta');
  await expect(page).toHaveURL(/\/sessions\?q=carta$/);
  await expect(sessionCell(page, 'carta-m31')).toBeVisible();
  await expect(sessionCell(page, 'notebook1')).toHaveCount(0);
});
