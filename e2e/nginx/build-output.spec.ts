import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  entryKey,
  FIRST_ROUTE,
  mantineStylesheetsOf,
  missingMantineStyles,
  readManifest,
  ROUTE_MODULES,
  staticClosure,
} from '../../bench/figures/bundle';

// Checks of the build in dist/ itself (npm run test:e2e builds it first); no server, so plain Playwright tests
// rather than the nginx fixtures.

/** The failure's advice: which of Mantine's stylesheets define the missing classes (read only when some are). */
const stylesheetsToAdd = (classes: readonly string[]) =>
  classes.length === 0 ? '' : mantineStylesheetsOf(classes).join(', ');

test('the first route loads the stylesheet of every Mantine component its code uses', () => {
  const manifest = readManifest();
  const firstRoute = ROUTE_MODULES[FIRST_ROUTE];
  if (!firstRoute) throw new Error(`no modules listed for the first route ${FIRST_ROUTE}`);
  const files = staticClosure(manifest, [entryKey(manifest), ...firstRoute]);
  expect(
    [...files].filter((file) => file.endsWith('.css')),
    'the first route loads stylesheets',
  ).not.toEqual([]);
  // An unstyled first page: a component whose stylesheet is missing from mantine-first-route.ts.
  const missing = missingMantineStyles(files);
  expect(missing, `add to mantine-first-route.ts: ${stylesheetsToAdd(missing)}`).toEqual([]);
});

test('every other page and lazy part loads the stylesheet of every Mantine component the portal uses', () => {
  const manifest = readManifest();
  const firstRoute = ROUTE_MODULES[FIRST_ROUTE] ?? [];
  const firstRouteCss = [...staticClosure(manifest, [entryKey(manifest), ...firstRoute])].filter((file) =>
    file.endsWith('.css'),
  );
  // A module of stylesheets only: its chunk is the one CSS file.
  const rest = manifest['src/components/styles/mantine-rest.ts']?.file ?? '';
  expect(rest, "mantine-rest.ts's stylesheet is in the build").toMatch(/\.css$/);
  // Every chunk (pages, dialogs, lazy parts, the demo's own), with the stylesheets it brings itself (the
  // notification container brings Mantine's Notification.css).
  const missing = Object.entries(manifest)
    .filter(([, chunk]) => chunk.file.endsWith('.js'))
    .flatMap(([key, chunk]) =>
      missingMantineStyles([...staticClosure(manifest, [key]), ...firstRouteCss, rest]).map(
        (name) => `${name} in ${chunk.file}`,
      ),
    );
  const names = missing.map((found) => found.split(' ')[0] ?? '');
  expect(missing, `add to mantine-rest.ts: ${stylesheetsToAdd(names)}`).toEqual([]);
});

test("fflate (the fake platform's zip writer) is only in the fake platform's chunk", () => {
  const maps = readdirSync('dist/assets').filter((file) => file.endsWith('.js.map'));
  const withFflate = maps.filter((file) => {
    const map: unknown = JSON.parse(readFileSync(join('dist/assets', file), 'utf8'));
    const sources =
      typeof map === 'object' && map !== null && 'sources' in map && Array.isArray(map.sources)
        ? map.sources
        : [];
    return sources.some((source) => typeof source === 'string' && source.includes('node_modules/fflate/'));
  });
  expect(withFflate).toEqual([expect.stringMatching(/^fake-platform-[^/]+\.js\.map$/)]);
});

test('the first route holds zod/mini only: classic zod, whose constructors come as one module, waits for the pages that use it', () => {
  const manifest = readManifest();
  const firstRoute = ROUTE_MODULES[FIRST_ROUTE] ?? [];
  const scripts = [...staticClosure(manifest, [entryKey(manifest), ...firstRoute])].filter((file) =>
    file.endsWith('.js'),
  );
  expect(scripts, 'the first route loads scripts').not.toEqual([]);
  const withClassic = scripts.filter((file) => {
    const map: unknown = JSON.parse(readFileSync(join('dist', `${file}.map`), 'utf8'));
    const sources =
      typeof map === 'object' && map !== null && 'sources' in map && Array.isArray(map.sources)
        ? map.sources
        : [];
    return sources.some(
      (source) => typeof source === 'string' && source.includes('node_modules/zod/v4/classic/'),
    );
  });
  expect(withClassic, 'import zod/mini in the code of the shell and the dashboard').toEqual([]);
});
