import {
  expect,
  expectNoA11yViolations,
  expectNoA11yViolationsLightAndDark,
  test,
} from '../support/fixtures';
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

// The scan in both schemes switches the page to dark and scans it there: a contrast only the dark scheme has
// fails it. A page whose scheme is set to one of them could not switch, and is refused rather than scanned once.
test('the check in both schemes fails on a violation only the dark scheme has, and refuses a set scheme', async ({
  page,
}) => {
  await page.goto('/sessions');
  await expect(sessionCell(page, 'notebook1')).toBeVisible();
  await page.evaluate(() => {
    const probe = document.createElement('p');
    probe.id = 'a11y-dark-probe';
    probe.textContent = 'Only dark mode hides this.';
    document.querySelector('main')?.append(probe);
    const style = document.createElement('style');
    style.textContent =
      '[data-mantine-color-scheme="dark"] #a11y-dark-probe { color: #303030; background: #2e2e2e; }';
    document.head.append(style);
  });
  await expectNoA11yViolations(page);
  await expect(expectNoA11yViolationsLightAndDark(page)).rejects.toThrow(
    /\(dark\):[\s\S]*color-contrast[\s\S]*#a11y-dark-probe/,
  );

  await page.evaluate(() => {
    window.localStorage.setItem('mantine-color-scheme-value', 'light');
  });
  await expect(expectNoA11yViolationsLightAndDark(page)).rejects.toThrow(/colour scheme is set to "light"/);
});
