// The end-to-end suite in two passes. The mock project's tests each run their own fake platform inside
// the page, so they can share the machine's cores between two workers; every other project shares one
// stateful fake-platform server, nginx and Prometheus on fixed ports, so those run one test at a time.
// Arguments (a project, a spec, --grep …) run Playwright once with them, as `playwright test` would.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import config from '../playwright.config';

const PARALLEL_PROJECT = 'mock';

function playwright(args: string[], env: NodeJS.ProcessEnv = {}): number {
  console.log(`e2e: playwright test ${args.join(' ')}`);
  const result = spawnSync('npx', ['playwright', 'test', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

const passThrough = process.argv.slice(2);
if (passThrough.length > 0) process.exit(playwright(passThrough));

const projects = (config.projects ?? []).map((project) => project.name).filter((name) => name !== undefined);
if (!projects.includes(PARALLEL_PROJECT))
  throw new Error(`playwright.config.ts has no "${PARALLEL_PROJECT}" project`);
const serial = projects.filter((name) => name !== PARALLEL_PROJECT);
const workers = Math.min(2, availableParallelism());

// Both passes run even when the first fails, so one run reports every failure; each keeps its own report.
const parallelStatus = playwright([`--project=${PARALLEL_PROJECT}`, `--workers=${workers}`], {
  E2E_REPORT_DIR: `playwright-report/${PARALLEL_PROJECT}`,
  E2E_RESULTS_DIR: `test-results/${PARALLEL_PROJECT}`,
});
const serialStatus = playwright([...serial.map((name) => `--project=${name}`), '--workers=1'], {
  E2E_REPORT_DIR: 'playwright-report/others',
  E2E_RESULTS_DIR: 'test-results/others',
});
process.exit(parallelStatus !== 0 ? parallelStatus : serialStatus);
