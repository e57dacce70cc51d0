// `npm test`: everything CI runs. The checks (ESLint, Prettier, TypeScript) run beside the tests in Linux's idle
// CPU class where the machine allows it, else at the lowest priority. ESLint works on one thread, and the tests
// leave moments of a core free (Chromium waiting on its IPC, one-test-at-a-time passes waiting on servers), so
// the checks use those instead of adding their minute and a half to the run; in the idle class they give the
// core back the moment a test's process wants it. The tests run in order (unit, rules, e2e) and stop at the
// first that fails, as before. The checks' output is printed in one block at the end; a failure of theirs is
// announced as soon as it happens and fails the run.
//
//   npm test
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const LOWEST_PRIORITY = 19;

/** `npm run <script>` with the output shown as it comes; resolves to its exit code. */
function runShown(script: string): Promise<number> {
  return exitOf(spawn(npm, ['run', script], { stdio: 'inherit' }));
}

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.on('error', () => {
      resolve(1);
    });
    child.on('close', (code) => {
      resolve(code ?? 1);
    });
  });
}

/**
 * Linux's idle CPU class for a group of processes (`cpu.idle`, kernel 5.15 on): its processes run only on a core
 * no other process wants, and give it up the moment one wakes. A nice value, even the autogroup's, only weights
 * the share: at nice 19 ESLint still had a quarter of a core in a sample of the mock pass, and a test's process
 * that woke beside it could wait out its time slice. Needs the cgroup file system writable (root, or a delegated
 * cgroup): the v1 cpu controller or the v2 hierarchy. Returns the group's folder, or undefined where it cannot be
 * made.
 */
function idleCpuGroup(pid: number): string | undefined {
  for (const root of ['/sys/fs/cgroup/cpu', '/sys/fs/cgroup']) {
    const group = `${root}/science-portal-checks-${process.pid}`;
    try {
      mkdirSync(group);
    } catch {
      continue;
    }
    try {
      writeFileSync(`${group}/cpu.idle`, '1');
      writeFileSync(`${group}/cgroup.procs`, String(pid));
      return group;
    } catch {
      removeGroup(group);
    }
  }
  return undefined;
}

function removeGroup(group: string): void {
  try {
    rmdirSync(group);
  } catch {
    // a process of the checks still in it, or already gone: the group is empty and harmless either way
  }
}

/**
 * `npm run checks` below the tests, output kept for the end: in the idle CPU class where the machine lets this
 * script make one, else at the lowest nice value. Linux schedules each session as one group (autogroup), and
 * Playwright starts Chromium and the preview servers in sessions of their own, so a nice value alone would only
 * rank the checks inside this script's session, level with a busy Chromium: the checks get a session of their
 * own, and without the idle class it is given the lowest group priority too.
 */
function startChecks(): {
  done: Promise<number>;
  output: () => string;
  stop: () => void;
  seconds: () => number;
  /** how the checks were put below the tests, for the log */
  priority: string;
} {
  const started = performance.now();
  let ended: number | undefined;
  const chunks: Buffer[] = [];
  const ownSession = process.platform !== 'win32';
  const child = spawn(npm, ['run', 'checks'], { stdio: ['ignore', 'pipe', 'pipe'], detached: ownSession });
  const { pid } = child;
  // Set before npm has started anything of its own (it takes a few hundred milliseconds to read its config);
  // its processes inherit both.
  const idleGroup = pid === undefined ? undefined : idleCpuGroup(pid);
  if (pid !== undefined) {
    setPriority(pid, LOWEST_PRIORITY);
    if (idleGroup === undefined)
      try {
        writeFileSync(`/proc/${pid}/autogroup`, String(LOWEST_PRIORITY));
      } catch {
        // not Linux, or no autogroup: the nice value is what the scheduler goes by
      }
  }
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = exitOf(child).then((code) => {
    ended = performance.now();
    if (idleGroup !== undefined) removeGroup(idleGroup);
    if (code !== 0) console.log(`\ntest: the checks failed (exit ${code}); their output follows the tests\n`);
    return code;
  });
  return {
    done,
    output: () => Buffer.concat(chunks).toString(),
    // In a session of its own, an interrupt at the terminal does not reach it.
    stop: () => {
      if (pid === undefined || ended !== undefined) return;
      if (ownSession) process.kill(-pid, 'SIGTERM');
      else child.kill();
    },
    seconds: () => Math.round(((ended ?? performance.now()) - started) / 1000),
    priority: idleGroup === undefined ? 'at the lowest priority' : 'in the idle CPU class',
  };
}

const checks = startChecks();
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    checks.stop();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
let testsStatus = 0;
let failedScript = '';
// How long each part took, for the last line: where a run's time went, in every CI log.
const timings: string[] = [];
const seconds = (from: number) => Math.round((performance.now() - from) / 1000);
for (const script of ['test:unit', 'test:rules', 'test:e2e']) {
  const started = performance.now();
  testsStatus = await runShown(script);
  timings.push(`${script} ${seconds(started)} s`);
  if (testsStatus !== 0) {
    failedScript = script;
    break;
  }
}
const checksStatus = await checks.done;
console.log(
  `\n> npm run checks (beside the tests, ${checks.priority}; done ${checks.seconds()} s after the start)\n`,
);
process.stdout.write(checks.output());
console.log(
  `\ntest: checks ${checksStatus === 0 ? 'passed' : 'FAILED'}; tests ${testsStatus === 0 ? 'passed' : `FAILED in npm run ${failedScript}, whose last lines (above the checks' output) name what failed`}`,
);
console.log(`test: ${timings.join(', ')}; ${seconds(0)} s in all`);
process.exit(checksStatus !== 0 ? checksStatus : testsStatus);
