import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from '../e2e/support/chromium';

/** Figures keyed `area.figureName`; values are numbers, or objects of numbers for per-item figures. */
export type Figures = Record<string, unknown>;

/** A bench/figures/*.ts module. */
export interface FigureModule {
  measure: () => Promise<Figures>;
}

const HOST = '127.0.0.1';

/** The same Chromium as the e2e suite: the system one when there is one, else Playwright's own. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutablePath,
    // Precise memory figures for the upload's peak heap (performance.memory is coarse without it).
    args: [...chromiumArgs, '--enable-precise-memory-info'],
  });
}

async function waitFor(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms`);
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve();
      return;
    }
    child.once('exit', () => {
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Serves the production build in dist/ with `vite preview` (runtime config from `configFile`, services
 * proxied to `upstream` when given, /prometheus to `usageUpstream` when given) for the duration of `run`, which
 * receives the base URL.
 */
export async function withPreview<T>(
  options: { port: number; configFile: string; upstream?: string; usageUpstream?: string },
  run: (baseUrl: string) => Promise<T>,
): Promise<T> {
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      HOST,
      '--port',
      String(options.port),
      '--strictPort',
    ],
    {
      env: {
        ...process.env,
        PORTAL_CONFIG: options.configFile,
        PORTAL_UPSTREAM: options.upstream ?? '',
        // /prometheus to its own upstream (a real Prometheus), the rest to `upstream`
        PORTAL_UPSTREAM_USAGE: options.usageUpstream ?? '',
      },
      stdio: 'ignore',
    },
  );
  const baseUrl = `http://${HOST}:${options.port}`;
  try {
    await waitFor(`${baseUrl}/`);
    return await run(baseUrl);
  } finally {
    await stop(child);
  }
}

/** The fake platform's HTTP server (mocks/server.ts) for the duration of `run`, which receives its URL. */
export async function withFakePlatform<T>(
  options: { port: number; scenario?: string },
  run: (url: string) => Promise<T>,
): Promise<T> {
  const args = ['--import', 'tsx', 'mocks/server.ts', '--port', String(options.port), '--host', HOST];
  if (options.scenario) args.push('--scenario', options.scenario);
  const child = spawn(process.execPath, args, { stdio: 'ignore' });
  const url = `http://${HOST}:${options.port}`;
  try {
    await waitFor(`${url}/ac/whoami`);
    return await run(url);
  } finally {
    await stop(child);
  }
}
