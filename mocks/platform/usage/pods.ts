import type { Platform } from '../platform';
import { createRandom } from '../random';
import { HEADLESS_TTL_S, INTERACTIVE_TTL_S } from '../skaha/catalog';
import type { SessionRecord } from '../skaha/model';
import { jobName, type NewSession } from '../skaha/records';
import { jdoeSessions, mchenSessions } from '../skaha/seed-demo';
import { HOSTILE } from '../hostile';
import { demoUsers, projectGroupIds } from '../users';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const NAMESPACE = 'skaha-workload';

/** One session pod as Prometheus sees it: its labels, when it ran, what it asked for and what it used. */
export interface UsagePod {
  pod: string;
  namespace: string;
  /** `canfar.net/id`: a desktop app's is its desktop's. */
  id: string;
  /** A desktop app's `canfar.net/app-id`. */
  appId?: string;
  /** `canfar.net/name`. */
  name: string;
  /** Launched before skaha 1.4.0: only the legacy labels (`canfar-net-userid`, …), no project. */
  legacy: boolean;
  username: string;
  project: string;
  kind: string;
  /** Epoch ms the pod was created: Pending (its requests already exported) until `start`. */
  created: number;
  /** Epoch ms the pod turned Running (Infinity: it never did). */
  start: number;
  /** Epoch ms it stopped (Infinity: still running). */
  end: number;
  /**
   * Epoch ms the API server deleted it: kube-state-metrics exports its labels, phase and requests from
   * `created` until then. A Job's pod that finished by itself stays for the Job's ttlSecondsAfterFinished.
   */
  deleted: number;
  cpuRequest: number;
  memoryRequestGib: number;
  gpus: number;
  /** Average cores used while running (the CPU counter grows at this rate). */
  cpuUsed: number;
  /** Average and largest working set while running. */
  memoryGib: number;
  memoryPeakGib: number;
  /** Launched without fixed resources (`canfar.net/flavor=flexible`). */
  flexible: boolean;
}

const projectsById = new Map(Object.entries(projectGroupIds).map(([name, gid]) => [gid, name]));

/** skaha stamps the project the session was launched for; the fake takes the user's first project group. */
function projectOf(session: Pick<NewSession, 'userid' | 'supplementalGroups'>): string {
  const mine = demoUsers.find((user) => user.username === session.userid)?.projects ?? [];
  for (const gid of session.supplementalGroups) {
    const name = projectsById.get(gid);
    if (name !== undefined && mine.includes(name)) return name;
  }
  return '';
}

// As in skaha/stats.ts: the fixed request, else the template's flexible request.
function requestOf(session: Pick<NewSession, 'fixed' | 'type'>): { cores: number; ramGB: number } {
  if (session.fixed) return session.fixed;
  return session.type === 'desktop' ? { cores: 0.25, ramGB: 1 } : { cores: 1, ramGB: 4 };
}

/** How long before the seed skaha 1.4.0 started stamping today's labels (July 2026 for a December seed). */
export const LABELS_AGE_MS = 150 * DAY;

/** A Job pod's name: `<job>-<5 characters>`, the suffix stable for the same key. */
/** The session id of the pod standing for the platform's other users. */
const OTHERS_ID = 'others00';

function podName(job: string, key: string): string {
  let hash = Math.floor(hashFraction(key) * 36 ** 5);
  let suffix = '';
  for (let index = 0; index < 5; index += 1) {
    suffix += (hash % 36).toString(36);
    hash = Math.floor(hash / 36);
  }
  return `${job}-${suffix}`;
}

/** A stable number in [0, 1) for a string, for usage the seed does not give. */
function hashFraction(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 16777619) >>> 0;
  }
  return hash / 4294967296;
}

/** skaha's launch templates: `ttlSecondsAfterFinished` (skaha/catalog.ts), ms. */
const ttlMs = (kind: string) => (kind === 'headless' ? HEADLESS_TTL_S : INTERACTIVE_TTL_S) * 1000;

function fromSession(session: NewSession | SessionRecord): UsagePod {
  // never placed, or held in the queue: Pending (labels, requests, Running = 0) for as long as it lives
  const start = session.startAt ?? Infinity;
  const runEnd = session.runS === undefined ? Infinity : start + session.runS * 1000;
  const deletedAt = session.deletedAt ?? Infinity;
  // deleted, or past its deadline (the Job controller deletes the pod): gone at once; finished by itself:
  // kept for the Job's TTL, unless its owner deletes it first
  const finished = runEnd < Math.min(deletedAt, start + session.deadlineS * 1000);
  const end = Math.min(deletedAt, runEnd, start + session.deadlineS * 1000);
  const request = requestOf(session);
  const key = `${session.id}${session.appid ?? ''}`;
  const usage = session.usage ?? {
    cores: Number((request.cores * (0.05 + 0.4 * hashFraction(key))).toFixed(3)),
    ramGB: Number((request.ramGB * (0.1 + 0.3 * hashFraction(`${key}:ram`))).toFixed(2)),
  };
  return {
    pod: 'pod' in session ? session.pod : podName(jobName(session), key),
    namespace: NAMESPACE,
    id: session.id,
    ...(session.appid === undefined ? {} : { appId: session.appid }),
    name: session.name,
    legacy: false,
    username: session.userid,
    project: projectOf(session),
    kind: session.type,
    created: Math.min(session.createdAt, start),
    start,
    end,
    deleted: finished ? Math.min(end + ttlMs(session.type), deletedAt) : end,
    cpuRequest: request.cores,
    memoryRequestGib: request.ramGB,
    gpus: session.gpus ?? 0,
    cpuUsed: Math.min(usage.cores, request.cores * 2),
    memoryGib: usage.ramGB,
    memoryPeakGib: Number((usage.ramGB * 1.4).toFixed(2)),
    flexible: !session.fixed,
  };
}

/** Members of the demo projects who are not demo accounts, so a PI's per-member table has people in it. */
const HISTORY_USERS: readonly { username: string; projects: string[]; sessions: number }[] = [
  { username: 'jdoe', projects: ['survey-team'], sessions: 60 },
  { username: 'mchen', projects: ['survey-team', 'lensing-lab'], sessions: 80 },
  { username: 'trainee1', projects: [''], sessions: 12 },
  { username: 'akumar', projects: ['survey-team'], sessions: 45 },
  { username: 'lwong', projects: ['lensing-lab'], sessions: 35 },
];

const KINDS = ['notebook', 'notebook', 'desktop', 'carta', 'headless', 'headless', 'firefly'] as const;
const SIZES = [
  { cores: 1, ramGB: 4 },
  { cores: 2, ramGB: 8 },
  { cores: 4, ramGB: 16 },
  { cores: 8, ramGB: 32 },
  { cores: 16, ramGB: 64 },
] as const;

/** The `hostile` scenario: jdoe ran sessions under projects whose label values are hostile names. */
const HOSTILE_HISTORY = [
  { username: 'jdoe', projects: [HOSTILE.img, HOSTILE.script, HOSTILE.rtl, HOSTILE.long], sessions: 16 },
];

/** A year of finished sessions before the seed, the same for the same seed time. */
function history(seedTime: number, users = HISTORY_USERS, salt = ''): UsagePod[] {
  return users.flatMap(({ username, projects, sessions }) => {
    const random = createRandom(Math.floor(hashFraction(`${username}${salt}`) * 4294967296));
    return Array.from({ length: sessions }, (_, index): UsagePod => {
      const kind = random.pick(KINDS);
      const size = random.pick(SIZES);
      const hours = kind === 'headless' ? random.int(1, 30) : random.int(1, 12);
      // spread over the year, a few in the last day and week so every window has something
      const ageHours =
        index < 2 ? random.int(3, 20) : index < 5 ? random.int(24, 160) : random.int(170, 8700);
      const start = seedTime - ageHours * HOUR;
      const id = `${username.slice(0, 2)}${random.chars(6)}`;
      const end = Math.min(start + hours * HOUR, seedTime - HOUR);
      return {
        pod: podName(`skaha-${kind}-${username}-${id}`, id),
        namespace: NAMESPACE,
        id,
        name: `${kind}-${index + 1}`,
        legacy: start < seedTime - LABELS_AGE_MS,
        username,
        project: random.pick(projects),
        kind,
        // a minute Pending (scheduling, the image pull)
        created: start - 60_000,
        start,
        end,
        // a headless job finished by itself and is kept for its TTL; the others were deleted by their owner
        deleted: kind === 'headless' ? end + ttlMs(kind) : end,
        cpuRequest: size.cores,
        memoryRequestGib: size.ramGB,
        gpus: kind === 'headless' && random.next() < 0.2 ? 1 : 0,
        cpuUsed: Number((size.cores * (0.05 + random.next() * 0.7)).toFixed(3)),
        memoryGib: Number((size.ramGB * (0.03 + random.next() * 0.3)).toFixed(2)),
        memoryPeakGib: 0,
        flexible: false,
      };
    }).map((pod) => ({
      ...pod,
      memoryPeakGib: Number(Math.min(pod.memoryGib * 1.6, pod.memoryRequestGib).toFixed(2)),
    }));
  });
}

/**
 * What the fake's records leave out. The platform's other users (skaha's `view=stats` base load, in decimal GB)
 * as one session pod, so the platform figures, which select session pods by name, count them as skaha's
 * allocation does; and the nodes' other workloads (system pods), named like no session, which those figures must
 * leave out and skaha's queue never admits.
 */
function othersLoad(platform: Platform, seedTime: number): UsagePod[] {
  const { cores, ramGB } = platform.skaha.cluster.baseLoad;
  const pod = (name: string, id: string, cpu: number, ramGib: number): UsagePod => ({
    pod: name,
    namespace: NAMESPACE,
    id,
    name: '',
    legacy: false,
    username: id === OTHERS_ID ? 'others' : '',
    project: '',
    kind: 'headless',
    created: seedTime - 400 * DAY,
    start: seedTime - 400 * DAY,
    end: Infinity,
    deleted: Infinity,
    cpuRequest: cpu,
    memoryRequestGib: ramGib,
    gpus: 0,
    cpuUsed: Number((cpu * 0.55).toFixed(2)),
    memoryGib: Number((ramGib * 0.4).toFixed(2)),
    memoryPeakGib: ramGib,
    flexible: false,
  });
  return [
    pod(podName(`skaha-headless-others-${OTHERS_ID}`, OTHERS_ID), OTHERS_ID, cores, (ramGB * 1e9) / 2 ** 30),
    pod('other-workloads', 'other-workloads', 24, 96),
  ];
}

/**
 * Every session pod Prometheus would have series for: the seeded demo sessions (even once skaha has
 * forgotten them), the sessions skaha has now (new launches included) and the seeded history.
 */
export function usagePods(platform: Platform): UsagePod[] {
  if (platform.scenarios.has('empty')) return [];
  const { seedTime } = platform.usage;
  const byKey = new Map<string, UsagePod>();
  const add = (session: NewSession | SessionRecord) => {
    byKey.set(`${session.id}/${session.appid ?? ''}`, fromSession(session));
  };
  for (const session of [...jdoeSessions(seedTime), ...mchenSessions(seedTime)]) add(session);
  for (const record of platform.skaha.sessions) add(record);
  // the hostile project names are labels of today's skaha: none of those sessions predates the label change
  const hostile = platform.scenarios.has('hostile')
    ? history(seedTime, HOSTILE_HISTORY, ':hostile').map((pod) => ({ ...pod, legacy: false }))
    : [];
  return [...byKey.values(), ...history(seedTime), ...hostile, ...othersLoad(platform, seedTime)];
}
