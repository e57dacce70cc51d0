import type { TFunction } from 'i18next';
import { isApiError } from '../api/http/api-error';

/** Whether the browser itself says it has no network (a failed call then is not the service's fault). */
export function isBrowserOffline(): boolean {
  return typeof navigator !== 'undefined' && !navigator.onLine;
}

/** One sentence for a person: which service, and what it said. */
export function describeError(error: unknown, t: TFunction): string {
  if (!isApiError(error)) {
    return t('errors.unexpected', { message: error instanceof Error ? error.message : String(error) });
  }
  const service = t(`errors.service.${error.service}`);
  switch (error.kind) {
    case 'http':
      return t('errors.http', { service, status: error.status, message: error.message });
    case 'network':
      return t(isBrowserOffline() ? 'errors.offline' : 'errors.network', { service });
    case 'timeout':
      return t('errors.timeout', { service });
    case 'malformed':
      return t('errors.malformed', { service, message: error.message });
  }
}
