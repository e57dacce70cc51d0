import { isApiError } from '@/api/http/api-error';
import type { LaunchRequest } from '@/api/skaha/session-mutations';
import type { Session } from '@/api/skaha/session-schemas';
import { listedName } from './session-name';

/**
 * A launch that got no answer of skaha's own: the client's 30 s timeout (nginx waits 120 s, and skaha goes on
 * creating the session), a connection lost after sending, a 200 that is not a session id, or a 5xx that is
 * not skaha's 503 about its resources (a proxy's 502/503/504, skaha's own 500 after a half-done launch). The
 * session may exist: sending it again blindly could start a second one.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  if (!isApiError(error)) return false;
  switch (error.kind) {
    case 'timeout':
    case 'network':
    case 'malformed':
      return true;
    case 'http':
      return error.status >= 500 && !isSkahaOutOfResources(error.status, error.message);
    case 'refused':
      return false;
  }
}

/** skaha's own 503 saying it has no room: a definite refusal, sent before anything was created. */
const isSkahaOutOfResources = (status: number, message: string) =>
  status === 503 && /resource|capacity|quota|insufficient|not enough/i.test(message);

/** Reads of the session list after an unanswered launch: the first at once, then after these pauses. */
export const CHECK_PAUSES_MS = [0, 2_000, 3_000] as const;
/** While the outcome stays unknown and the page is open, the list is read again this often. */
export const WATCH_INTERVAL_MS = 10_000;
/** The browser's clock and skaha's may disagree: a start this much before the launch was sent still counts. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export interface SentLaunch {
  request: Pick<LaunchRequest, 'name' | 'type' | 'image'>;
  /** The browser's time when the launch was first sent. */
  sentAt: number;
  /** The ids of the sessions listed before it was sent; undefined when the list was not known. */
  knownIds: ReadonlySet<string> | undefined;
}

/**
 * The session a launch created, if the list has it: the name as skaha lists the one sent (listedName), the
 * same type and image, not listed before the launch, and not started before it was sent (a queued session has
 * no startTime yet).
 */
export function findLaunched(sessions: readonly Session[], sent: SentLaunch): Session | undefined {
  const name = listedName(sent.request.name);
  return sessions.find(
    (session) =>
      session.name.toLowerCase() === name &&
      session.type === sent.request.type &&
      session.image === sent.request.image &&
      !sent.knownIds?.has(session.id) &&
      (session.startTime === undefined || session.startTime >= sent.sentAt - CLOCK_SKEW_MS),
  );
}
