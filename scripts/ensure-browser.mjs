// Runs before the end-to-end suite: makes sure a Chromium is there for Playwright.
// A system Chromium is preferred (CHROMIUM_PATH, then /usr/bin/chromium, as e2e/support/chromium.ts reads them),
// with Debian's chromium-headless-shell beside it for the e2e suite;
// on Debian/Ubuntu as root it is installed with apt-get; anywhere else Playwright downloads its own.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command, args, env = process.env) {
  console.log(`ensure-browser: running ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) console.error(`ensure-browser: ${command} could not start: ${result.error.message}`);
  return result.status === 0;
}

function fail(message) {
  console.error(`ensure-browser: ${message}`);
  process.exit(1);
}

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv) {
  if (!isExecutable(fromEnv)) fail(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file.`);
  console.log(`ensure-browser: using CHROMIUM_PATH=${fromEnv}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canApt = isRoot && existsSync('/usr/bin/apt-get');
const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
let aptUpdated = false;

function aptInstall(pkg) {
  if (!aptUpdated) aptUpdated = run('apt-get', ['update'], aptEnv);
  return aptUpdated && run('apt-get', ['install', '-y', pkg], aptEnv);
}

/**
 * The e2e suite prefers Chromium's headless shell (e2e/support/chromium.ts): the same engine with less CPU a
 * test. Without it the suite runs in the full Chromium, only slower.
 */
function ensureHeadlessShell() {
  if (isExecutable(HEADLESS_SHELL)) {
    console.log(`ensure-browser: the e2e suite uses ${HEADLESS_SHELL}`);
    return;
  }
  if (canApt && aptInstall('chromium-headless-shell') && isExecutable(HEADLESS_SHELL)) {
    console.log(`ensure-browser: installed; the e2e suite uses ${HEADLESS_SHELL}`);
    return;
  }
  console.log(`ensure-browser: no ${HEADLESS_SHELL}; the e2e suite uses ${SYSTEM_CHROMIUM} (slower)`);
}

if (isExecutable(SYSTEM_CHROMIUM)) {
  console.log(`ensure-browser: using the system Chromium at ${SYSTEM_CHROMIUM}`);
  ensureHeadlessShell();
  process.exit(0);
}

if (canApt) {
  console.log(`ensure-browser: no Chromium at ${SYSTEM_CHROMIUM}; installing the distribution's package`);
  if (aptInstall('chromium') && isExecutable(SYSTEM_CHROMIUM)) {
    console.log(`ensure-browser: installed; using ${SYSTEM_CHROMIUM}`);
    ensureHeadlessShell();
    process.exit(0);
  }
  // Some Ubuntu releases only ship chromium as a snap stub; Playwright's own build still works there.
  console.log('ensure-browser: apt-get did not provide a usable Chromium; trying Playwright’s download');
} else {
  console.log(
    `ensure-browser: no Chromium at ${SYSTEM_CHROMIUM} and no root apt-get; using Playwright’s download`,
  );
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
if (run(npx, ['playwright', 'install', 'chromium'])) {
  console.log('ensure-browser: using Playwright’s Chromium');
  process.exit(0);
}

fail(
  'no browser for the end-to-end tests. Install Chromium (e.g. `apt-get install chromium`) and/or set ' +
    'CHROMIUM_PATH to its executable, or let `npx playwright install --with-deps chromium` download one.',
);
