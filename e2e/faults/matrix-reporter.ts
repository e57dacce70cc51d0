import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FullConfig, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

const MATRIX = 'fault matrix';
const TOTAL_CASES = 30;

interface CaseOutcome {
  case: string;
  holds: boolean;
  status: TestResult['status'];
  error?: string;
}

/**
 * Counts the fault-matrix cases that hold (their last attempt passed) and prints one line, e.g.
 * "Fault matrix: 30/30 cases hold", with a JSON summary in test-results/fault-matrix.json.
 * Silent in runs that include no matrix case.
 */
export default class FaultMatrixReporter implements Reporter {
  private readonly outcomes = new Map<string, CaseOutcome>();
  private outputDir = 'test-results';

  onBegin(config: FullConfig): void {
    const faults = config.projects.find((project) => project.name === 'faults');
    if (faults) this.outputDir = faults.outputDir;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (!test.titlePath().includes(MATRIX)) return;
    this.outcomes.set(test.title, {
      case: test.title,
      holds: result.status === 'passed',
      status: result.status,
      ...(result.error?.message ? { error: result.error.message.split('\n')[0] } : {}),
    });
  }

  onEnd(): void {
    if (this.outcomes.size === 0) return;
    const cases = [...this.outcomes.values()];
    const holding = cases.filter((outcome) => outcome.holds).length;
    const line = `Fault matrix: ${holding}/${TOTAL_CASES} cases hold`;
    const ran = cases.length === TOTAL_CASES ? '' : ` (${cases.length} of ${TOTAL_CASES} cases ran)`;
    console.log(`\n${line}${ran}`);
    for (const outcome of cases.filter((entry) => !entry.holds)) {
      console.log(`  does not hold: ${outcome.case} (${outcome.status})`);
    }
    mkdirSync(this.outputDir, { recursive: true });
    writeFileSync(
      join(this.outputDir, 'fault-matrix.json'),
      `${JSON.stringify({ holding, total: TOTAL_CASES, ran: cases.length, cases }, null, 2)}\n`,
    );
  }

  printsToStdio(): boolean {
    return false;
  }
}
