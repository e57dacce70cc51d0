import type { Random } from '../random';
import type { ScenarioName } from '../scenarios';
import type { UsageData } from './model';

export function seedUsage(
  _scenarios: ReadonlySet<ScenarioName>,
  _random: Random,
  seedTime: number,
): UsageData {
  return { seedTime };
}
