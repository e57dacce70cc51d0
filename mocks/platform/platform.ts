import type { Account, AccountsData } from './accounts';
import {
  authenticate,
  authenticateRequest,
  findAccount,
  issueToken,
  revokeAll,
  seedAccounts,
} from './accounts';
import type { Clock } from './clock';
import { createClock } from './clock';
import type { FailNextResponse, Failure, FaultsData, ServiceName } from './faults';
import { scheduleFailure, takeFailure } from './faults';
import type { Random } from './random';
import { createRandom } from './random';
import type { ScenarioName } from './scenarios';
import { parseScenarios, scenarioKey } from './scenarios';
import type { HarborData } from './harbor/model';
import { seedHarbor } from './harbor/seed';
import type { SkahaData } from './skaha/model';
import { seedSkaha } from './skaha/seed';
import type { StorageData } from './storage/model';
import { seedStorage } from './storage/seed';
import type { UsageData } from './usage/model';
import { seedUsage } from './usage/seed';

const SNAPSHOT_VERSION = 3;
const SEED = 0x5ca1ab1e;

export interface PlatformData {
  version: typeof SNAPSHOT_VERSION;
  scenario: string;
  seedTime: number;
  clockOffset: number;
  random: number;
  accounts: AccountsData;
  skaha: SkahaData;
  harbor: HarborData;
  storage: StorageData;
  usage: UsageData;
  faults: FaultsData;
}

export interface Platform {
  /** Canonical scenario string, e.g. `busy,slow` or `default`. */
  readonly scenario: string;
  readonly scenarios: ReadonlySet<ScenarioName>;
  readonly clock: Clock;
  readonly random: Random;
  readonly accounts: AccountsData;
  readonly skaha: SkahaData;
  readonly harbor: HarborData;
  readonly storage: StorageData;
  readonly usage: UsageData;
  now(): number;
  advanceClock(ms: number): void;
  /** Every token issued so far (and every OIDC token issued before now) answers 401 from now on. */
  revokeTokens(): void;
  failNext(service: ServiceName, response: FailNextResponse): void;
  /** `path`: the request's, below the service's base. */
  takeFailure(service: ServiceName, path: string, method: string): Failure | undefined;
  /** A valid token for an existing account, without going through `{ac}/login`. */
  tokenFor(username: string): string;
  authenticate(authorization: string | null): Account | undefined;
  /** A cadc-rest service's caller: the Bearer token, else the CADC_SSO cookie (Harbor and Prometheus take neither cookie). */
  authenticateRequest(request: Request): Account | undefined;
  /** The whole state as JSON-serialisable data; pass it back as `createPlatform({ snapshot })`. */
  snapshot(): unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function isPlatformData(value: unknown): value is PlatformData {
  return (
    isRecord(value) &&
    value.version === SNAPSHOT_VERSION &&
    typeof value.scenario === 'string' &&
    typeof value.seedTime === 'number' &&
    typeof value.clockOffset === 'number' &&
    typeof value.random === 'number' &&
    isRecord(value.accounts) &&
    isRecord(value.faults) &&
    isRecord(value.skaha) &&
    isRecord(value.harbor) &&
    isRecord(value.storage) &&
    isRecord(value.usage) &&
    Array.isArray(value.skaha.sessions)
  );
}

function seedData(scenario: string | undefined): PlatformData {
  const key = scenarioKey(scenario);
  const random = createRandom(SEED);
  // whole seconds, so seeded timestamps read like the samples
  const seedTime = Math.floor(Date.now() / 1000) * 1000;
  const scenarios = parseScenarios(key);
  const skaha = seedSkaha(scenarios, random, seedTime);
  return {
    version: SNAPSHOT_VERSION,
    scenario: key,
    seedTime,
    clockOffset: 0,
    random: random.state,
    accounts: seedAccounts(),
    skaha,
    harbor: seedHarbor(scenarios, random, seedTime),
    storage: seedStorage(scenarios, random, seedTime),
    usage: seedUsage(scenarios, random, seedTime),
    faults: {},
  };
}

/** The in-memory platform: seeded for a scenario, or restored from a `snapshot()`. */
export function createPlatform(
  options: { scenario?: string; snapshot?: unknown; pendingMs?: number } = {},
): Platform {
  let data: PlatformData;
  if (options.snapshot === undefined) {
    data = seedData(options.scenario);
  } else if (isPlatformData(options.snapshot)) {
    data = structuredClone(options.snapshot);
  } else {
    throw new Error('not a snapshot of this version of the fake platform');
  }
  if (options.pendingMs !== undefined) data.skaha.pendingMs = options.pendingMs;
  const clock = createClock(data.clockOffset);
  const random = createRandom(data.random);
  return {
    scenario: data.scenario,
    scenarios: parseScenarios(data.scenario),
    clock,
    random,
    accounts: data.accounts,
    skaha: data.skaha,
    harbor: data.harbor,
    storage: data.storage,
    usage: data.usage,
    now: () => clock.now(),
    advanceClock: (ms) => {
      clock.advance(ms);
    },
    revokeTokens: () => {
      revokeAll(data.accounts);
    },
    failNext: (service, response) => {
      scheduleFailure(data.faults, service, response);
    },
    takeFailure: (service, path, method) => takeFailure(data.faults, service, path, method),
    tokenFor: (username) => {
      if (!findAccount(data.accounts, username)) throw new Error(`no account named ${username}`);
      return issueToken(data.accounts, username);
    },
    authenticate: (authorization) => authenticate(data.accounts, authorization, random),
    authenticateRequest: (request) => authenticateRequest(data.accounts, request, random),
    snapshot: () => {
      const copy: unknown = JSON.parse(
        JSON.stringify({ ...data, clockOffset: clock.offset, random: random.state }),
      );
      return copy;
    },
  };
}
