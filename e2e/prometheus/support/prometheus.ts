import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

const PROMETHEUS = process.env.PROMETHEUS_PATH ?? '/usr/bin/prometheus';
export const PROMTOOL = process.env.PROMTOOL_PATH ?? '/usr/bin/promtool';

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status ?? 'no status'}):\n${result.stderr}`,
    );
  return `${result.stdout}${result.stderr}`;
}

/**
 * Stops a Prometheus an earlier run left serving `data` (a test worker killed mid-run leaves its child
 * running): it would hold the port and answer from a folder this run deletes, so every query comes back empty.
 */
async function stopStale(data: string): Promise<void> {
  if (!existsSync('/proc')) return;
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    const args = commandLine.split('\0');
    if (!args.includes(`--storage.tsdb.path=${data}`)) continue;
    process.kill(Number(pid), 'SIGKILL');
    const deadline = Date.now() + 10_000;
    while (existsSync(`/proc/${pid}`) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Refuses a port another process holds: its server would answer the readiness probe and promtool's queries
 * in place of ours, with other data (or none), while ours exits unable to bind.
 */
async function ensurePortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => {
      reject(new Error(`port ${port} is taken by another process; stop it first (${String(error)})`));
    });
    probe.listen(port, '127.0.0.1', () =>
      probe.close(() => {
        resolve();
      }),
    );
  });
}

/**
 * Debian's `prometheus` package (2.42, with promtool), installed with apt-get when missing and running as
 * root, as scripts/ensure-browser.mjs does for Chromium.
 */
export function ensurePrometheus(): void {
  if (isExecutable(PROMETHEUS) && isExecutable(PROMTOOL)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get'))
    throw new Error(
      `no Prometheus at ${PROMETHEUS}: install Debian's prometheus package (or set PROMETHEUS_PATH and PROMTOOL_PATH)`,
    );
  try {
    run('apt-get', ['install', '-y', '--no-install-recommends', 'prometheus']);
  } catch {
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', '--no-install-recommends', 'prometheus']);
  }
}

export interface RunningPrometheus {
  url: string;
  stop: () => Promise<void>;
}

async function waitUntilReady(url: string, process: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (process.exitCode !== null) throw new Error(`prometheus exited (${process.exitCode}):\n${log()}`);
    try {
      const response = await fetch(`${url}/-/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`prometheus was not ready within 30 s:\n${log()}`);
}

/** Prometheus on 127.0.0.1:`port` under /prometheus (the path the portal's proxy forwards), scraping nothing. */
async function serve(options: { port: number; config: string; data: string; extraArgs?: string[] }) {
  await ensurePortFree(options.port);
  const url = `http://127.0.0.1:${options.port}/prometheus`;
  let output = '';
  const child = spawn(
    PROMETHEUS,
    [
      `--config.file=${options.config}`,
      `--storage.tsdb.path=${options.data}`,
      '--storage.tsdb.retention.time=400d',
      `--web.listen-address=127.0.0.1:${options.port}`,
      `--web.external-url=${url}/`,
      ...(options.extraArgs ?? []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  await waitUntilReady(url, child, () => output);
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  } satisfies RunningPrometheus;
}

export interface RecordingRules {
  /** The rules file (deploy/prometheus/science-portal-rules.yaml). */
  file: string;
  /**
   * Unix seconds: the rules are evaluated over the stored data from `start` (moved back to its 2-hour
   * boundary, `onBlockBoundaries`) to `end`.
   */
  start: number;
  end: number;
  /**
   * Only these parts of (start, end), when given: promtool queries every 2 hours of the range for every rule,
   * and a year of mostly idle data would take many minutes. Spans must not overlap, or records would repeat.
   */
  spans?: readonly { start: number; end: number }[];
}

/**
 * Loads the OpenMetrics text into a fresh TSDB with promtool and serves it. With `rules`, the recording rules
 * are also evaluated over the past data (`promtool tsdb create-blocks-from rules`, against this Prometheus)
 * and Prometheus is restarted with the new blocks and the rules file loaded, so `/api/v1/rules` lists them.
 */
export async function startPrometheus(options: {
  port: number;
  dir: string;
  openMetrics: string;
  rules?: RecordingRules;
  extraArgs?: string[];
}): Promise<RunningPrometheus> {
  const { port, dir, rules } = options;
  await stopStale(join(dir, 'data'));
  await rm(dir, { recursive: true, force: true });
  const data = join(dir, 'data');
  await mkdir(data, { recursive: true });
  const input = join(dir, 'dataset.om');
  await writeFile(input, options.openMetrics);
  const config = join(dir, 'prometheus.yml');
  await writeFile(config, 'global:\n  scrape_interval: 1m\nscrape_configs: []\n');
  run(PROMTOOL, ['tsdb', 'create-blocks-from', 'openmetrics', input, data]);
  const raw = await serve({ port, config, data, extraArgs: options.extraArgs });
  if (!rules) return raw;

  const recorded = join(dir, 'recorded');
  let promtoolOutput = '';
  try {
    await untilServing(raw.url);
    for (const span of onBlockBoundaries(rules.spans ?? [rules]))
      promtoolOutput += run(PROMTOOL, [
        'tsdb',
        'create-blocks-from',
        'rules',
        `--start=${span.start}`,
        `--end=${span.end}`,
        `--url=${raw.url}`,
        `--output-dir=${recorded}`,
        rules.file,
      ]);
  } finally {
    await raw.stop();
  }
  // promtool writes no block, and no folder, when every rule's query came back empty
  if (!existsSync(recorded))
    throw new Error(
      `the recording rules recorded nothing over the data set (no blocks in ${recorded}):\n${promtoolOutput}`,
    );
  for (const block of await readdir(recorded)) await rename(join(recorded, block), join(data, block));
  await writeFile(
    config,
    `global:\n  scrape_interval: 1m\nrule_files:\n  - ${JSON.stringify(rules.file)}\nscrape_configs: []\n`,
  );
  const served = await serve({ port, config, data, extraArgs: options.extraArgs });
  try {
    await untilRecorded(served.url);
  } catch (error) {
    await served.stop();
    throw error;
  }
  return served;
}

/** promtool's rule importer works through the range in 2-hour blocks, aligned to the epoch. */
const BLOCK_SECONDS = 2 * 3600;

/**
 * Each span moved to start on its 2-hour block's boundary, and spans that then meet merged. promtool (2.42 and
 * today's, cmd/promtool/rules.go) stops a range at the first block with no evaluation time in it: a range
 * starting in the last minutes of a block (an anchor at :59 puts the last day's start there) records nothing at
 * all. Starting earlier only adds evaluations over time with no samples, and merging keeps records unrepeated.
 */
export function onBlockBoundaries(
  spans: readonly { start: number; end: number }[],
): { start: number; end: number }[] {
  const aligned: { start: number; end: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.floor(span.start / BLOCK_SECONDS) * BLOCK_SECONDS;
    const last = aligned.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, span.end);
    else aligned.push({ start, end: span.end });
  }
  return aligned;
}

/** The loaded data set is what answers: its metric names are listed (else the rules would record nothing). */
async function untilServing(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  let answer = '';
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/api/v1/label/__name__/values`);
    answer = await response.text();
    if (response.ok && answer.includes('kube_pod_labels')) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Prometheus serves none of the data set within 30 s: ${answer.slice(0, 500)}`);
}

/**
 * Ready is not yet serving: the rules are loaded and the moved blocks opened a moment later, and a page that
 * asked before would (rightly) fall back to the raw series.
 */
async function untilRecorded(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const rules = await (await fetch(`${url}/api/v1/rules?type=record`)).text();
    const form = new URLSearchParams({
      query: 'count(count_over_time(session:kube_pod_status_phase_running:sum_over_time5m[1d]))',
    });
    const recorded = await (await fetch(`${url}/api/v1/query`, { method: 'POST', body: form })).text();
    if (rules.includes('science-portal-usage') && recorded.includes('"value"')) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the recording rules or their backfilled series did not show within 30 s');
}
