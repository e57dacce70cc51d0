import { expect, expectNoA11yViolations, test } from '../support/fixtures';
import { sessionCell } from '../support/portal';

// The check every journey leans on must be able to fail: axe is put into a document once and run there again
// for each later scan, so a violation that appears after a clean scan has to fail the next one.
test('the accessibility check fails on a violation that appears after a clean scan of the same page', async ({
  page,
}) => {
  await page.goto('/sessions');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await expectNoA11yViolations(page);

  await page.evaluate(() => {
    const unnamed = document.createElement('button');
    // an id is the selector axe names a node by, when it has one
    unnamed.id = 'a11y-check-probe';
    document.querySelector('main')?.append(unnamed);
  });
  await expect(page.locator('main #a11y-check-probe')).toHaveCount(1);
  await expect(expectNoA11yViolations(page)).rejects.toThrow(/button-name[\s\S]*#a11y-check-probe/);

  // A new document needs axe put in again, and is scanned on its own.
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoA11yViolations(page);
});
