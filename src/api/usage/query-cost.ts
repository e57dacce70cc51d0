import { isApiError } from '../http/api-error';

/**
 * Prometheus refused a query for what it costs: more samples than its `--query.max-samples` (422, `execution`,
 * "query processing would load too many samples into memory…"), or longer than its query timeout (503,
 * `timeout`). Asking again costs the same; a shorter period costs less. Read without a schema: the query
 * client asks this of every failure, on every page.
 */
export function isQueryTooCostly(error: unknown): boolean {
  if (!isApiError(error) || error.service !== 'usage' || error.body === undefined) return false;
  let body: unknown;
  try {
    body = JSON.parse(error.body);
  } catch {
    return false;
  }
  if (typeof body !== 'object' || body === null || !('errorType' in body) || !('error' in body)) return false;
  const { errorType, error: message } = body;
  return (
    (errorType === 'execution' && typeof message === 'string' && message.includes('too many samples')) ||
    errorType === 'timeout'
  );
}
