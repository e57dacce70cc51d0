import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type PreviewServer, type ProxyOptions, type ViteDevServer } from 'vite';

const packageJson: unknown = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const version =
  typeof packageJson === 'object' && packageJson !== null && 'version' in packageJson
    ? String(packageJson.version)
    : '0.0.0';

function gitCommit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

/**
 * The same-origin platform paths, forwarded to PORTAL_UPSTREAM (a real deployment or the fake platform);
 * PORTAL_UPSTREAM_USAGE sends /prometheus elsewhere (a real Prometheus serving under /prometheus).
 */
function platformProxy(): Record<string, ProxyOptions> | undefined {
  const upstream = process.env.PORTAL_UPSTREAM;
  // an empty variable means unset, as for PORTAL_UPSTREAM
  const usageUpstream =
    process.env.PORTAL_UPSTREAM_USAGE?.trim() === ''
      ? upstream
      : (process.env.PORTAL_UPSTREAM_USAGE ?? upstream);
  if (!upstream && !usageUpstream) return undefined;
  const targets: [string, string | undefined][] = [
    ['/skaha', upstream],
    ['/arc', upstream],
    ['/ac', upstream],
    ['/harbor', upstream],
    ['/prometheus', usageUpstream],
  ];
  const entries = targets.flatMap(([path, target]): [string, ProxyOptions][] =>
    target ? [[path, { target, changeOrigin: true, secure: true }]] : [],
  );
  return Object.fromEntries(entries);
}

/**
 * Serves config.json from PORTAL_CONFIG (a file path) instead of public/config.json. `npm start` uses the
 * demo configuration (fake platform, demo sign-in); the built dist/config.json stays the deployable default.
 */
function runtimeConfig(defaultFile: string | undefined): Plugin {
  const file = process.env.PORTAL_CONFIG ?? defaultFile;
  const serve = (server: ViteDevServer | PreviewServer) => {
    if (!file) return;
    server.middlewares.use('/config.json', (_req, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('Cache-Control', 'no-store');
      res.end(readFileSync(resolve(file)));
    });
  };
  return {
    name: 'portal-runtime-config',
    configureServer: serve,
    configurePreviewServer: serve,
  };
}

export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    runtimeConfig(command === 'serve' && !process.env.PORTAL_UPSTREAM ? 'dev/config.mock.json' : undefined),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(version),
    __APP_COMMIT__: JSON.stringify(process.env.PORTAL_COMMIT ?? gitCommit()),
  },
  server: {
    proxy: platformProxy(),
    watch: { ignored: ['**/playwright-report/**', '**/test-results/**', '**/bench/**'] },
  },
  preview: { proxy: platformProxy() },
  // Stamps a placeholder nonce on index.html (and a csp-nonce meta element) that nginx replaces per response
  // for the strict CSP's style-src (deploy/nginx, docs/deployment.md).
  html: { cspNonce: 'PORTAL_CSP_NONCE' },
  build: {
    sourcemap: true,
    target: 'es2022',
    // dist/.vite/manifest.json: which chunks and stylesheets each entry and route needs (bench/figures/bundle.ts).
    manifest: true,
  },
}));
