import { expect, test } from '../support/fixtures';

/** The words of every cell of a table that a line break cuts in two (`Noteboo|k`). */
function brokenWords(table: HTMLElement): string[] {
  const broken: string[] = [];
  for (const cell of Array.from(table.querySelectorAll('td'))) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        // one box per line the word sits on
        const lines = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}

test('top sessions keep their words whole on a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/usage?window=year');
  const table = page.getByRole('region', { name: 'Top sessions, table', exact: true }).getByRole('table');
  await expect(table.getByRole('row').nth(3)).toBeVisible({ timeout: 20_000 });
  expect(await table.evaluate(brokenWords)).toEqual([]);
  // the table's caption is read whole on the screen, not centred over the table's wider box
  const caption = page.locator('p').filter({ hasText: /^The \d+ sessions that ran longest/ });
  await caption.scrollIntoViewIfNeeded();
  await expect(caption).toBeInViewport({ ratio: 1 });
});
