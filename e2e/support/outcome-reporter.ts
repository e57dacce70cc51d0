import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { FullResult, Reporter, Suite, TestCase } from '@playwright/test/reporter';

/** A test that failed, or passed only on its retry, with the first line of what went wrong. */
export interface TestNote {
  test: string;
  error: string;
}

/** What one Playwright run ended with, as `scripts/e2e.ts` reads it back after all its passes. */
export interface RunOutcome {
  status: FullResult['status'];
  passed: number;
  skipped: number;
  failed: TestNote[];
  flaky: TestNote[];
}

// eslint-disable-next-line no-control-regex -- the escape sequences of Playwright's coloured messages
const ANSI = /\u001b\[[0-9;]*m/g;

function firstLine(message: string | undefined): string {
  const line = (message ?? '').replace(ANSI, '').trim().split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line || '(no error message)';
}

/** The part of Playwright's TestCase read here. */
export interface FinishedTest {
  outcome(): ReturnType<TestCase['outcome']>;
  titlePath(): string[];
  location: { file: string; line: number };
  results: readonly { error?: { message?: string } }[];
}

function noteOf(test: FinishedTest, attempt: 'first' | 'last'): TestNote {
  const results = test.results;
  const result = attempt === 'first' ? results[0] : results.at(-1);
  const where = `${test.location.file.replace(/^.*?\/e2e\//, 'e2e/')}:${test.location.line}`;
  return {
    test: `${where} › ${test.titlePath().slice(3).join(' › ')}`,
    error: firstLine(result?.error?.message),
  };
}

export function outcomeOf(tests: readonly FinishedTest[], status: FullResult['status']): RunOutcome {
  const byOutcome = (outcome: ReturnType<FinishedTest['outcome']>) =>
    tests.filter((test) => test.outcome() === outcome);
  return {
    status,
    passed: byOutcome('expected').length,
    skipped: byOutcome('skipped').length,
    failed: byOutcome('unexpected').map((test) => noteOf(test, 'last')),
    flaky: byOutcome('flaky').map((test) => noteOf(test, 'first')),
  };
}

/**
 * Lines that say how one pass ended, printed by `scripts/e2e.ts` after every pass has run, so the last lines of
 * a CI log name what failed even when the failure was minutes and hundreds of lines earlier.
 */
export function summaryLines(pass: string, exitCode: number, outcome: RunOutcome | undefined): string[] {
  if (outcome === undefined)
    return [
      `e2e ${pass}: exit ${exitCode}, and Playwright recorded no outcome (it stopped before its run ended)`,
    ];
  const counts = [
    `${outcome.passed} passed`,
    ...(outcome.failed.length > 0 ? [`${outcome.failed.length} failed`] : []),
    ...(outcome.flaky.length > 0 ? [`${outcome.flaky.length} flaky (flaky fails the run)`] : []),
    ...(outcome.skipped > 0 ? [`${outcome.skipped} skipped`] : []),
  ];
  const verdict = exitCode === 0 ? 'passed' : `FAILED (exit ${exitCode}, run ${outcome.status})`;
  return [
    `e2e ${pass}: ${verdict}: ${counts.join(', ')}`,
    ...outcome.failed.map((note) => `  failed: ${note.test}\n    ${note.error}`),
    ...outcome.flaky.map((note) => `  flaky:  ${note.test}\n    first try: ${note.error}`),
  ];
}

const noteSchema = z.object({ test: z.string(), error: z.string() });
const outcomeSchema = z.object({
  status: z.enum(['passed', 'failed', 'timedout', 'interrupted']),
  passed: z.number(),
  skipped: z.number(),
  failed: z.array(noteSchema),
  flaky: z.array(noteSchema),
});

export function readOutcome(file: string): RunOutcome | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return outcomeSchema.parse(JSON.parse(text));
}

/** Writes the run's outcome to E2E_OUTCOME_FILE, when `scripts/e2e.ts` names one; silent otherwise. */
export default class OutcomeReporter implements Reporter {
  private suite: Suite | undefined;

  onBegin(_config: unknown, suite: Suite): void {
    this.suite = suite;
  }

  onEnd(result: FullResult): void {
    const file = process.env.E2E_OUTCOME_FILE;
    if (!file || !this.suite) return;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(outcomeOf(this.suite.allTests(), result.status), null, 2)}\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
