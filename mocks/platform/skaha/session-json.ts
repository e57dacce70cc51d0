import { formatUtcSeconds } from '../clock';
import type { SessionType } from './catalog';
import type { SessionPhase, SessionRecord } from './model';
import { fixedResources } from './model';

// Gson without serializeNulls: an absent value is an absent key, never null. Key order follows Session.java.
export interface SessionJson {
  id: string;
  userid: string;
  runAsUID: string;
  runAsGID: string;
  supplementalGroups: number[];
  appid?: string;
  image: string;
  type: string;
  status: string;
  name: string;
  startTime?: string;
  expiryTime?: string;
  connectURL: string;
  requestedRAM?: string;
  requestedCPUCores?: string;
  requestedGPUCores: string;
  ramInUse?: string;
  cpuCoresInUse?: string;
  isFixedResources: boolean;
}

/** SessionURLBuilder.java; the notebook opens on the user's home under the `/arc/home` base. */
export function connectUrl(host: string, type: SessionType, id: string, userid: string): string {
  const base = `https://${host}/session`;
  switch (type) {
    case 'desktop':
      return `${base}/desktop/${id}/?password=${id}&path=session/desktop/${id}/`;
    case 'notebook':
      return `${base}/notebook/${id}/lab/tree/arc/home/${userid}?token=${id}`;
    case 'carta':
      return `${base}/carta/${id}/`;
    case 'contributed':
      return `${base}/contrib/${id}/`;
    case 'firefly':
      return `${base}/firefly/${id}/firefly/`;
    case 'headless':
    case 'desktop-app':
      return '';
  }
}

/**
 * A session's start as skaha prints it: the Job's startTime (whole seconds) through Java's
 * OffsetDateTime.toString (SessionBuilder), which leaves out seconds that are zero: `2026-08-18T14:02Z`.
 * expiryTime goes through Instant.toString (CommonUtils.getExpiryTimeString), which always has them.
 */
export const formatStartTime = (ms: number) => formatUtcSeconds(ms).replace(/:00Z$/, 'Z');

/** k8s quantities as ResourceQuantityFormatter prints them: Gi → decimal GB, millicores → 3 decimals. */
export const formatGiAsGB = (gib: number) => ((gib * 1024 ** 3) / 1e9).toFixed(2);
export const formatCores = (cores: number) => (Number.isInteger(cores) ? String(cores) : cores.toFixed(3));

export function sessionJson(record: SessionRecord, phase: SessionPhase, host: string): SessionJson {
  const fixed = fixedResources(record);
  const json: SessionJson = {
    id: record.id,
    userid: record.userid,
    runAsUID: String(record.uid),
    runAsGID: String(record.uid),
    supplementalGroups: [...record.supplementalGroups],
    appid: record.appid,
    image: record.image,
    type: record.reported?.type ?? record.type,
    status: record.reported?.status ?? phase.status,
    name: record.name,
    startTime: phase.startAt === undefined ? undefined : formatStartTime(phase.startAt),
    expiryTime: phase.expiryAt === undefined ? undefined : formatUtcSeconds(phase.expiryAt),
    connectURL: connectUrl(host, record.type, record.id, record.userid),
    requestedRAM: fixed ? formatGiAsGB(fixed.ramGB) : undefined,
    requestedCPUCores: fixed ? formatCores(fixed.cores) : undefined,
    requestedGPUCores: String(record.gpus),
    ramInUse: phase.status === 'Running' ? record.usage.ramGB.toFixed(2) : undefined,
    cpuCoresInUse: phase.status === 'Running' ? record.usage.cores.toFixed(3) : undefined,
    isFixedResources: fixed !== undefined,
  };
  // JSON.stringify drops undefined members, which is exactly Gson's behaviour for nulls
  return json;
}

/** `view=all` entries (PublicSession.java). */
export function publicSessionJson(record: SessionRecord, phase: SessionPhase) {
  return {
    userid: record.userid,
    type: record.reported?.type ?? record.type,
    status: record.reported?.status ?? phase.status,
    startTime: phase.startAt === undefined ? undefined : formatStartTime(phase.startAt),
  };
}
