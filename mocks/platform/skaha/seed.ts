import type { Random } from '../random';
import type { ScenarioName } from '../scenarios';
import { REGISTRY_HOSTS, SESSION_HOST, seedContext } from './catalog';
import type { SkahaData } from './model';
import type { NewSession } from './records';
import { buildRecord } from './records';
import { jdoeHeadlessJobs, otherUsersSessions } from './seed-bulk';
import {
  endingNotebook,
  jdoeSessions,
  mchenSessions,
  queuedNotebook,
  stuckNotebook,
  unknownTypeSessions,
} from './seed-demo';
import { hostileSessions } from './seed-hostile';
import { BULK_SESSION_COUNT } from './seed-bulk-50k';

/** The skaha state a scenario starts with; every time is relative to `seedTime`. */
export function seedSkaha(scenarios: ReadonlySet<ScenarioName>, random: Random, seedTime: number): SkahaData {
  const busy = scenarios.has('busy');
  const specs: NewSession[] = scenarios.has('empty')
    ? []
    : [
        // a brand-new jdoe has never launched anything
        ...(scenarios.has('new-user') ? [] : jdoeSessions(seedTime)),
        ...mchenSessions(seedTime),
        ...(scenarios.has('stuck-pending') ? [stuckNotebook(seedTime)] : []),
        ...(scenarios.has('queued') ? [queuedNotebook(seedTime)] : []),
        ...(scenarios.has('ending-soon') ? [endingNotebook(seedTime)] : []),
        ...(scenarios.has('unknown-types') ? unknownTypeSessions(seedTime) : []),
        ...otherUsersSessions(random, seedTime, busy ? 70 : 8),
        ...(scenarios.has('headless-500') ? jdoeHeadlessJobs(random, seedTime, 500) : []),
        ...(scenarios.has('hostile') ? hostileSessions(seedTime) : []),
      ];
  return {
    sessions: specs.map((spec) => buildRecord(random, spec)),
    ...(scenarios.has('sessions-50k') ? { bulk: { count: BULK_SESSION_COUNT, seedTime } } : {}),
    context: seedContext(scenarios),
    registryHosts: [...REGISTRY_HOSTS],
    sessionHost: SESSION_HOST,
    cluster: {
      capacity: { cores: 1536, ramGB: 6144 },
      baseLoad: busy
        ? { cores: 1330.5, ramGB: 5402.75, sessions: 88, desktopApps: 19, headless: 371 }
        : { cores: 372.5, ramGB: 1610.25, sessions: 41, desktopApps: 9, headless: 187 },
    },
  };
}
