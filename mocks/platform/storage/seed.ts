import type { Random } from '../random';
import type { ScenarioName } from '../scenarios';
import { demoUsers } from '../users';
import type { StorageData } from './model';

const GiB = 1024 ** 3;
const HOME_QUOTA = 100 * GiB;

export function seedStorage(
  scenarios: ReadonlySet<ScenarioName>,
  _random: Random,
  _seedTime: number,
): StorageData {
  const homeUsed = scenarios.has('home-full')
    ? HOME_QUOTA
    : scenarios.has('home-nearly-full')
      ? 92 * GiB
      : 20 * GiB;
  const allocations: StorageData['allocations'] = {};
  for (const user of demoUsers) allocations[`/home/${user.username}`] = { used: homeUsed, quota: HOME_QUOTA };
  return { allocations };
}
