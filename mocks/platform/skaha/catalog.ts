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

export interface ImageRecord {
  id: string;
  types: string[];
  digest: string;
  /** In skaha's public image cache (a labelled artifact of a public Harbor project). */
  public: boolean;
}

// Stable fake digests for the images that are not in the samples.
function fakeDigest(id: string): string {
  let hash = 0x811c9dc5;
  let hex = '';
  for (let round = 0; hex.length < 64; round += 1) {
    for (const char of `${id}#${round}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
    hex += hash.toString(16).padStart(8, '0');
  }
  return `sha256:${hex.slice(0, 64)}`;
}

const image = (id: string, types: string[], digest?: string, isPublic = true): ImageRecord => ({
  id: `images.canfar.net/${id}`,
  types,
  digest: digest ?? fakeDigest(id),
  public: isPublic,
});

export function seedImages(): ImageRecord[] {
  return [
    image(
      'skaha/astroml-notebook:26.03',
      ['notebook'],
      'sha256:5b0f7c2e9d3a41f6a8e2c1d94b7a60e3f2c8d19a4e6b3c7f0a1d2e3f4a5b6c7d',
    ),
    image(
      'skaha/astroml:26.03',
      ['headless', 'desktop-app'],
      'sha256:a9c3e1f0b2d4c6e8f1a3b5c7d9e0f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e6',
    ),
    image(
      'skaha/carta:5.1.0',
      ['carta'],
      'sha256:0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d',
    ),
    image(
      'skaha/desktop:1.2.0',
      ['desktop'],
      'sha256:3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d',
    ),
    image(
      'myproject/vscode-web:1.1',
      ['contributed'],
      'sha256:7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e',
    ),
    image(
      'skaha/firefly:2025.3',
      ['firefly'],
      'sha256:1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b',
    ),
    image('skaha/ds9:8.6', ['desktop-app']),
    image('skaha/topcat:4.10', ['desktop-app']),
    image('skaha/casa:6.6.5', ['desktop-app', 'headless']),
    image('skaha/terminal:1.1.2', ['headless', 'desktop-app']),
    image('skaha/astroml-gpu-notebook:26.03', ['notebook', 'headless']),
    image('myproject/pipeline:2.4', ['headless']),
    image('myproject/pluto-notebook:0.19', ['contributed']),
    image('survey-team/survey-notebook:3.2', ['notebook', 'headless']),
    image('survey-team/photometry:1.4', ['headless']),
    image('survey-team/private-pipeline:1.0', ['headless'], undefined, false),
  ];
}

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
