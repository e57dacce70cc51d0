import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
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

// ---- The dev and preview servers' proxy to the platform's services: the same paths and the same rules as
// the deployment's nginx (deploy/nginx/templates/portal.conf.template), since `npm start` also runs against
// real services. Exported for e2e/nginx/vite-proxy.spec.ts.

/** The storage service's path: every answer under it may carry bytes a user stored. */
export const USER_BYTES_PATH = '/arc';

/**
 * An answer under /arc as it must reach the browser: a download that cannot render as a document of the
 * portal's origin (cavern sends files "inline" with the uploader's content type, so an HTML file and a
 * script beside it would run here and could read the tab's token). The filename cavern gave is kept; a
 * second CSP is added, as browsers enforce every policy they receive.
 */
export function userBytesHeaders(headers: Readonly<IncomingHttpHeaders>): IncomingHttpHeaders {
  const disposition = headers['content-disposition'] ?? '';
  const parameters = /;.*$/s.exec(disposition)?.[0] ?? '';
  const policies = [headers['content-security-policy'] ?? []].flat();
  return {
    ...headers,
    'content-disposition': `attachment${parameters}`,
    // Policies joined by ", " are each enforced, as are separate headers.
    'content-security-policy': [...policies, 'sandbox'].join(', '),
    'x-content-type-options': 'nosniff',
  };
}

const forUserBytes: ProxyOptions['configure'] = (proxy) => {
  // Emitted before the answer's headers are copied to the browser's response.
  proxy.on('proxyRes', (answer) => {
    answer.headers = userBytesHeaders(answer.headers);
  });
};

/** The access-control service's path: its whoami redirects to a user under it. */
export const AC_PATH = '/ac';

/**
 * A redirect of ac's as it must reach the browser: whoami answers a signed-in caller with a redirect to
 * `{ac}/users/<name>`, an absolute URL on the host ac saw (with `changeOrigin`, the upstream's own), which fetch
 * would follow to another origin and fail. A Location into ac's paths becomes that path on this origin, whatever
 * scheme and host it names, as the deployment's nginx does (`proxy_redirect` in `location /ac/`); any other is
 * left alone.
 */
export function sameOriginLocation(location: string): string {
  const match = /^(?:(?:https?:)?\/\/[^/]+)?(\/ac\/.*)$/.exec(location);
  return match?.[1] ?? location;
}

const forAccessControl: ProxyOptions['configure'] = (proxy) => {
  proxy.on('proxyRes', (answer) => {
    const { location } = answer.headers;
    if (location !== undefined) answer.headers.location = sameOriginLocation(location);
  });
};

/**
 * The same-origin platform paths, forwarded to `upstream` (a real deployment or the fake platform);
 * `usageUpstream` takes /prometheus (a real Prometheus serving under /prometheus). Harbor: its API only.
 */
export function platformProxy(
  upstream: string | undefined,
  usageUpstream: string | undefined,
): Record<string, ProxyOptions> | undefined {
  if (!upstream && !usageUpstream) return undefined;
  const targets: [string, string | undefined][] = [
    ['/skaha', upstream],
    [USER_BYTES_PATH, upstream],
    [AC_PATH, upstream],
    ['/harbor/api/v2.0/', upstream],
    ['/prometheus', usageUpstream],
  ];
  const entries = targets.flatMap(([path, target]): [string, ProxyOptions][] =>
    target
      ? [
          [
            path,
            {
              target,
              changeOrigin: true,
              secure: true,
              ...(path === USER_BYTES_PATH ? { configure: forUserBytes } : {}),
              ...(path === AC_PATH ? { configure: forAccessControl } : {}),
            },
          ],
        ]
      : [],
  );
  return Object.fromEntries(entries);
}

/** PORTAL_UPSTREAM and PORTAL_UPSTREAM_USAGE as `npm start` and the e2e previews set them. */
export function platformProxyFromEnv(env: NodeJS.ProcessEnv): Record<string, ProxyOptions> | undefined {
  const upstream = env.PORTAL_UPSTREAM;
  // an empty variable means unset, as for PORTAL_UPSTREAM
  const usageUpstream =
    env.PORTAL_UPSTREAM_USAGE?.trim() === '' ? upstream : (env.PORTAL_UPSTREAM_USAGE ?? upstream);
  return platformProxy(upstream, usageUpstream);
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

/** The build's files that nginx serves precompressed: scripts, stylesheets and other text, never source maps. */
const PRECOMPRESSED = /^assets\/(?!fake-platform-).*\.(js|css|svg|json|wasm)$/;

/**
 * Writes `.gz` (zlib level 9) and `.br` (brotli quality 11) beside each of those files: nginx sends them as
 * they are (gzip_static, and brotli_static where its module is loaded; deploy/nginx), so the browser gets the
 * smallest bytes without nginx compressing on every request. The fake platform's chunk is left out: nginx
 * serves it only for a demo, and a compressed copy is one more name to keep hidden.
 */
export function precompressAssets(): Plugin {
  return {
    name: 'portal-precompress-assets',
    apply: 'build',
    writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      for (const fileName of Object.keys(bundle)) {
        if (!PRECOMPRESSED.test(fileName)) continue;
        const path = join(outDir, fileName);
        const bytes = readFileSync(path);
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(bytes, {
            params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
          }),
        );
      }
    },
  };
}

// ---- The first route's code in few files. Rolldown splits what the shell and the sessions dashboard share with
// other pages into many small chunks (one per set of importers); each is a request of its own and is compressed
// on its own, which cost the first route about 8 kB gzip and a round trip per level of imports. So the dashboard
// is a second entry of the build, and every module either entry needs when it starts ("$initial": its static
// imports, after tree-shaking) joins index.html's chunk, except the dashboard's own code, which is one chunk of
// its own, loaded on the dashboard only: what it shares with the launch form or usage (session labels, badges)
// included, since nine small files were nine requests, more than a browser sends at once to one host over
// HTTP/1.1 (2.4 kB gzip and about 50 ms on the slow link, bench/figures/load.ts).

/** The dashboard's own modules. */
const FIRST_PAGE_OWN = /[\\/]src[\\/](features[\\/]sessions[\\/]|i18n[\\/]en[\\/]sessions\.ts)/;

/**
 * index.html asks for the first route's files at once, beside the entry, instead of after config.json, the
 * session check and the router have run (each a round trip on a slow link): the dashboard's chunk, the chunks
 * it imports and its English strings (modulepreload), and config.json. bench/figures/load.ts measures it.
 */
function preloadFirstRoute(): Plugin {
  return {
    name: 'portal-preload-first-route',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const page = chunks.find((chunk) =>
          chunk.facadeModuleId?.endsWith('/src/features/sessions/sessions-page.tsx'),
        );
        const strings = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/i18n/en/sessions.ts'));
        if (!page || !strings)
          throw new Error('preloadFirstRoute: no chunk for the dashboard or its strings');
        // index.html names the entries' files already (start-early.ts's too).
        const entry = new Set(
          chunks.filter((chunk) => chunk.isEntry && chunk !== page).map((chunk) => chunk.fileName),
        );
        const files = [page.fileName, ...page.imports.filter((file) => !entry.has(file)), strings.fileName];
        return [
          ...files.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          })),
          {
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: true, href: './config.json' },
            injectTo: 'head' as const,
          },
        ];
      },
    },
  };
}

// ---- The start's first script (src/start-early.ts): it asks for config.json, the sign-in check and the
// dashboard's sessions while the app's code is still arriving (a round trip less on a slow link,
// bench/figures/load.ts). It is a third entry; every module it imports statically is its chunk's, so it runs
// as soon as that one small file has arrived, and index.html runs it at once (async). The app's entry imports
// it, so both share one module instance.

const START_EARLY = resolve('src/start-early.ts');

function startEarlyScript(): Plugin & { closure: Set<string> } {
  const closure = new Set<string>();
  return {
    name: 'portal-start-early',
    apply: 'build',
    closure,
    buildStart() {
      closure.clear();
    },
    buildEnd() {
      // The modules start-early.ts needs before it runs: its static imports, all the way down.
      const pending = [START_EARLY];
      while (pending.length > 0) {
        const id = pending.pop();
        if (id === undefined || closure.has(id)) continue;
        closure.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      if ([...closure].some((id) => /[\\/]node_modules[\\/]react(-dom)?[\\/]/.test(id)))
        throw new Error('src/start-early.ts imports React: the first script of the start must stay small');
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunk = Object.values(bundle).find(
          (output) => output.type === 'chunk' && output.facadeModuleId === START_EARLY,
        );
        if (chunk?.type !== 'chunk') throw new Error('startEarlyScript: no chunk for src/start-early.ts');
        // A file of its own with nothing to wait for, or it would wait for the app's code after all.
        if (chunk.imports.length > 0)
          throw new Error(`startEarlyScript: its chunk imports ${chunk.imports.join(', ')}`);
        // Right after <base>, which its relative address needs, and before anything else the page asks for.
        const script = `<script type="module" async crossorigin src="./${chunk.fileName}"></script>`;
        const withScript = html.replace(/(<base [^>]*>)/, `$1\n    ${script}`);
        if (withScript === html) throw new Error('startEarlyScript: index.html has no <base> element');
        return withScript;
      },
    },
  };
}

/** '@/x' is src/x, as in vitest.config.ts and tsconfig.base.json's paths. */
const SOURCE_ALIAS = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig(({ command }) => {
  const startEarly = startEarlyScript();
  return {
    // The build names its files relative to the page (index.html's <base href>, written by nginx), so one dist/
    // serves at the host's root or under any sub-path (docs/deployment.md). The dev server stays at "/".
    base: command === 'build' ? './' : '/',
    // '@/…' names a module under src/ (tsconfig.base.json's paths), instead of imports climbing the tree.
    resolve: { alias: SOURCE_ALIAS },
    plugins: [
      react(),
      precompressAssets(),
      preloadFirstRoute(),
      startEarly,
      runtimeConfig(command === 'serve' && !process.env.PORTAL_UPSTREAM ? 'dev/config.mock.json' : undefined),
    ],
    define: {
      __APP_VERSION__: JSON.stringify(version),
      __APP_COMMIT__: JSON.stringify(process.env.PORTAL_COMMIT ?? gitCommit()),
    },
    server: {
      proxy: platformProxyFromEnv(process.env),
      watch: { ignored: ['**/playwright-report/**', '**/test-results/**', '**/bench/**'] },
    },
    preview: { proxy: platformProxyFromEnv(process.env) },
    // Stamps a placeholder nonce on index.html (and a csp-nonce meta element) that nginx replaces per response
    // for the strict CSP's style-src (deploy/nginx, docs/deployment.md).
    html: { cspNonce: 'PORTAL_CSP_NONCE' },
    build: {
      sourcemap: true,
      target: 'es2022',
      // dist/.vite/manifest.json: which chunks and stylesheets each entry and route needs (bench/figures/bundle.ts).
      manifest: true,
      rolldownOptions: {
        // Three entries for the grouping below (the notes above).
        input: {
          'start-early': START_EARLY,
          index: resolve('index.html'),
          'sessions-page': resolve('src/features/sessions/sessions-page.tsx'),
        },
        output: {
          codeSplitting: {
            groups: [
              { name: 'start-early', tags: ['$initial'], test: (id: string) => startEarly.closure.has(id) },
              { name: 'index', tags: ['$initial'], test: (id: string) => !FIRST_PAGE_OWN.test(id) },
              { name: 'sessions-page', tags: ['$initial'], test: (id: string) => FIRST_PAGE_OWN.test(id) },
            ],
          },
          // The fake platform's chunk under a name of its own, which deploy/nginx serves only for a demo.
          chunkFileNames: (chunk) =>
            chunk.facadeModuleId?.includes('/mocks/')
              ? 'assets/fake-platform-[hash].js'
              : 'assets/[name]-[hash].js',
        },
      },
    },
  };
});
