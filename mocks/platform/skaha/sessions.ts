import type { Account } from '../accounts';
import { badRequest, notFound } from '../errors';
import { INTERACTIVE_LIFETIME_S } from './catalog';
import type { SessionPhase, SessionRecord, SkahaData } from './model';
import { hasPod, keepRecord, pruneSessions, visibleSessions } from './model';
import type { SessionJson } from './session-json';
import { publicSessionJson, sessionJson } from './session-json';

export interface ListQuery {
  type: string | null;
  status: string | null;
  view: string | null;
}

interface Visible {
  record: SessionRecord;
  phase: SessionPhase;
}

const matches = (filter: string | null, value: string) =>
  filter === null || filter.toLowerCase() === value.toLowerCase();

/** GET /v1/session (GetAction.listSessions and listInteractiveSessions). */
export function listSessions(data: SkahaData, now: number, account: Account, query: ListQuery): object[] {
  const visible = visibleSessions(data, now);
  const byStatus = ({ phase }: Visible) => matches(query.status, phase.status);
  if (query.view === 'all') {
    return visible
      .filter(({ record }) => record.type !== 'desktop-app' && matches(query.type, record.type))
      .filter(byStatus)
      .map(({ record, phase }) => publicSessionJson(record, phase));
  }
  const own = visible.filter(({ record }) => record.userid === account.username).filter(byStatus);
  const selected =
    query.view === 'interactive'
      ? // the real service ignores `type` here and keeps desktop-apps; clients drop them
        own.filter(({ record }) => record.type !== 'headless')
      : own.filter(
          ({ record }) =>
            matches(query.type, record.type) && (record.type !== 'desktop-app' || query.type !== null),
        );
  return selected.map(({ record, phase }) => sessionJson(record, phase, data.sessionHost));
}

function findOwnSession(data: SkahaData, now: number, account: Account, id: string): Visible {
  const found = visibleSessions(data, now).find(
    ({ record }) => record.id === id && record.userid === account.username && record.appid === undefined,
  );
  if (!found) throw notFound(`session ${id} not found`);
  return found;
}

/**
 * The pods skaha reads a session's events and logs from: those its selector on the session's id and owner finds
 * (SessionLabels.forSession), so a desktop's own and its apps', which carry the same labels; in launch order.
 */
export function podsOfSession(data: SkahaData, now: number, account: Account, id: string): Visible[] {
  return visibleSessions(data, now).filter(
    ({ record, phase }) => record.id === id && record.userid === account.username && hasPod(record, phase),
  );
}

export function getSession(data: SkahaData, now: number, account: Account, id: string): SessionJson {
  const { record, phase } = findOwnSession(data, now, account, id);
  return sessionJson(record, phase, data.sessionHost);
}

/**
 * How skaha prints the caller in its messages: cadc-util's PosixPrincipal.toString, with the uid and default
 * group the posix-mapper gave (the fake's gid is the uid, as in its runAsGID).
 */
const posixPrincipal = (account: Account) =>
  `PosixPrincipal [uidNumber=${String(account.uid)},${String(account.uid)},${account.username}]`;

/**
 * POST /v1/session/{id} action=renew: only extends when less than a full lifetime remains. It renews the
 * session's jobs whose `status.active` is 1 (PostAction.getJobsToRenew): a pod Pending or Running, not a job
 * Kueue still holds without one, nor one that has ended or is being deleted.
 */
export function renewSession(
  data: SkahaData,
  now: number,
  account: Account,
  id: string,
  action: string | null,
): void {
  if (action === null || action === '') throw badRequest('Cannot modify an existing session');
  if (action.toLowerCase() !== 'renew') throw badRequest('unrecognized action');
  const active = visibleSessions(data, now).filter(
    ({ record, phase }) =>
      record.id === id &&
      record.userid === account.username &&
      (phase.status === 'Running' || phase.status === 'Pending') &&
      hasPod(record, phase),
  );
  if (active.length === 0) {
    throw badRequest(`No active job for user ${posixPrincipal(account)} with session ${id}`);
  }
  for (const { record, phase } of active) {
    if (phase.startAt === undefined) continue;
    const elapsedS = Math.floor((now - phase.startAt) / 1000);
    if (INTERACTIVE_LIFETIME_S > record.deadlineS - elapsedS) {
      record.deadlineS = elapsedS + INTERACTIVE_LIFETIME_S;
      keepRecord(data, record);
    }
  }
}

/** DELETE /v1/session/{id}: always succeeds, even for an unknown id (errors are swallowed upstream). */
export function deleteSession(
  data: SkahaData,
  now: number,
  account: Account,
  id: string,
  appid?: string,
): void {
  for (const { record } of visibleSessions(data, now)) {
    const target = appid === undefined ? record.appid === undefined : record.appid === appid;
    if (record.id === id && record.userid === account.username && target && record.deletedAt === undefined) {
      record.deletedAt = now;
      keepRecord(data, record);
    }
  }
  pruneSessions(data, now);
}

/** GET /v1/session/{id}/app: every desktop-app of the caller; the id in the path is not used. */
export function listDesktopApps(
  data: SkahaData,
  now: number,
  account: Account,
  status: string | null,
): SessionJson[] {
  return visibleSessions(data, now)
    .filter(
      ({ record, phase }) =>
        record.userid === account.username && record.type === 'desktop-app' && matches(status, phase.status),
    )
    .map(({ record, phase }) => sessionJson(record, phase, data.sessionHost));
}

export function getDesktopApp(
  data: SkahaData,
  now: number,
  account: Account,
  id: string,
  appid: string,
): SessionJson {
  const found = visibleSessions(data, now).find(
    ({ record }) => record.id === id && record.appid === appid && record.userid === account.username,
  );
  if (!found) {
    throw notFound(`desktop app with session ${id} and app ID ${appid} was not found`);
  }
  return sessionJson(found.record, found.phase, data.sessionHost);
}
