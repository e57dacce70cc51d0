// Runs before the end-to-end suite: makes sure a Chromium is there for Playwright.
// A system Chromium is preferred (CHROMIUM_PATH, then /usr/bin/chromium, as playwright.config.ts reads them);
// on Debian/Ubuntu as root it is installed with apt-get; anywhere else Playwright downloads its own.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

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

if (isExecutable(SYSTEM_CHROMIUM)) {
  console.log(`ensure-browser: using the system Chromium at ${SYSTEM_CHROMIUM}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`ensure-browser: no Chromium at ${SYSTEM_CHROMIUM}; installing the distribution's package`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    run('apt-get', ['update'], env) &&
    run('apt-get', ['install', '-y', 'chromium'], env) &&
    isExecutable(SYSTEM_CHROMIUM)
  ) {
    console.log(`ensure-browser: installed; using ${SYSTEM_CHROMIUM}`);
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
