// The end-to-end suite in two passes. The mock project's tests each run their own fake platform inside
// the page, so they share the machine's cores between two workers. Every other project shares one stateful
// fake-platform server, nginx and Prometheus on fixed ports, so its tests run one at a time; those projects are
// split into two groups that run side by side, each Playwright with its own servers on its own ports
// (E2E_PORT_OFFSET). One test at a time leaves a core mostly idle, waiting on servers and timers.
// Arguments (a project, a spec, --grep …) run Playwright once with them, as `playwright test` would.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { readOutcome, summaryLines } from '../e2e/support/outcome-reporter';
import config from '../playwright.config';

const PARALLEL_PROJECT = 'mock';

/**
 * The server-backed projects, in two groups of about the same length (4.3–4.9 min each on two cores, side by
 * side, against 7 min one after the other). The oidc project's configuration names its provider's port, so
 * its group keeps the base ports; the other runs on ports shifted by its offset. prometheus (about 25 s with its
 * server's start) is in the second group: with cadc and nginx the first ended about 50 s after the second.
 */
const GROUPS = [
  { name: 'deployments', projects: ['cadc', 'nginx', 'oidc'], offset: 0 },
  { name: 'faults', projects: ['faults', 'docs', 'prometheus'], offset: 100 },
] as const;

const baseOffset = Number(process.env.E2E_PORT_OFFSET ?? 0);

function playwright(args: string[], env: NodeJS.ProcessEnv = {}): number {
  console.log(`e2e: playwright test ${args.join(' ')}`);
  const result = spawnSync('npx', ['playwright', 'test', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

/** Playwright in the background, each line of its output marked with the group's name. */
function playwrightMarked(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  console.log(`e2e [${name}]: playwright test ${args.join(' ')}`);
  const child = spawn('npx', ['playwright', 'test', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream }).on('line', (line) => {
      console.log(`[${name}] ${line}`);
    });
  return new Promise((resolve) => {
    child.on('error', () => {
      resolve(1);
    });
    child.on('close', (code) => {
      resolve(code ?? 1);
    });
  });
}

const passThrough = process.argv.slice(2);
if (passThrough.length > 0) process.exit(playwright(passThrough));

const projects = (config.projects ?? []).map((project) => project.name).filter((name) => name !== undefined);
if (!projects.includes(PARALLEL_PROJECT))
  throw new Error(`playwright.config.ts has no "${PARALLEL_PROJECT}" project`);
const grouped: readonly string[] = GROUPS.flatMap((group) => group.projects);
const ungrouped = projects.filter((name) => name !== PARALLEL_PROJECT && !grouped.includes(name));
const unknown = grouped.filter((name) => !projects.includes(name));
// Twice would run a project in both groups at once, on the same fake platform's state.
const twice = grouped.filter((name, index) => grouped.indexOf(name) !== index);
if (ungrouped.length > 0 || unknown.length > 0 || twice.length > 0)
  throw new Error(
    `scripts/e2e.ts GROUPS must name every project but "${PARALLEL_PROJECT}" once: ` +
      `not in a group: ${ungrouped.join(', ') || 'none'}; not in playwright.config.ts: ${unknown.join(', ') || 'none'}; ` +
      `named twice: ${twice.join(', ') || 'none'}`,
  );
const workers = Math.min(2, availableParallelism());

const projectNeeds = z.object({ servers: z.array(z.string()).min(1) });

/**
 * The servers the pass's projects reach (each project's `metadata` in playwright.config.ts), so a pass starts
 * only those: the mock pass needs the demo's preview alone, not the fake platform's server and four others.
 */
function serversFor(passProjects: readonly string[]): string {
  const servers = new Set<string>();
  for (const name of passProjects) {
    const project = (config.projects ?? []).find((candidate) => candidate.name === name);
    const needs = projectNeeds.safeParse(project?.metadata);
    if (!needs.success)
      throw new Error(`playwright.config.ts: project "${name}" must say which servers it needs (metadata)`);
    for (const server of needs.data.servers) servers.add(server);
  }
  return [...servers].join(',');
}

/** Each pass's own report, results folder, outcome file (e2e/support/outcome-reporter.ts) and servers. */
function passEnv(name: string, passProjects: readonly string[]): NodeJS.ProcessEnv {
  const outcomeFile = `test-results/${name}-outcome.json`;
  rmSync(outcomeFile, { force: true });
  return {
    E2E_REPORT_DIR: `playwright-report/${name}`,
    E2E_RESULTS_DIR: `test-results/${name}`,
    E2E_OUTCOME_FILE: outcomeFile,
    E2E_SERVERS: serversFor(passProjects),
  };
}

// Both passes run even when the first fails, so one run reports every failure; each keeps its own report.
const parallelStatus = playwright(
  [`--project=${PARALLEL_PROJECT}`, `--workers=${workers}`],
  passEnv(PARALLEL_PROJECT, [PARALLEL_PROJECT]),
);
const groupStatuses = await Promise.all(
  GROUPS.map((group) =>
    playwrightMarked(group.name, [...group.projects.map((name) => `--project=${name}`), '--workers=1'], {
      E2E_PORT_OFFSET: String(baseOffset + group.offset),
      ...passEnv(group.name, group.projects),
    }),
  ),
);
// The passes' output runs to hundreds of lines after a failure in the first; this names every failure last.
const passes = [
  { name: PARALLEL_PROJECT, status: parallelStatus },
  ...GROUPS.map((group, index) => ({ name: group.name, status: groupStatuses[index] ?? 1 })),
];
console.log('');
for (const pass of passes)
  console.log(
    summaryLines(pass.name, pass.status, readOutcome(`test-results/${pass.name}-outcome.json`)).join('\n'),
  );
process.exit(passes.find((pass) => pass.status !== 0)?.status ?? 0);
