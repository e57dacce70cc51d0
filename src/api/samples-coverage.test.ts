// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const API = import.meta.dirname;
const SAMPLES = join(API, '../../docs/samples');

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') && path !== import.meta.filename ? [path] : [];
  });
}

describe('the real-format samples', () => {
  it('are each parsed by a test of the query layer', () => {
    const tests = testFiles(API).map((path) => ({ path, source: readFileSync(path, 'utf8') }));
    const unread = readdirSync(SAMPLES).filter(
      (sample) => !tests.some((test) => test.source.includes(`'${sample}'`)),
    );
    expect(
      unread,
      `samples no test reads (tests: ${tests.map((t) => relative(API, t.path)).join(', ')})`,
    ).toEqual([]);
  });
});
