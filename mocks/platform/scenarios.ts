export const scenarioNames = [
  'default',
  'empty',
  'busy',
  'slow',
  'failing',
  'headless-500',
  'sessions-50k',
  'stuck-pending',
  'no-gpu',
  'legacy-stats',
  'stats-unavailable',
  'home-full',
  'home-nearly-full',
  'usage-down',
  'usage-raw',
  'gms-down',
  'storage-100k',
  'storage-no-packages',
  'storage-no-preauth',
  'hostile',
  'no-access',
  'queued',
  'ending-soon',
  'unknown-types',
  'new-user',
] as const;

export type ScenarioName = (typeof scenarioNames)[number];

const isScenarioName = (name: string): name is ScenarioName => scenarioNames.some((known) => known === name);

/** `"busy, slow,nonsense"` → `{busy, slow}`; unknown names are ignored and `default` adds nothing. */
export function parseScenarios(value: string | null | undefined): Set<ScenarioName> {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(isScenarioName)
    .filter((name) => name !== 'default');
  return new Set(names);
}

/** The canonical spelling of a scenario string, used to tell whether a saved state belongs to it. */
export function scenarioKey(value: string | null | undefined): string {
  const names = [...parseScenarios(value)].sort();
  return names.length === 0 ? 'default' : names.join(',');
}
