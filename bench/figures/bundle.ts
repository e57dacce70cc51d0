// Bundle figures from the production build in dist/:
//   bundle.firstRouteGzipKB — the JS + CSS a browser must load to render the first route (`/` → the sessions
//     dashboard of a signed-in user): index.html's entry and its static imports, the sessions route's chunks
//     and their static imports, and every stylesheet of those chunks; each file gzipped on its own (node's zlib,
//     level 9), in kB of 1,000 bytes as Vite prints them.
//   bundle.routes — per route, the gzip kB of the chunks (and their CSS) it loads beyond the entry.
//   bundle.entryGzipKB — the entry alone (what every route shares).
//   bundle.firstRouteMissingStyles — Mantine classes the first route's code uses whose stylesheet the first route
//     does not load (src/components/styles/mantine-first-route.ts lists them); must be 0.
//   bundle.firstRouteLoadedKB — the same first route measured in Chromium: the encoded (compressed) body sizes
//     of every script and stylesheet the page fetched, signed in, from a reload with the cache off until the
//     network was quiet. `vite preview` compresses with gzip at zlib's default level 6 (and leaves files under
//     1 kB uncompressed), so it reads slightly above the static figure.
//   bundle.firstRouteBrotliKB — the same files as the build precompressed them for nginx (each file's .br,
//     brotli quality 11, vite.config.ts): what a browser that accepts brotli downloads from nginx.
//   bundle.stackFloorGzipKB — the same measure for bench/stack-floor: a page that uses each library the portal
//     needs before its first paint (React, Mantine's provider and a button with their base styles, React Router,
//     TanStack Query, zod/mini, i18next) once, with no portal code. No first route of this stack can be smaller.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { launchChromium, withFakePlatform, withPreview, type Figures } from '../support';

const DIST = 'dist';
const FAKE_PORT = 4820;
const PREVIEW_PORT = 4821;

/**
 * What each route loads beyond the entry, named by the source modules the app imports lazily for it (the
 * manifest's keys). A module missing from the manifest means the code's structure changed: this table must
 * follow it, so the figure fails rather than quietly measuring less.
 */
export const ROUTE_MODULES: Record<string, readonly string[]> = {
  sessions: ['src/features/sessions/sessions-page.tsx', 'src/i18n/en/sessions.ts'],
  launch: [
    'src/features/sessions/sessions-page.tsx',
    'src/i18n/en/sessions.ts',
    'src/features/sessions/launch/launch-page.tsx',
    'src/i18n/en/launch.ts',
    'src/components/styles/mantine-rest.ts',
  ],
  images: [
    'src/features/images/images-page.tsx',
    'src/i18n/en/images.ts',
    'src/components/styles/mantine-rest.ts',
  ],
  storage: [
    'src/features/storage/storage-page.tsx',
    'src/i18n/en/storage.ts',
    'src/components/styles/mantine-rest.ts',
  ],
  usage: [
    'src/features/usage/usage-page.tsx',
    'src/i18n/en/usage.ts',
    'src/components/styles/mantine-rest.ts',
  ],
  'sign-in': ['src/features/sign-in/sign-in-screen.tsx', 'src/components/styles/mantine-rest.ts'],
};

export const FIRST_ROUTE = 'sessions';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

function isManifestChunk(value: unknown): value is ManifestChunk {
  return typeof value === 'object' && value !== null && 'file' in value && typeof value.file === 'string';
}

export function readManifest(dist = DIST): Manifest {
  const raw: unknown = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  if (typeof raw !== 'object' || raw === null) throw new Error('dist/.vite/manifest.json is not an object');
  const manifest: Manifest = {};
  for (const [key, value] of Object.entries(raw)) if (isManifestChunk(value)) manifest[key] = value;
  return manifest;
}

/** Every file (JS and CSS) a manifest key needs before it runs: itself, its static imports, their CSS. */
export function staticClosure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk)
      throw new Error(
        `${key} is not in the build's manifest: update ROUTE_MODULES in bench/figures/bundle.ts`,
      );
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return files;
}

export function entryKey(manifest: Manifest): string {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  const html = entries.find(([key]) => key === 'index.html');
  if (!html)
    throw new Error(
      `no index.html entry in the manifest (entries: ${entries.map(([key]) => key).join(', ')})`,
    );
  return html[0];
}

const gzipBytes = (file: string, dist: string) =>
  gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** The size of the .br file the build wrote beside `file`; a build without one fails the figure. */
function brotliBytes(file: string, dist = DIST): number {
  const path = join(dist, `${file}.br`);
  if (!existsSync(path)) throw new Error(`bundle.firstRouteBrotliKB: the build wrote no ${path}`);
  return statSync(path).size;
}

const kB = (bytes: number) => Number((bytes / 1000).toFixed(1));

export interface StaticBundle {
  entry: Map<string, number>;
  routes: Record<string, Map<string, number>>;
}

/** Gzip bytes per file: the entry's files, and per route the files beyond the entry. */
export function staticBundle(dist = DIST): StaticBundle {
  const manifest = readManifest(dist);
  const sizes = (files: Iterable<string>) => new Map([...files].map((file) => [file, gzipBytes(file, dist)]));
  const entryFiles = staticClosure(manifest, [entryKey(manifest)]);
  const routes: StaticBundle['routes'] = {};
  for (const [route, modules] of Object.entries(ROUTE_MODULES)) {
    const files = [...staticClosure(manifest, modules)].filter((file) => !entryFiles.has(file));
    routes[route] = sizes(files);
  }
  return { entry: sizes(entryFiles), routes };
}

const MANTINE_STYLES = 'node_modules/@mantine/core/styles.css';
const MANTINE_STYLESHEETS = 'node_modules/@mantine/core/styles';

// Most of Mantine's class names have 8 hex digits, 29 of them 7 (m_d08caa0, Typography's).
const mantineClasses = (text: string) => new Set(text.match(/\bm_[0-9a-f]{7,8}\b/g) ?? []);

/**
 * Mantine classes (`m_` and 7 or 8 hex digits) in the JS among `files` that Mantine's stylesheets define but the
 * CSS among `files` does not: a component whose stylesheet is missing from mantine-first-route.ts (for the first
 * route's files) or mantine-rest.ts (for every chunk).
 */
export function missingMantineStyles(files: Iterable<string>, dist = DIST): string[] {
  const list = [...files];
  const read = (suffix: string) =>
    list
      .filter((file) => file.endsWith(suffix))
      .map((file) => readFileSync(join(dist, file), 'utf8'))
      .join('\n');
  const styled = mantineClasses(readFileSync(MANTINE_STYLES, 'utf8'));
  const loaded = mantineClasses(read('.css'));
  return [...mantineClasses(read('.js'))].filter((name) => styled.has(name) && !loaded.has(name)).sort();
}

/** The Mantine stylesheets (`@mantine/core/styles/<name>.css`) that define any of `classes`. */
export function mantineStylesheetsOf(classes: readonly string[]): string[] {
  const wanted = new Set(classes);
  return readdirSync(MANTINE_STYLESHEETS)
    .filter((file) => file.endsWith('.css') && !file.endsWith('.layer.css'))
    .filter((file) =>
      [...mantineClasses(readFileSync(join(MANTINE_STYLESHEETS, file), 'utf8'))].some((name) =>
        wanted.has(name),
      ),
    )
    .sort();
}

const total = (sizes: Map<string, number>) => [...sizes.values()].reduce((sum, size) => sum + size, 0);

function printFiles(title: string, sizes: Map<string, number>) {
  console.log(`  ${title}: ${kB(total(sizes))} kB gzip`);
  for (const [file, size] of [...sizes].sort(([, a], [, b]) => b - a)) {
    console.log(`    ${kB(size).toFixed(1).padStart(6)}  ${file}`);
  }
}

/** The first route in Chromium: what a signed-in reload fetches, cache off, until the network is quiet. */
async function loadedFirstRoute(): Promise<{ bytes: number; files: number }> {
  return withFakePlatform({ port: FAKE_PORT }, (upstream) =>
    withPreview({ port: PREVIEW_PORT, configFile: 'e2e/config/cadc.json', upstream }, async (baseUrl) => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(`${baseUrl}/`);
        await page.getByRole('textbox', { name: 'Username' }).fill('jdoe');
        await page.getByRole('textbox', { name: 'Password', exact: true }).fill('demo-jdoe');
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
        // The token lives in this tab's sessionStorage, so a reload opens the first route signed in.
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
        await page.waitForLoadState('networkidle');
        const entries = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming)
            .map((entry) => ({ url: entry.name, encoded: entry.encodedBodySize })),
        );
        const assets = entries.filter((entry) =>
          /\/assets\/[^/]+\.(js|css)$/.test(new URL(entry.url).pathname),
        );
        for (const asset of assets)
          console.log(`    loaded ${kB(asset.encoded).toFixed(1).padStart(6)}  ${asset.url}`);
        return { bytes: assets.reduce((sum, asset) => sum + asset.encoded, 0), files: assets.length };
      } finally {
        await browser.close();
      }
    }),
  );
}

/** Builds bench/stack-floor with the portal's Vite and returns its first route's gzip bytes. */
async function stackFloorBytes(): Promise<number> {
  const outDir = mkdtempSync(join(tmpdir(), 'stack-floor-'));
  try {
    await build({
      configFile: false,
      root: 'bench/stack-floor',
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir, emptyOutDir: true, manifest: true },
    });
    const manifest = readManifest(outDir);
    const files = staticClosure(manifest, [entryKey(manifest)]);
    const sizes = new Map([...files].map((file) => [file, gzipBytes(file, outDir)]));
    printFiles('stack floor', sizes);
    return total(sizes);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function measure(): Promise<Figures> {
  const bundle = staticBundle();
  printFiles('entry', bundle.entry);
  for (const [route, sizes] of Object.entries(bundle.routes)) printFiles(`route ${route}`, sizes);
  const firstRoute = bundle.routes[FIRST_ROUTE];
  if (!firstRoute) throw new Error(`no route ${FIRST_ROUTE}`);
  const missing = missingMantineStyles([...bundle.entry.keys(), ...firstRoute.keys()]);
  if (missing.length > 0)
    console.log(
      `  first route uses Mantine classes without their stylesheet: ${missing.join(' ')} (${mantineStylesheetsOf(missing).join(', ')})`,
    );
  const loaded = await loadedFirstRoute();
  const floor = await stackFloorBytes();
  if (floor <= 0) throw new Error('bundle.stackFloorGzipKB: the stack-floor page loaded nothing');
  const firstRouteBytes = total(bundle.entry) + total(firstRoute);
  const brotli = [...bundle.entry.keys(), ...firstRoute.keys()].reduce(
    (sum, file) => sum + brotliBytes(file),
    0,
  );
  return {
    'bundle.firstRouteBrotliKB': kB(brotli),
    'bundle.firstRouteGzipKB': kB(firstRouteBytes),
    // The budget: what the portal's first route costs over a page of the same libraries with no portal code.
    'bundle.firstRouteOverFloor': Number((firstRouteBytes / floor).toFixed(3)),
    'bundle.firstRouteLoadedKB': kB(loaded.bytes),
    'bundle.firstRouteMissingStyles': missing.length,
    'bundle.entryGzipKB': kB(total(bundle.entry)),
    'bundle.stackFloorGzipKB': kB(floor),
    'bundle.routes': Object.fromEntries(
      Object.entries(bundle.routes).map(([route, sizes]) => [route, kB(total(sizes))]),
    ),
  };
}
