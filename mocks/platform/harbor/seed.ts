import type { Random } from '../random';
import type { ScenarioName } from '../scenarios';
import type { HarborData } from './model';

/** Only the seed time is kept: the catalogue is generated from it on demand (catalog.ts). */
export function seedHarbor(
  scenarios: ReadonlySet<ScenarioName>,
  _random: Random,
  seedTime: number,
): HarborData {
  return scenarios.has('hostile') ? { seedTime, hostile: true } : { seedTime };
}
