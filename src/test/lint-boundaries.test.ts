// @vitest-environment node
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The project's own eslint.config.js, without type information: the rules checked here do not need it, and the
 * type-aware program would take most of a minute to build.
 */
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
});

async function rulesReported(source: string, filePath: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(source, { filePath: join(root, filePath) });
  const messages: Linter.LintMessage[] = result?.messages ?? [];
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`${filePath}: ${fatal.message}`);
  return messages.map((message) => message.ruleId);
}

// no-cycle reads the imported files from disk, so these two exist for the length of the test.
const cycleDir = `src/lib/lint-fixture-${String(process.pid)}`;
const cycleA = `import { b } from './b';\nexport const a = (): number => b() + 1;\n`;
const cycleB = `import { a } from './a';\nexport const b = (): number => (a.length > 0 ? 1 : 0);\n`;

describe('the lint rules that keep the layers apart', () => {
  beforeAll(() => {
    mkdirSync(join(root, cycleDir), { recursive: true });
    writeFileSync(join(root, cycleDir, 'a.ts'), cycleA);
    writeFileSync(join(root, cycleDir, 'b.ts'), cycleB);
  });
  afterAll(() => {
    rmSync(join(root, cycleDir), { recursive: true, force: true });
  });

  it('report an import cycle between two TypeScript files', async () => {
    expect(await rulesReported(cycleA, `${cycleDir}/a.ts`)).toContain('import-x/no-cycle');
  });

  it('report lib importing a component', async () => {
    const source = `import { describeError } from '../components/describe-error';\nexport const d = describeError;\n`;
    expect(await rulesReported(source, 'src/lib/fixture.ts')).toContain('import-x/no-restricted-paths');
    expect(await rulesReported(source, 'src/api/fixture.ts')).toContain('import-x/no-restricted-paths');
  });

  it('report a feature importing another feature, and allow its own files', async () => {
    const other = `import { toCsv } from '../usage/csv';\nexport const c = toCsv;\n`;
    expect(await rulesReported(other, 'src/features/storage/fixture.ts')).toContain(
      'import-x/no-restricted-paths',
    );
    const own = `import { formatPercent } from './format';\nexport const f = formatPercent;\n`;
    expect(await rulesReported(own, 'src/features/storage/fixture.ts')).toEqual([]);
  });

  it('report requests and XML handling in a feature, but not in api', async () => {
    const source = [
      'export const x = new XMLHttpRequest();',
      "export const d = new DOMParser().parseFromString('<a/>', 'application/xml');",
      'export const s = new XMLSerializer();',
      "export const f = (): Promise<Response> => fetch('/x');",
      "export const w = (): Promise<Response> => window.fetch('/x');",
    ].join('\n');
    const inFeature = await rulesReported(source, 'src/features/storage/fixture.ts');
    expect(inFeature.filter((rule) => rule === 'no-restricted-globals')).toHaveLength(4);
    expect(inFeature).toContain('no-restricted-properties');
    expect(await rulesReported(source, 'src/api/storage/fixture.ts')).toEqual([]);
  });

  it('report a static import of the demo’s own parts outside the demo, and allow import()', async () => {
    const banner = `import { ScenarioBanner } from './demo/demo-ui';\nexport const b = ScenarioBanner;\n`;
    expect(await rulesReported(banner, 'src/app/fixture.tsx')).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    const strings = `import { demo } from '@/i18n/en/demo';\nexport const d = demo;\n`;
    expect(await rulesReported(strings, 'src/app/layout/fixture.ts')).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    const loaded = `export const load = () => import('./app/demo/demo-ui');\n`;
    expect(await rulesReported(loaded, 'src/fixture.ts')).toEqual([]);
    const type = `import type { demo } from './en/demo';\nexport type D = typeof demo;\n`;
    expect(await rulesReported(type, 'src/i18n/fixture.ts')).toEqual([]);
  });

  it('report browser storage outside lib/preferences and the token store', async () => {
    const source = [
      "export const l = localStorage.getItem('k');",
      "export const s = window.sessionStorage.getItem('k');",
    ].join('\n');
    expect(await rulesReported(source, 'src/features/storage/fixture.ts')).toEqual([
      'no-restricted-globals',
      'no-restricted-properties',
    ]);
    expect(await rulesReported(source, 'src/components/fixture.ts')).toEqual([
      'no-restricted-globals',
      'no-restricted-properties',
    ]);
    expect(await rulesReported(source, 'src/lib/preferences.ts')).toEqual([]);
  });
});
