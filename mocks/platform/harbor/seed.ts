import type { Random } from '../random';
import type { ScenarioName } from '../scenarios';
import type { HarborData } from './model';

export function seedHarbor(
  _scenarios: ReadonlySet<ScenarioName>,
  _random: Random,
  _seedTime: number,
): HarborData {
  return {};
}
