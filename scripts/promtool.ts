// `promtool test rules` on the recording rules shipped for the usage pages (deploy/prometheus/), as part of
// `npm test`. promtool comes with Debian's prometheus package, installed with apt-get when missing and this
// runs as root (as the `prometheus` end-to-end project does); PROMTOOL_PATH names another binary.
//
//   npm run test:rules
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROMTOOL, ensurePrometheus } from '../e2e/prometheus/support/prometheus';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tests = [join(repo, 'deploy/prometheus/science-portal-rules.test.yaml')];

ensurePrometheus();
const result = spawnSync(PROMTOOL, ['test', 'rules', ...tests], { stdio: 'inherit' });
process.exit(result.status ?? 1);
