import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outcomeOf, readOutcome, summaryLines, type FinishedTest } from './outcome-reporter';

function finished(
  title: string,
  outcome: ReturnType<FinishedTest['outcome']>,
  errors: (string | undefined)[] = [],
): FinishedTest {
  return {
    outcome: () => outcome,
    titlePath: () => ['', 'mock', 'mock/sessions.spec.ts', 'sessions', title],
    location: { file: '/checkout/e2e/mock/sessions.spec.ts', line: 42 },
    results: errors.map((message) => (message === undefined ? {} : { error: { message } })),
  };
}

describe('the outcome of a Playwright run', () => {
  const tests = [
    finished('renews a session', 'expected', [undefined]),
    finished('deletes a session', 'flaky', [
      '\u001b[31mError: expect(locator).toBeVisible() failed\u001b[39m\n\nLocator: …',
      undefined,
    ]),
    finished('opens the events', 'unexpected', [
      'Error: first try',
      'Test timeout of 30000ms exceeded.\nmore',
    ]),
    finished('a skipped one', 'skipped'),
  ];

  it('names each failed test with its last error and each flaky one with its first try’s, one line each', () => {
    expect(outcomeOf(tests, 'failed')).toEqual({
      status: 'failed',
      passed: 1,
      skipped: 1,
      failed: [
        {
          test: 'e2e/mock/sessions.spec.ts:42 › sessions › opens the events',
          error: 'Test timeout of 30000ms exceeded.',
        },
      ],
      flaky: [
        {
          test: 'e2e/mock/sessions.spec.ts:42 › sessions › deletes a session',
          error: 'Error: expect(locator).toBeVisible() failed',
        },
      ],
    });
  });

  it('prints a failed pass with every failed and flaky test, and a passed one on one line', () => {
    expect(summaryLines('mock', 1, outcomeOf(tests, 'failed'))).toEqual([
      'e2e mock: FAILED (exit 1, run failed): 1 passed, 1 failed, 1 flaky (flaky fails the run), 1 skipped',
      '  failed: e2e/mock/sessions.spec.ts:42 › sessions › opens the events\n    Test timeout of 30000ms exceeded.',
      '  flaky:  e2e/mock/sessions.spec.ts:42 › sessions › deletes a session\n    first try: Error: expect(locator).toBeVisible() failed',
    ]);
    expect(summaryLines('faults', 0, outcomeOf(tests.slice(0, 1), 'passed'))).toEqual([
      'e2e faults: passed: 1 passed',
    ]);
  });

  it('says so when Playwright ended without recording an outcome', () => {
    expect(summaryLines('deployments', 1, undefined)).toEqual([
      'e2e deployments: exit 1, and Playwright recorded no outcome (it stopped before its run ended)',
    ]);
  });
});

describe('reading an outcome file back', () => {
  const folder = mkdtempSync(join(tmpdir(), 'outcome-'));
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads what the reporter wrote, has nothing for a missing file, and refuses a file of another shape', () => {
    const file = join(folder, 'mock-outcome.json');
    expect(readOutcome(file)).toBeUndefined();
    const outcome = outcomeOf([finished('renews a session', 'expected', [undefined])], 'passed');
    writeFileSync(file, JSON.stringify(outcome));
    expect(readOutcome(file)).toEqual(outcome);
    writeFileSync(file, JSON.stringify({ passed: '1' }));
    expect(() => readOutcome(file)).toThrow();
  });
});
