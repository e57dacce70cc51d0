import type { Random } from '../random';
import type { ScenarioName } from '../scenarios';
import type { StorageData } from './model';

export function seedStorage(
  _scenarios: ReadonlySet<ScenarioName>,
  _random: Random,
  _seedTime: number,
): StorageData {
  return {};
}
