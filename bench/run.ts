// `npm run bench`: builds the portal, runs every figure module in bench/figures/ one after another and writes
// their figures into bench/report.json (one key per figure). `npm run bench -- sessions` runs only the modules
// whose file name contains "sessions" and keeps the other figures of an existing report.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FigureModule, Figures } from './support';

const here = dirname(fileURLToPath(import.meta.url));
const reportPath = join(here, 'report.json');
const only = process.argv.slice(2);

const modules = readdirSync(join(here, 'figures'))
  .filter((name) => name.endsWith('.ts'))
  .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
  .sort();

const previous: Figures =
  only.length > 0 && existsSync(reportPath) ? (JSON.parse(readFileSync(reportPath, 'utf8')) as Figures) : {};
const report: Figures = { ...previous };
let failed = false;

for (const name of modules) {
  const started = performance.now();
  console.log(`bench: ${name}`);
  try {
    const module = (await import(pathToFileURL(join(here, 'figures', name)).href)) as FigureModule;
    const figures = await module.measure();
    Object.assign(report, figures);
    for (const [key, value] of Object.entries(figures)) console.log(`  ${key} = ${JSON.stringify(value)}`);
  } catch (error) {
    failed = true;
    console.error(`bench: ${name} failed:`, error);
  }
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

const sorted = Object.fromEntries(Object.entries(report).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(reportPath, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`bench: wrote ${reportPath}`);
if (failed) process.exitCode = 1;
