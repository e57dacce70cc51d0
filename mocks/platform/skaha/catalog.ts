import type { ScenarioName } from '../scenarios';

export const sessionTypes = ['notebook', 'desktop', 'carta', 'firefly', 'contributed', 'headless'] as const;
export type LaunchType = (typeof sessionTypes)[number];
export type SessionType = LaunchType | 'desktop-app';
export const imageTypes: readonly string[] = [...sessionTypes, 'desktop-app'];

export const REGISTRY_HOSTS = ['images.canfar.net'];
export const SESSION_HOST = 'ws-uv.canfar.net';
/** helm `sessions.expirySeconds` (4 days); renew extends to now + this, whatever the session kind. */
export const INTERACTIVE_LIFETIME_S = 345_600;
/** launch-headless.yaml `activeDeadlineSeconds` (14 days). */
export const HEADLESS_LIFETIME_S = 1_209_600;
/**
 * launch-firefly.yaml's own resources: a memory request equal to its limit (4Gi), which makes skaha label the
 * job fixed (SessionJobBuilder.getResourceFlavor) and list its requests; 0.1 core requested, 1 the limit.
 */
export const FIREFLY_RESOURCES: { readonly cores: number; readonly ramGB: number } = { cores: 0.1, ramGB: 4 };
export const PENDING_MS = 4_000;
export const TERMINATING_MS = 3_000;
/** k8s `ttlSecondsAfterFinished` of the launch templates. */
export const INTERACTIVE_TTL_S = 86_400;
export const HEADLESS_TTL_S = 3_600;

export interface ResourceContext {
  cores: { default: number; defaultRequest: number; defaultLimit: number; options: number[] };
  memoryGB: { default: number; defaultRequest: number; defaultLimit: number; options: number[] };
  gpus: { options: number[] };
  /** helm renders it as a quoted string. */
  maxInteractiveSessions: string;
}

export function seedContext(scenarios: ReadonlySet<ScenarioName>): ResourceContext {
  return {
    cores: {
      default: 2,
      defaultRequest: 1,
      defaultLimit: 8,
      options: Array.from({ length: 16 }, (_, index) => index + 1),
    },
    memoryGB: {
      default: 8,
      defaultRequest: 4,
      defaultLimit: 32,
      options: [
        1, 2, 4, 6, 8, 10, 12, 14, 16, 20, 24, 26, 28, 30, 32, 36, 40, 44, 48, 56, 64, 80, 92, 112, 128, 140,
        170, 192,
      ],
    },
    gpus: { options: scenarios.has('no-gpu') ? [] : [1, 2, 3, 4] },
    // The seeded jdoe already holds 3 active interactive sessions (as in the list sample); a limit of 3
    // would leave the default demo unable to launch anything, so only `busy` runs at that limit.
    maxInteractiveSessions: scenarios.has('busy') ? '3' : '5',
  };
}
