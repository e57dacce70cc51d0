import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page, TestInfo } from '@playwright/test';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the committed screenshots live, and the guides that show them. */
export const docsImages = join(root, 'docs/images');
export const guides = ['docs/user-guide.md', 'docs/workshop-guide.md'].map((path) => join(root, path));

/**
 * `npm run docs:screenshots` sets DOCS_SCREENSHOTS=write and the PNGs replace docs/images/; a normal run
 * writes them under test-results/ only, so the suite proves each one can still be taken without touching the
 * committed files.
 */
export function screenshotDir(testInfo: TestInfo): string {
  const dir =
    process.env.DOCS_SCREENSHOTS === 'write' ? docsImages : join(testInfo.project.outputDir, 'docs-images');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A fixed moment for every screenshot: the fake platform seeds its sessions and usage from "now". */
export const DOCS_TIME = new Date('2026-11-16T15:00:00Z');

/** The cadc preview of playwright.config.ts (a deployment's sign-in form, in front of the fake platform). */
export const cadcUrl = `http://127.0.0.1:${4174 + Number(process.env.E2E_PORT_OFFSET ?? 0)}`;

/** Saves a viewport (or element) screenshot as `<name>.png`, without animations or a blinking caret. */
export async function shot(
  target: Page | Locator,
  name: string,
  testInfo: TestInfo,
  options: { fullPage?: boolean; mask?: Locator[] } = {},
): Promise<void> {
  const path = join(screenshotDir(testInfo), `${name}.png`);
  const common = { path, animations: 'disabled', caret: 'hide', scale: 'css', mask: options.mask } as const;
  if ('goto' in target) await target.screenshot({ ...common, fullPage: options.fullPage ?? false });
  // the shell's fixed footer would otherwise be drawn over an element taller than the window
  else await target.screenshot({ ...common, style: 'footer { visibility: hidden !important; }' });
}

/** Every `images/<name>.png` a guide shows. */
export function referencedImages(): string[] {
  const names = new Set<string>();
  for (const guide of guides) {
    const text = readFileSync(guide, 'utf8');
    for (const match of text.matchAll(/\]\((?:\.\/)?images\/([\w.-]+\.png)\)/g)) {
      if (match[1]) names.add(match[1]);
    }
  }
  return [...names].sort();
}

export function pngsIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((file) => file.endsWith('.png'))
      .sort();
  } catch {
    return [];
  }
}
