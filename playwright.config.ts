import { defineConfig } from '@playwright/test';
import { chromiumArgs, e2eChromiumExecutablePath } from './e2e/support/chromium';
import type { PortalFixtureOptions } from './e2e/support/fixtures';

const isCI = Boolean(process.env.CI);
const host = '127.0.0.1';
// Shifts every port, so two checkouts can run their suites side by side (the oidc project's config names
// port 4011, so it needs an offset of 0).
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const port = (base: number) => base + offset;
const fakePlatformUrl = `http://${host}:${port(4010)}`;
// The demo build: the fake platform runs in the page.
const demoUrl = `http://${host}:${port(4173)}`;
const oidcProviderUrl = `http://${host}:${port(4011)}`;
// The real Prometheus of e2e/prometheus (started by that spec, with a data set made at test time).
const prometheusPort = port(4020);

/** `vite preview` of the build in dist/ (npm run test:e2e builds it first) with one runtime config. */
function preview(name: WebServerName, port: number, env: Record<string, string>) {
  return {
    command: `node node_modules/vite/bin/vite.js preview --host ${host} --port ${port} --strictPort`,
    url: `http://${host}:${port}/`,
    env,
    reuseExistingServer: !isCI,
    timeout: 60_000,
    name,
  };
}

/**
 * The servers a project's tests reach, by webServer name: scripts/e2e.ts starts only those its pass needs
 * (E2E_SERVERS). A plain `playwright test` starts them all.
 */
function needs(...servers: WebServerName[]): { servers: WebServerName[] } {
  return { servers };
}

export type WebServerName = 'fake-platform' | 'oidc-provider' | 'demo' | 'cadc' | 'oidc' | 'prometheus';

export default defineConfig<PortalFixtureOptions>({
  testDir: './e2e',
  outputDir: process.env.E2E_RESULTS_DIR ?? 'test-results',
  fullyParallel: false,
  // Two cores: one browser at a time keeps timings steady.
  workers: 1,
  retries: isCI ? 1 : 0,
  // A test that passes only on its retry fails the run: flaky means red.
  failOnFlakyTests: isCI,
  forbidOnly: isCI,
  reporter: [
    ['list'],
    // scripts/e2e.ts runs the suite in two passes, each with its own report and results folder.
    ['html', { outputFolder: process.env.E2E_REPORT_DIR ?? 'playwright-report', open: 'never' }],
    // Prints "Fault matrix: n/30 cases hold" after a run that includes the faults project.
    ['./e2e/faults/matrix-reporter.ts'],
    // Writes the run's failed and flaky tests for scripts/e2e.ts, which names them after all its passes.
    ['./e2e/support/outcome-reporter.ts'],
  ],
  use: {
    // A failed test's retry records a trace: actions, network, console and DOM snapshots. Recording every test
    // to keep only the failures' cost 6–9 % of the e2e time on two cores; a flaky test fails CI anyway and its
    // retry's trace shows the path it took. Not the screencast: encoding its frames cost a tenth of the suite's
    // time, and the snapshots show what it showed. `--trace on` records every test of a local run.
    trace: { mode: 'on-first-retry', screenshots: false },
    // Debian's headless shell, else its chromium, else Playwright's own (e2e/support/chromium.ts).
    launchOptions: { executablePath: e2eChromiumExecutablePath, args: [...chromiumArgs] },
  },
  projects: [
    {
      name: 'mock',
      testMatch: 'mock/**/*.spec.ts',
      // Each test has its own page and in-page fake platform, so tests of one file may run on both workers:
      // the pass ends when its last test does, not when the largest file's worker does.
      fullyParallel: true,
      metadata: needs('demo'),
      use: { baseURL: demoUrl, demoUrl },
    },
    // The user guide's screenshots (e2e/docs): the demo build at a fixed size, time and zone, without motion.
    // `npm run docs:screenshots` writes them into docs/images/; otherwise they go to test-results/ only.
    {
      name: 'docs',
      // a regex: the glob would also match every spec under a checkout whose path holds "docs/"
      testMatch: /\/e2e\/docs\/.*\.spec\.ts$/,
      metadata: needs('demo', 'fake-platform', 'cadc'),
      use: {
        baseURL: demoUrl,
        demoUrl,
        // the sign-in picture is taken on the cadc deployment, in front of the fake platform's server (shots.ts)
        fakePlatformUrl,
        viewport: { width: 1280, height: 800 },
        deviceScaleFactor: 1,
        colorScheme: 'light',
        reducedMotion: 'reduce',
        locale: 'en-CA',
        timezoneId: 'America/Toronto',
      },
    },
    {
      name: 'cadc',
      testMatch: 'cadc/**/*.spec.ts',
      metadata: needs('fake-platform', 'cadc'),
      use: { baseURL: `http://${host}:${port(4174)}`, fakePlatformUrl },
    },
    {
      // Each service × each fault, on the cadc deployment's preview (e2e/faults/fault-matrix.spec.ts).
      name: 'faults',
      // A pattern anchored at e2e/: a glob would also match every spec of a checkout in a folder named faults.
      testMatch: /e2e\/faults\/.*\.spec\.ts$/,
      // Each case loads a page and runs a flow twice over; room for a busy machine.
      expect: { timeout: 10_000 },
      // the image pages' cases run on the demo (e2e/faults/support.ts)
      metadata: needs('fake-platform', 'cadc', 'demo'),
      use: { baseURL: `http://${host}:${port(4174)}`, fakePlatformUrl },
    },
    {
      name: 'prometheus',
      testMatch: 'prometheus/**/*.spec.ts',
      metadata: needs('fake-platform', 'prometheus'),
      use: { baseURL: `http://${host}:${port(4176)}`, fakePlatformUrl },
    },
    {
      // The production build through real nginx (deploy/nginx) with its strict CSP; the spec starts nginx.
      name: 'nginx',
      testMatch: 'nginx/**/*.spec.ts',
      metadata: needs('fake-platform'),
      use: { baseURL: `http://${host}:${port(4177)}`, fakePlatformUrl },
    },
    {
      name: 'oidc',
      testMatch: 'oidc/**/*.spec.ts',
      metadata: needs('fake-platform', 'oidc-provider', 'oidc'),
      use: { baseURL: `http://${host}:${port(4175)}`, fakePlatformUrl, oidcProviderUrl },
    },
  ],
  webServer: webServersFor(process.env.E2E_SERVERS),
});

/** Every server a project may need; E2E_SERVERS (names, comma-separated) starts only those. */
function webServersFor(wanted: string | undefined) {
  const all = [
    {
      command: `node --import tsx mocks/server.ts --port ${port(4010)} --host ${host}`,
      // Any answer below 404 means it is up; an anonymous whoami is refused with 401.
      url: `${fakePlatformUrl}/ac/whoami`,
      reuseExistingServer: !isCI,
      timeout: 60_000,
      name: 'fake-platform',
    },
    {
      command: `node e2e/support/oidc-provider.mjs --port ${port(4011)} --host ${host} --portal http://${host}:${port(4175)}`,
      url: `${oidcProviderUrl}/.well-known/openid-configuration`,
      reuseExistingServer: !isCI,
      timeout: 60_000,
      name: 'oidc-provider',
    },
    // Demo configuration: the fake platform runs inside the browser (MSW), demo sign-in.
    preview('demo', port(4173), { PORTAL_UPSTREAM: '', PORTAL_CONFIG: 'dev/config.mock.json' }),
    // A deployment's configuration, in front of the fake platform's HTTP server.
    preview('cadc', port(4174), { PORTAL_UPSTREAM: fakePlatformUrl, PORTAL_CONFIG: 'e2e/config/cadc.json' }),
    preview('oidc', port(4175), { PORTAL_UPSTREAM: fakePlatformUrl, PORTAL_CONFIG: 'e2e/config/oidc.json' }),
    // The fake platform for everything but /prometheus, which goes to the real Prometheus.
    preview('prometheus', port(4176), {
      PORTAL_UPSTREAM: fakePlatformUrl,
      PORTAL_UPSTREAM_USAGE: `http://${host}:${prometheusPort}`,
      PORTAL_CONFIG: 'e2e/config/prometheus.json',
    }),
  ];
  if (wanted === undefined) return all;
  const names = wanted.split(',').filter((name) => name !== '');
  const unknown = names.filter((name) => !all.some((server) => server.name === name));
  if (unknown.length > 0) throw new Error(`E2E_SERVERS names no such server: ${unknown.join(', ')}`);
  return all.filter((server) => names.includes(server.name));
}
