import { isApiError } from '../http/api-error';

const skahaAnswered = (error: unknown, status: number) =>
  isApiError(error) && error.service === 'skaha' && error.kind === 'http' && error.status === status;

/**
 * skaha refuses every call of a user outside its users group (or denied by SRCNet's Permissions API) with 403
 * and a sentence for people (platform-api §1.2, §10.2); that is about the account, not about one request.
 */
export const isSessionAccessDenied = (error: unknown): boolean => skahaAnswered(error, 403);

/**
 * skaha reads a session's events from its pod, found by the session's labels, and answers 404 `session <id> not
 * found.` when there is none (SessionAction.getPodID): before Kueue admits the job, and after the Job
 * controller deleted the pod at the session's deadline. Its logs answer 200 and nothing then (./session-queries).
 */
export const hasNoPod = (error: unknown): boolean => skahaAnswered(error, 404);
