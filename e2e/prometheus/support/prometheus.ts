import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
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

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status ?? 'no status'}):\n${result.stderr}`,
    );
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

/**
 * Loads the OpenMetrics text into a fresh TSDB with promtool, then serves it with Prometheus on
 * 127.0.0.1:`port` under /prometheus (the path the portal's proxy forwards), scraping nothing.
 */
export async function startPrometheus(options: { port: number; dir: string; openMetrics: string }) {
  const { port, dir } = options;
  await rm(dir, { recursive: true, force: true });
  const data = join(dir, 'data');
  await mkdir(data, { recursive: true });
  const input = join(dir, 'dataset.om');
  await writeFile(input, options.openMetrics);
  const config = join(dir, 'prometheus.yml');
  await writeFile(config, 'global:\n  scrape_interval: 1m\nscrape_configs: []\n');
  run(PROMTOOL, ['tsdb', 'create-blocks-from', 'openmetrics', input, data]);

  const url = `http://127.0.0.1:${port}/prometheus`;
  let output = '';
  const child = spawn(
    PROMETHEUS,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${data}`,
      '--storage.tsdb.retention.time=30d',
      `--web.listen-address=127.0.0.1:${port}`,
      `--web.external-url=${url}/`,
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
