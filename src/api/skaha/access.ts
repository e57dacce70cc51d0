import { isApiError } from '../http/api-error';

const skahaAnswered = (error: unknown, status: number) =>
  isApiError(error) && error.service === 'skaha' && error.kind === 'http' && error.status === status;

/**
 * skaha refuses every call of a user outside its users group (or denied by SRCNet's Permissions API) with 403
 * and a sentence for people (platform-api §1.2, §10.2); that is about the account, not about one request.
 */
export const isSessionAccessDenied = (error: unknown): boolean => skahaAnswered(error, 403);

/**
 * skaha reads a session's events and logs from its pod; a job Kueue still holds has none, so both answer 404
 * `session <id> not found` until the session leaves the queue (SessionDAO, platform-api §10.2).
 */
export const hasNoPodYet = (error: unknown): boolean => skahaAnswered(error, 404);
