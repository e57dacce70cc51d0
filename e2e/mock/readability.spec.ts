import type { Locator } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { sessionCell } from '../support/portal';

/** The characters after which the text of an element wraps onto a new line, as laid out. */
const wrapsAfter = (locator: Locator) =>
  locator.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const characters: { character: string; top: number }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let index = 0; index < text.length; index += 1) {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const rect = range.getBoundingClientRect();
        characters.push({ character: text.charAt(index), top: Math.round(rect.top) });
      }
    }
    return characters
      .filter((current, index) => {
        const next = characters[index + 1];
        return next !== undefined && next.top > current.top;
      })
      .map(({ character }) => character);
  });

test.use({ viewport: { width: 1366, height: 900 } });

test('an image reference on a session tile wraps only after a "/" or a ":"', async ({ page }) => {
  await page.goto('/sessions');
  const image = sessionCell(page, 'notebook1').getByText('images.canfar.net/skaha/astroml-notebook:26.03');
  await expect(image).toBeVisible();
  const breaks = await wrapsAfter(image);
  expect(breaks.length, 'the reference is too long for one line of the tile').toBeGreaterThan(0);
  for (const character of breaks) expect(['/', ':']).toContain(character);
});

test('every session-type card holds its whole label', async ({ page }) => {
  await page.goto('/sessions/launch');
  const cards = page.getByRole('radiogroup', { name: 'Session type' }).getByRole('radio');
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) {
    const name = (await card.getAttribute('aria-label')) ?? '';
    const label = card.getByText(name, { exact: true });
    const overflow = await label.evaluate((element) => {
      const box = element.closest('[role="radio"]');
      if (!box) return Infinity;
      const inner = box.getBoundingClientRect().right - parseFloat(getComputedStyle(box).paddingRight);
      return element.getBoundingClientRect().right - inner;
    });
    expect(overflow, `the label "${name}" runs past its card`).toBeLessThanOrEqual(0);
  }
});
