import { readdirSync, readFileSync, statSync } from 'node:fs';
import { expect, test } from './support/fixtures';

// The image and the chart carry and serve only production files; the fake platform only for a demo. nginx's
// side runs for real in upstreams.spec.ts; these keep the build, the Dockerfile and the chart in step with it
// (no Docker daemon or helm binary here).

const dockerfile = readFileSync('deploy/Dockerfile', 'utf8');
const values = readFileSync('deploy/helm/science-portal/values.yaml', 'utf8');
const deployment = readFileSync('deploy/helm/science-portal/templates/deployment.yaml', 'utf8');

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}

test('the fake platform is one chunk under the name nginx keeps for demos', () => {
  const manifest = new Map(
    Object.entries(
      JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, ManifestChunk>,
    ),
  );
  const mocks = [...manifest].filter(([source]) => source.startsWith('mocks/'));
  expect(mocks.map(([, chunk]) => chunk.file)).toEqual([
    expect.stringMatching(/^assets\/fake-platform-[^/]+\.js$/),
  ]);
  // No other chunk is there for the fake platform alone (it would be served without PORTAL_DEMO).
  const importers = new Map<string, string[]>();
  for (const [source, chunk] of manifest)
    for (const imported of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])])
      importers.set(imported, [...(importers.get(imported) ?? []), source]);
  const onlyForMocks = [...importers].filter(([, by]) => by.every((source) => source.startsWith('mocks/')));
  expect(onlyForMocks).toEqual([]);
});

test('the image holds no source maps and serves the fake platform only when asked', () => {
  const build = dockerfile.split(/^FROM /m)[1] ?? '';
  expect(build).toMatch(/RUN npm run build && find dist -name '\*\.map' -delete/);
  expect(dockerfile).toMatch(/PORTAL_DEMO="false"/);
});

test('the chart turns the demo on only with demo: true or a config with mocks: true', () => {
  expect(values).toMatch(/^demo: false$/m);
  expect(deployment).toContain(
    '- name: PORTAL_DEMO\n              value: {{ if or .Values.demo .Values.config.mocks }}"true"{{ else }}"false"{{ end }}',
  );
  expect(values).toMatch(/^upstreamCaFile: \/etc\/ssl\/certs\/ca-certificates\.crt$/m);
});

test('the build writes each script and stylesheet precompressed, gzip and brotli', () => {
  const files = readdirSync('dist/assets');
  const served = files.filter((file) => /\.(js|css)$/.test(file) && !file.startsWith('fake-platform-'));
  expect(served.length).toBeGreaterThan(10);
  const missing = served.flatMap((file) =>
    ['gz', 'br'].filter((kind) => !files.includes(`${file}.${kind}`)).map((kind) => `${file}.${kind}`),
  );
  expect(missing).toEqual([]);
});

test('assets go out as the build compressed them: brotli where nginx has its module, gzip otherwise', async ({
  nginx,
  request,
}) => {
  const name = readdirSync('dist/assets').find((file) => /^index-.*\.js$/.test(file));
  if (!name) throw new Error('no dist/assets/index-*.js: build first');
  const original = readFileSync(`dist/assets/${name}`);
  const kinds = [
    { accept: 'br, gzip', encoding: nginx.brotli ? 'br' : 'gzip' },
    { accept: 'gzip', encoding: 'gzip' },
  ];
  for (const { accept, encoding } of kinds) {
    const response = await request.get(`/assets/${name}`, { headers: { 'Accept-Encoding': accept } });
    expect(response.headers()['content-encoding'], accept).toBe(encoding);
    // The precompressed file itself (nginx compressing on the fly sends no length, chunk by chunk).
    const file = `dist/assets/${name}.${encoding === 'br' ? 'br' : 'gz'}`;
    expect(response.headers()['content-length'], accept).toBe(String(statSync(file).size));
    expect(response.headers().vary, accept).toContain('Accept-Encoding');
    expect((await response.body()).equals(original), accept).toBe(true);
  }
});

test('index.html asks for the first route’s files beside the entry: the dashboard, its strings, config.json', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const manifest = new Map(
    Object.entries(
      JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, ManifestChunk>,
    ),
  );
  const fileOf = (source: string) => {
    const file = manifest.get(source)?.file;
    if (!file) throw new Error(`${source} is not in the build's manifest`);
    return file;
  };
  const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]* href="\.\/([^"]+)"/g)].map(
    (match) => match[1],
  );
  const dashboard = manifest.get('src/features/sessions/sessions-page.tsx');
  const entries = new Set(['index.html', 'src/start-early.ts']);
  const ownImports = (dashboard?.imports ?? []).filter((source) => !entries.has(source)).map(fileOf);
  // One file for the dashboard's code, what it shares with other pages included: on a slow link each file is a
  // request of its own, and more than six at once wait for a connection (vite.config.ts, the first route's note).
  expect(ownImports).toEqual([]);
  expect(new Set(preloaded)).toEqual(
    new Set([
      fileOf('src/features/sessions/sessions-page.tsx'),
      fileOf('src/i18n/en/sessions.ts'),
      fileOf('src/start-early.ts'),
      ...ownImports,
    ]),
  );
  expect(html).toMatch(/<link rel="preload" as="fetch" crossorigin href="\.\/config\.json"/);
});

test('index.html runs the start’s first script at once, a file that waits for no other', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const manifest = new Map(
    Object.entries(
      JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, ManifestChunk>,
    ),
  );
  const early = manifest.get('src/start-early.ts');
  if (!early) throw new Error('src/start-early.ts is not in the build’s manifest');
  // Its own imports would be requests made only once it has arrived, and the app's entry is one of them.
  expect(early.imports ?? []).toEqual([]);
  const scripts = [...html.matchAll(/<script ([^>]*)>/g)].map((match) => match[1] ?? '');
  expect(scripts[0]).toContain(`src="./${early.file}"`);
  expect(scripts[0]).toMatch(/\btype="module" async\b/);
  // the app imports the same file, so both share one start
  expect(manifest.get('index.html')?.imports).toContain('src/start-early.ts');
});
