import type { Platform } from './platform/platform';
import { createPlatform } from './platform/platform';
import { scenarioKey } from './platform/scenarios';

export const STATE_KEY = 'fake-platform:state';
export const SCENARIO_KEY = 'fake-platform:scenario';
/** Set by the e2e suite before the page loads: how long launches stay Pending (4 s when absent). */
export const PENDING_MS_KEY = 'fake-platform:pending-ms';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

function readSavedState(storage: KeyValueStore): unknown {
  const saved = storage.getItem(STATE_KEY);
  if (saved === null) return undefined;
  try {
    const state: unknown = JSON.parse(saved);
    return state;
  } catch {
    return undefined;
  }
}

/**
 * The platform a page load starts with. The scenario comes from `?scenario=`, else from the tab's
 * sessionStorage (so in-app navigation, which drops the query, keeps it). The saved state is reused while
 * the scenario is unchanged, so a reload keeps launched sessions; `?scenario=default` always starts afresh.
 */
export function restorePlatform(search: string, storage: KeyValueStore): Platform {
  const requested = new URLSearchParams(search).get('scenario');
  const scenario = scenarioKey(requested ?? storage.getItem(SCENARIO_KEY));
  const saved = readSavedState(storage);
  const previous = saved === undefined ? undefined : restoreSnapshot(saved);
  if (previous?.scenario === scenario && requested?.trim().toLowerCase() !== 'default') return previous;
  const pending = storage.getItem(PENDING_MS_KEY);
  const fresh = createPlatform({ scenario, pendingMs: pending === null ? undefined : Number(pending) });
  // Switching scenario starts the platform afresh but keeps whoever is signed in in this tab signed in.
  if (previous) fresh.accounts.tokens = { ...previous.accounts.tokens };
  return fresh;
}

function restoreSnapshot(saved: unknown): Platform | undefined {
  try {
    return createPlatform({ snapshot: saved });
  } catch {
    return undefined; // saved by an older version of the fake platform: start afresh
  }
}

export function savePlatform(platform: Platform, storage: KeyValueStore): void {
  storage.setItem(SCENARIO_KEY, platform.scenario);
  storage.setItem(STATE_KEY, JSON.stringify(platform.snapshot()));
}
