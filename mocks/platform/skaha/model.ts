import type { ResourceContext, SessionType } from './catalog';
import { FIREFLY_RESOURCES, HEADLESS_TTL_S, INTERACTIVE_TTL_S, TERMINATING_MS } from './catalog';
import { bulkSessions, isBulkId, type BulkSessions } from './seed-bulk-50k';

export type SessionStatus = 'Pending' | 'Running' | 'Completed' | 'Failed' | 'Terminating';

/**
 * Why a session never leaves Pending, which decides its k8s events; `queued` waits in Kueue's queue with no pod
 * at all, so it has neither events nor logs.
 */
export type StuckReason = 'insufficient-cpu' | 'image-pull' | 'queued';

export interface SessionRecord {
  id: string;
  /** Desktop-apps only; `id` is then the parent desktop's id. */
  appid?: string;
  userid: string;
  uid: number;
  supplementalGroups: number[];
  image: string;
  type: SessionType;
  name: string;
  createdAt: number;
  /** When the pod turns Running; null when it never will. */
  startAt: number | null;
  /** The job's activeDeadlineSeconds, counted from the start; renew rewrites it. */
  deadlineS: number;
  /** Headless: seconds of work before the job ends with `outcome`. */
  runS?: number;
  outcome?: 'Completed' | 'Failed';
  deletedAt?: number;
  /** Present when the launch gave `ram` (request = limit, `canfar.net/flavor=fixed`); see fixedResources. */
  fixed?: { cores: number; ramGB: number };
  gpus: number;
  usage: { ramGB: number; cores: number };
  pod: string;
  node: string;
  /** Absolute times of the pod's Scheduled, Pulling, Pulled and Started events. */
  timeline: [number, number, number, number];
  stuck?: StuckReason;
  command?: { cmd?: string; args?: string; env: string[] };
  /** What skaha reports instead of `type`/status: a type or status this fake does not model. */
  reported?: { type?: string; status?: string };
}

export interface SkahaData {
  sessions: SessionRecord[];
  /** `sessions-50k`: sessions generated on demand (seed-bulk-50k.ts); a stored record of the same id wins. */
  bulk?: BulkSessions;
  context: ResourceContext;
  registryHosts: string[];
  /** How long a launched session stays Pending; catalog's PENDING_MS unless tests shorten it. */
  pendingMs?: number;
  sessionHost: string;
  /** Allocation by workloads outside the fake's records, and the fixed capacity, for `view=stats`. */
  cluster: {
    capacity: { cores: number; ramGB: number };
    baseLoad: { cores: number; ramGB: number; sessions: number; desktopApps: number; headless: number };
  };
}

export interface SessionPhase {
  status: SessionStatus;
  startAt?: number;
  expiryAt?: number;
}

const isInteractive = (record: SessionRecord) => record.type !== 'headless';

/**
 * The requests of a session skaha reports as fixed: those the launch gave, or for Firefly those its template
 * fixes whatever the launch asked (`cores`/`ram` are ignored there), in sessions launched or seeded alike.
 */
export function fixedResources(
  record: Pick<SessionRecord, 'type' | 'fixed'>,
): { cores: number; ramGB: number } | undefined {
  return record.type === 'firefly' ? FIREFLY_RESOURCES : record.fixed;
}

/**
 * The session's state at `now`, computed rather than stored so a snapshot never goes stale.
 * Undefined means gone: deleted and terminated, or finished and garbage-collected.
 */
export function sessionPhase(
  record: SessionRecord,
  now: number,
  parent?: SessionRecord,
): SessionPhase | undefined {
  if (parent && !sessionPhase(parent, now)) return undefined;
  const deletedAt = Math.min(record.deletedAt ?? Infinity, parent?.deletedAt ?? Infinity);
  const started = record.startAt !== null && record.startAt <= Math.min(now, deletedAt);
  const startAt = started ? (record.startAt ?? undefined) : undefined;
  const expiryAt = startAt === undefined ? undefined : startAt + record.deadlineS * 1000;
  if (now >= deletedAt) {
    return now < deletedAt + TERMINATING_MS ? { status: 'Terminating', startAt, expiryAt } : undefined;
  }
  if (startAt === undefined || expiryAt === undefined) return { status: 'Pending' };
  let finishedAt: number | undefined;
  let status: SessionStatus = 'Running';
  const doneAt = record.runS === undefined ? Infinity : startAt + record.runS * 1000;
  if (doneAt < expiryAt && now >= doneAt) {
    status = record.outcome ?? 'Completed';
    finishedAt = doneAt;
  } else if (now >= expiryAt) {
    // an interactive session that hits its deadline is reported Failed: that is how expiry looks
    status = 'Failed';
    finishedAt = expiryAt;
  }
  const ttlMs = (isInteractive(record) ? INTERACTIVE_TTL_S : HEADLESS_TTL_S) * 1000;
  if (finishedAt !== undefined && now >= finishedAt + ttlMs) return undefined;
  return { status, startAt, expiryAt };
}

/**
 * Whether a session has a pod at `now`, which skaha needs for its events and logs: a job Kueue holds has none
 * yet, and at the deadline (activeDeadlineSeconds) the Job controller deletes the pod while the job stays
 * listed as Failed. A pod that ended by itself (a finished or failed headless job) stays until the job's TTL.
 */
export function hasPod(record: SessionRecord, phase: SessionPhase): boolean {
  if (record.stuck === 'queued') return false;
  if (phase.status !== 'Failed' && phase.status !== 'Terminating') return true;
  if (phase.startAt === undefined || phase.expiryAt === undefined) return true;
  // ended (its work done, or deleted) before the deadline came
  const endedAt = Math.min(
    record.runS === undefined ? Infinity : phase.startAt + record.runS * 1000,
    record.deletedAt ?? Infinity,
  );
  return endedAt < phase.expiryAt;
}

export const parentOf = (data: SkahaData, record: SessionRecord): SessionRecord | undefined =>
  record.appid === undefined
    ? undefined
    : data.sessions.find((candidate) => candidate.id === record.id && candidate.appid === undefined);

/** Every record still visible at `now`, with its phase. */
export function visibleSessions(
  data: SkahaData,
  now: number,
): { record: SessionRecord; phase: SessionPhase }[] {
  return allRecords(data).flatMap((record) => {
    const phase = sessionPhase(record, now, parentOf(data, record));
    return phase ? [{ record, phase }] : [];
  });
}

/** The stored records, then the generated ones no stored record replaces. */
function allRecords(data: SkahaData): SessionRecord[] {
  if (!data.bulk) return data.sessions;
  const stored = new Set(data.sessions.map((record) => record.id));
  const generated = bulkSessions(data.bulk);
  return stored.size === 0
    ? [...data.sessions, ...generated]
    : [...data.sessions, ...generated.filter((record) => !stored.has(record.id))];
}

/** Stores a generated session the user changed (renew, delete), so the change outlives the page. */
export function keepRecord(data: SkahaData, record: SessionRecord): void {
  if (isBulkId(record.id) && !data.sessions.includes(record)) data.sessions.push(record);
}

/** Drops records that can never be seen again, so the state (and its snapshot) stays small. */
export function pruneSessions(data: SkahaData, now: number): void {
  const visible = new Set(visibleSessions(data, now).map(({ record }) => record));
  // A gone generated session stays stored, or it would be generated again.
  data.sessions = data.sessions.filter((record) => visible.has(record) || (data.bulk && isBulkId(record.id)));
}
