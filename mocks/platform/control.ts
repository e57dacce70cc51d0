import type { FailNextResponse, ServiceName } from './faults';
import type { Platform } from './platform';
import { createPlatform } from './platform';

/** The test and demo controls, shared by the Vitest server, the browser worker and the HTTP server. */
export interface FakePlatformControl {
  getPlatform(): Platform;
  /** A freshly seeded platform for the scenario (`default` when omitted). */
  reset(scenario?: string): Platform;
  failNext(service: ServiceName, response: FailNextResponse): void;
  revokeTokens(): void;
  advanceClock(ms: number): void;
  tokenFor(username: string): string;
}

export function createFakePlatformControl(
  initial: Platform = createPlatform(),
  onChange: (platform: Platform) => void = () => undefined,
): FakePlatformControl {
  let platform = initial;
  const changed = () => {
    onChange(platform);
  };
  return {
    getPlatform: () => platform,
    reset: (scenario) => {
      // A fresh platform keeps how long launches stay Pending (a test setting, not state).
      platform = createPlatform({ scenario, pendingMs: platform.skaha.pendingMs });
      changed();
      return platform;
    },
    failNext: (service, response) => {
      platform.failNext(service, response);
      changed();
    },
    revokeTokens: () => {
      platform.revokeTokens();
      changed();
    },
    advanceClock: (ms) => {
      platform.advanceClock(ms);
      changed();
    },
    tokenFor: (username) => {
      const token = platform.tokenFor(username);
      changed();
      return token;
    },
  };
}
