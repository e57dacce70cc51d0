// `npm run bench`: builds the portal, runs every figure module in bench/figures/ one after another and writes
// bench/report.json:
//   { generatedAt, machine: { cpus, memGiB, node, chromium }, figures: { "<area>.<figure>": value, … },
//     targets: { "<figure>": { target, pass } } }
// then prints every figure with its target and pass/fail. `npm run bench -- storage` runs only the modules whose
// file name contains "storage" and keeps the other figures of an existing report. The run exits non-zero when
// a module fails (its probe did not fire, it had no samples), when a figure it measured is not a finite number,
// or when a budgeted figure measured in this run misses its target or was not measured at all; the table is
// printed in full first.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium, type FigureModule, type Figures } from './support';
import { describeTarget, meets, TARGETS } from './targets';

const here = dirname(fileURLToPath(import.meta.url));
const reportPath = join(here, 'report.json');
const only = process.argv.slice(2);

interface Report {
  generatedAt: string;
  machine: { cpus: number; memGiB: number; node: string; chromium: string };
  figures: Figures;
  targets: Record<string, { target: string; pass: boolean | null }>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The figures of an earlier report: this shape, or the flat one (figure keys at the top) before it. */
function previousFigures(): Figures {
  if (only.length === 0 || !existsSync(reportPath)) return {};
  const raw: unknown = JSON.parse(readFileSync(reportPath, 'utf8'));
  if (!isRecord(raw)) return {};
  if (isRecord(raw.figures)) return raw.figures;
  return Object.fromEntries(Object.entries(raw).filter(([key]) => key.includes('.')));
}

async function chromiumVersion(): Promise<string> {
  try {
    const browser = await launchChromium();
    const version = browser.version();
    await browser.close();
    return version;
  } catch {
    return 'unavailable';
  }
}

const modules = readdirSync(join(here, 'figures'))
  .filter((name) => name.endsWith('.ts'))
  .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
  .sort();

const figures: Figures = previousFigures();
/** The figures measured in this run (not carried over from an earlier report). */
const measuredNow = new Set<string>();
let failed = false;

const isFiniteFigure = (value: unknown): boolean =>
  typeof value === 'number'
    ? Number.isFinite(value)
    : isRecord(value) &&
      Object.values(value).every((item) => typeof item === 'number' && Number.isFinite(item));

for (const name of modules) {
  const started = performance.now();
  console.log(`bench: ${name}`);
  try {
    const module = (await import(pathToFileURL(join(here, 'figures', name)).href)) as FigureModule;
    const measured = await module.measure();
    Object.assign(figures, measured);
    for (const [key, value] of Object.entries(measured)) {
      measuredNow.add(key);
      console.log(`  ${key} = ${JSON.stringify(value)}`);
      if (!isFiniteFigure(value)) {
        failed = true;
        console.error(`bench: ${key} is not a finite figure: ${JSON.stringify(value)}`);
      }
    }
  } catch (error) {
    failed = true;
    console.error(`bench: ${name} failed:`, error);
  }
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

const sortedFigures = Object.fromEntries(Object.entries(figures).sort(([a], [b]) => a.localeCompare(b)));
const targets = Object.fromEntries(
  Object.entries(TARGETS).map(([key, target]) => {
    const value = sortedFigures[key];
    return [
      key,
      { target: describeTarget(target), pass: typeof value === 'number' ? meets(target, value) : null },
    ];
  }),
);
const report: Report = {
  generatedAt: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    memGiB: Number((totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    chromium: await chromiumVersion(),
  },
  figures: sortedFigures,
  targets,
};
writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);

// The summary: every figure, its target and whether it holds.
const rows = Object.entries(sortedFigures).flatMap(([key, value]) => {
  // A per-item figure (bundle.routes) gets a row per item.
  if (isRecord(value))
    return Object.entries(value).map(([item, v]) => [`${key}.${item}`, JSON.stringify(v), '—', '']);
  const target = TARGETS[key];
  const result = targets[key];
  const verdict = !target || !result ? '' : result.pass === null ? 'missing' : result.pass ? 'pass' : 'FAIL';
  return [[key, JSON.stringify(value), target ? describeTarget(target) : '—', verdict]];
});
for (const key of Object.keys(TARGETS)) {
  if (!(key in sortedFigures)) rows.push([key, '(not measured)', targets[key]?.target ?? '', 'missing']);
}
const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length), 6));
const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
console.log(`\n${line(['figure', 'value', 'target', 'result'])}`);
for (const row of rows) console.log(line(row));
const held = Object.values(targets).filter((result) => result.pass === true).length;
console.log(`\nbench: ${held} of ${Object.keys(TARGETS).length} targets hold; wrote ${reportPath}`);
// A full run answers for every budget; a partial run (`npm run bench -- storage`) for the budgets it measured.
const judged = Object.entries(targets).filter(([key]) => only.length === 0 || measuredNow.has(key));
const missed = judged.filter(([, result]) => result.pass !== true).map(([key]) => key);
if (missed.length > 0) console.error(`bench: budget missed or not measured: ${missed.join(', ')}`);
if (failed || missed.length > 0) process.exitCode = 1;
