import type { Account } from '../platform/accounts';
import { ServiceError, badRequest, notFound, temporarilyUnavailable } from '../platform/errors';
import type { Platform } from '../platform/platform';
import { sessionEvents, formatEventTable } from '../platform/skaha/events';
import { attachDesktopApp, launchSession } from '../platform/skaha/launch';
import { selectedPodsLogs } from '../platform/skaha/logs';
import {
  deleteSession,
  getDesktopApp,
  getSession,
  listDesktopApps,
  listSessions,
  podsOfSession,
  renewSession,
} from '../platform/skaha/sessions';
import { statsDocument } from '../platform/skaha/stats';
import { ensureHome } from '../platform/storage/seed';
import { emptyResponse, jsonResponse, textResponse } from './http-utils';
import { readServletParams } from './servlet-params';

const json = (value: unknown) => jsonResponse(JSON.stringify(value, null, 2));

/** `/v1/session` with no id: list (and stats), launch, and the refused delete-all. */
export async function sessionCollection(
  platform: Platform,
  account: Account,
  request: Request,
): Promise<Response> {
  const params = await readServletParams(request);
  const { skaha } = platform;
  const now = platform.now();
  if (request.method === 'GET') {
    if (params.get('view') === 'stats') {
      // GetAction throws a TransientException, which cadc-rest answers with the path, not its message
      if (platform.scenarios.has('stats-unavailable')) throw temporarilyUnavailable(null);
      return jsonResponse(statsDocument(skaha, now, platform.scenarios.has('legacy-stats')));
    }
    const query = { type: params.get('type'), status: params.get('status'), view: params.get('view') };
    const list = listSessions(skaha, now, account, query);
    // Indented JSON of 50,000 sessions (`sessions-50k`) is twice the bytes to send and parse.
    return list.length > 1_000 ? jsonResponse(JSON.stringify(list)) : json(list);
  }
  if (request.method === 'POST') {
    const context = { data: skaha, harbor: platform.harbor, now, random: platform.random, account };
    const id = launchSession(context, params, request.headers.get('x-skaha-registry-auth'));
    ensureHome(platform.storage, account.username, now);
    return textResponse(`${id}\n`);
  }
  if (request.method === 'DELETE') throw badRequest('Cannot kill all sessions.');
  throw new ServiceError(405, `HTTP method ${request.method} not supported`);
}

/** `/v1/session/{id}`: the session, its logs and events, renew, delete. */
export async function sessionItem(
  platform: Platform,
  account: Account,
  request: Request,
  id: string,
): Promise<Response> {
  const params = await readServletParams(request);
  const { skaha } = platform;
  const now = platform.now();
  if (request.method === 'GET') {
    const view = params.get('view');
    if (view === 'logs' || view === 'events') {
      // skaha never looks the session up here: it finds the pods by the session's labels. Without one (a
      // session queued, past its deadline, gone or never there), the logs are kubectl's empty standard output
      // under the 200 already sent (GetAction, streamPodLogs, CommandExecutioner) and the events a 404
      // (SessionAction.getPodID).
      const pods = podsOfSession(skaha, now, account, id);
      if (view === 'logs') return textResponse(selectedPodsLogs(pods, now));
      const [pod, ...others] = pods;
      if (!pod) throw notFound(`session ${id} not found.`);
      // With a desktop's apps, getPodID answers the pods' names a line each and getEvents asks kubectl for the
      // events of an object named all of them: none, so the header alone, which getEventLogs answers `<none>`.
      if (others.length > 0) return textResponse(formatEventTable([]));
      return textResponse(formatEventTable(sessionEvents(pod.record, pod.phase, now)));
    }
    return json(getSession(skaha, now, account, id));
  }
  if (request.method === 'POST') {
    renewSession(skaha, now, account, id, params.get('action'));
    return emptyResponse();
  }
  if (request.method === 'DELETE') {
    deleteSession(skaha, now, account, id);
    return emptyResponse();
  }
  throw new ServiceError(405, `HTTP method ${request.method} not supported`);
}

/** `/v1/session/{id}/app[/{appid}]`: desktop-apps inside a desktop session. */
export async function desktopApps(
  platform: Platform,
  account: Account,
  request: Request,
  id: string,
  appid: string | undefined,
): Promise<Response> {
  const params = await readServletParams(request);
  const { skaha } = platform;
  const now = platform.now();
  if (request.method === 'GET') {
    return json(
      appid === undefined
        ? listDesktopApps(skaha, now, account, params.get('status'))
        : getDesktopApp(skaha, now, account, id, appid),
    );
  }
  if (request.method === 'POST') {
    if (appid !== undefined) throw badRequest('Cannot modify an existing app.');
    const newAppid = attachDesktopApp(
      { data: skaha, harbor: platform.harbor, now, random: platform.random, account },
      id,
      params,
    );
    return textResponse(`${newAppid}\n`);
  }
  if (request.method === 'DELETE') {
    if (appid === undefined) throw badRequest('Cannot kill all desktop-apps.');
    deleteSession(skaha, now, account, id, appid);
    return emptyResponse();
  }
  throw new ServiceError(405, `HTTP method ${request.method} not supported`);
}
