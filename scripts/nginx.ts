// Serves dist/ through real nginx with the deployment template (deploy/nginx/templates/portal.conf.template),
// for a local look at the production set-up and for the `nginx` end-to-end project.
//
//   npm run build && npm run serve:nginx                     # in front of `npm run fake-platform`
//   npm run serve:nginx -- --port 8080 --config my-config.json
//   SKAHA_UPSTREAM=https://… CAVERN_UPSTREAM=https://… … npm run serve:nginx
//
// nginx runs in the foreground with its own prefix and temporary files under the system's tmp directory;
// Ctrl-C stops it. Debian's nginx package is installed with apt-get when it is missing and this runs as root
// (as scripts/ensure-browser.mjs does for Chromium); NGINX_PATH names another binary.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const templateFile = join(repo, 'deploy/nginx/templates/portal.conf.template');
/** The /access/ location, written beside the server block only when ACCESS_UPSTREAM is set (as the image's entrypoint does). */
export const accessIncludeFile = join(repo, 'deploy/nginx/portal-access.inc.in');

/** The system's bundle of trusted certificate authorities: Debian's and Alpine's path, then other systems'. */
const CA_FILES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/ssl/cert.pem',
  '/etc/pki/tls/certs/ca-bundle.crt',
];

/** Every variable the template reads, with its default for a local run (the Dockerfile has canfar.net's). */
export function localDefaults(options: { upstream: string; listen: string; root: string; config: string }) {
  return {
    PORTAL_LISTEN: options.listen,
    PORTAL_ROOT: options.root,
    // "/" or a sub-path such as "/science-portal/" (docs/deployment.md).
    PORTAL_BASE_PATH: '/',
    PORTAL_CONFIG_FILE: options.config,
    SKAHA_UPSTREAM: options.upstream,
    CAVERN_UPSTREAM: options.upstream,
    AC_UPSTREAM: options.upstream,
    // The fake platform serves Harbor's API under /harbor; a real Harbor at its root.
    HARBOR_UPSTREAM: `${options.upstream}/harbor`,
    PROMETHEUS_UPSTREAM: options.upstream,
    // The site's access service at /access/: off unless set.
    ACCESS_UPSTREAM: '',
    ARC_MAX_BODY_SIZE: '0',
    CSP_CONNECT_SRC_EXTRA: '',
    CSP_FORM_ACTION_EXTRA: '',
    CSP_FRAME_SRC_EXTRA: '',
    HSTS_MAX_AGE: '31536000',
    PORTAL_UPSTREAM_CA_FILE:
      CA_FILES.find((path) => existsSync(path)) ?? '/etc/ssl/certs/ca-certificates.crt',
    // "true" serves the fake platform's files, for a build whose config.json has "mocks": true.
    PORTAL_DEMO: 'false',
  } satisfies Record<string, string>;
}

export type TemplateValues = ReturnType<typeof localDefaults>;

/** The `${NAME}` references of a template, in order of first use. */
export function templateVariableNames(template: string): string[] {
  return [
    ...new Set([...template.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((match) => match[1] ?? '')),
  ];
}

/**
 * What the official image's envsubst step does with the template, for the variables it names: `${NAME}`
 * becomes the value. A name without a value is an error here (envsubst would leave the text, and nginx
 * would then fail on an unknown variable).
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_text, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`the nginx template needs a value for ${name}`);
    return value;
  });
}

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function aptInstall(packages: readonly string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
      stdio: 'inherit',
      env,
    });
  if (install().status === 0) return true;
  spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  return install().status === 0;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The nginx binary: NGINX_PATH, else Debian's, installed with apt-get when missing and running as root. */
export function ensureNginx(): string {
  const fromEnv = process.env.NGINX_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`NGINX_PATH is ${fromEnv}, which is not an executable file`);
    return fromEnv;
  }
  const debian = '/usr/sbin/nginx';
  if (isExecutable(debian)) return debian;
  if (!isRoot() || !existsSync('/usr/bin/apt-get'))
    throw new Error(`no nginx at ${debian}: install Debian's nginx package, or set NGINX_PATH`);
  if (!aptInstall(['nginx'])) throw new Error('apt-get could not install nginx');
  if (!isExecutable(debian)) throw new Error(`apt-get ran, but there is still no nginx at ${debian}`);
  return debian;
}

const MIME_TYPES = [
  '/etc/nginx/mime.types',
  '/usr/local/etc/nginx/mime.types',
  '/opt/homebrew/etc/nginx/mime.types',
];
/**
 * Debian's module that serves precompressed .br files (the build writes them beside each asset). Only the
 * static one: compressing on the fly would also compress /arc/files/ downloads, which stream uncompressed.
 */
const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const BROTLI_PACKAGE = 'libnginx-mod-http-brotli-static';
let brotliInstallTried = false;

/**
 * Whether Debian's nginx has the brotli static module here. Like nginx itself, it is installed with apt-get
 * when missing and this runs as root (tried once per process); without it the assets are served gzip.
 */
export function hasBrotliStatic(nginx: string): boolean {
  if (existsSync(BROTLI_STATIC_MODULE)) return true;
  if (nginx !== '/usr/sbin/nginx' || brotliInstallTried || !isRoot() || !existsSync('/usr/bin/apt-get'))
    return false;
  brotliInstallTried = true;
  if (!aptInstall([BROTLI_PACKAGE])) console.warn(`serve:nginx: apt-get could not install ${BROTLI_PACKAGE}`);
  return existsSync(BROTLI_STATIC_MODULE);
}

/** The brotli part of the server block (deploy/nginx/portal-brotli.inc), written only when the module is there. */
export const brotliIncludeFile = join(repo, 'deploy/nginx/portal-brotli.inc');

/** The main configuration around the rendered template: own pid, logs and temp paths; foreground. */
function mainConfig(dir: string, brotli: boolean): string {
  const mimeTypes = process.env.NGINX_MIME_TYPES ?? MIME_TYPES.find((path) => existsSync(path));
  if (!mimeTypes) throw new Error('no mime.types for nginx found; set NGINX_MIME_TYPES');
  return [
    ...(brotli ? [`load_module ${BROTLI_STATIC_MODULE};`] : []),
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    `  include ${mimeTypes};`,
    '  default_type application/octet-stream;',
    '  sendfile on;',
    `  access_log ${join(dir, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `  ${kind}_temp_path ${join(dir, 'temp', kind)};`,
    ),
    `  include ${join(dir, 'conf.d', '*.conf')};`,
    '}',
    '',
  ].join('\n');
}

export interface RunningNginx {
  url: string;
  /** The rendered server configuration, as the container would have it. */
  config: string;
  /** Whether nginx has the brotli static module loaded (assets in .br to browsers that accept it). */
  brotli: boolean;
  stop: () => Promise<void>;
}

async function waitUntilServing(
  configUrl: string,
  hasExited: () => boolean,
  log: () => string,
): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error(`nginx exited:\n${log()}`);
    try {
      const response = await fetch(configUrl);
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`nginx did not serve ${configUrl} within 20 s:\n${log()}`);
}

/** An nginx this script started in `dir` whose runner died without stopping it (its pid file is still there). */
async function stopLeftover(dir: string): Promise<void> {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dir, 'nginx.pid'), 'utf8').trim());
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 1) return;
  // Only that nginx: a pid file left by a killed nginx may name a process that has since reused the number.
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!command.includes('nginx') || !command.includes(dir)) return;
  } catch {
    return;
  }
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return; // not running any more
  }
  for (let waited = 0; waited < 5_000; waited += 100) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Renders the template with `values`, checks it with `nginx -t`, then runs nginx until `stop()`. */
export async function startNginx(options: { values: TemplateValues; dir?: string }): Promise<RunningNginx> {
  const nginx = ensureNginx();
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'science-portal-nginx-'));
  await stopLeftover(dir);
  await rm(join(dir, 'conf.d'), { recursive: true, force: true });
  mkdirSync(join(dir, 'conf.d'), { recursive: true });
  mkdirSync(join(dir, 'temp'), { recursive: true });
  // nginx's workers run as an unprivileged user when the master is root: they must reach the temp paths.
  chmodSync(dir, 0o755);
  const config = renderTemplate(readFileSync(templateFile, 'utf8'), options.values);
  await writeFile(join(dir, 'conf.d', 'portal.conf'), config);
  if (options.values.ACCESS_UPSTREAM !== '') {
    const access = renderTemplate(readFileSync(accessIncludeFile, 'utf8'), options.values);
    await writeFile(join(dir, 'conf.d', 'portal-access.inc'), access);
  }
  const brotli = hasBrotliStatic(nginx);
  if (brotli) await writeFile(join(dir, 'conf.d', 'portal-brotli.inc'), readFileSync(brotliIncludeFile));
  const main = join(dir, 'nginx.conf');
  await writeFile(main, mainConfig(dir, brotli));
  const args = ['-p', dir, '-e', join(dir, 'error.log'), '-c', main];

  const check = spawnSync(nginx, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);

  const child = spawn(nginx, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const errorLog = () => {
    try {
      return readFileSync(join(dir, 'error.log'), 'utf8').slice(-8_000);
    } catch {
      return '';
    }
  };
  const listen = options.values.PORTAL_LISTEN;
  const url = `http://${listen.includes(':') ? listen : `127.0.0.1:${listen}`}`;
  try {
    await waitUntilServing(
      `${url}${options.values.PORTAL_BASE_PATH}config.json`,
      () => child.exitCode !== null,
      () => `${output}\n${errorLog()}`,
    );
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  return {
    url,
    config,
    brotli,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '8080' },
      // dist/config.json is the deployable default ({"auth": {"mode": "cadc"}}).
      config: { type: 'string', default: join(repo, 'dist/config.json') },
      root: { type: 'string', default: join(repo, 'dist') },
      upstream: { type: 'string', default: 'http://127.0.0.1:4010' },
    },
  });
  const defaults = localDefaults({
    upstream: args.upstream.replace(/\/+$/, ''),
    listen: `${args.host}:${args.port}`,
    root: resolve(args.root),
    config: resolve(args.config),
  });
  if (!existsSync(join(defaults.PORTAL_ROOT, 'index.html')))
    throw new Error(`no ${join(defaults.PORTAL_ROOT, 'index.html')}: run \`npm run build\` first`);
  // Any variable of the template can be set in the environment, as for the container.
  const values = { ...defaults };
  for (const name of Object.keys(values)) {
    const fromEnv = process.env[name];
    if (fromEnv !== undefined && name in values) Object.assign(values, { [name]: fromEnv });
  }
  const running = await startNginx({ values });
  console.log(`nginx is serving the portal on ${running.url}${values.PORTAL_BASE_PATH} (Ctrl-C stops it)`);
  const stop = () => {
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(`serve:nginx: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
