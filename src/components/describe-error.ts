import type { TFunction } from 'i18next';
import { retryAfterMs } from '../api/backoff';
import { isApiError } from '../api/http/api-error';
import { CodeLoadError } from '../lib/load-once';
import { nameInSentence, revealBidiControls } from '../lib/names';

/** Whether the browser itself says it has no network (a failed call then is not the service's fault). */
export function isBrowserOffline(): boolean {
  return typeof navigator !== 'undefined' && !navigator.onLine;
}

/** One sentence for a person: which service, and what it said. */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof CodeLoadError) return t(isBrowserOffline() ? 'errors.codeOffline' : 'errors.code');
  if (!isApiError(error)) {
    return t('errors.unexpected', {
      message: revealBidiControls(error instanceof Error ? error.message : String(error)),
    });
  }
  const service = t(`errors.service.${error.service}`);
  switch (error.kind) {
    case 'http':
      if (isTransient(error.status, error.message)) {
        // a service that says how long (Retry-After) is told in its terms, not "in a minute"
        const wait = retryAfterMs(error);
        return wait !== undefined && wait > 90_000
          ? t('errors.unavailableFor', { service, status: error.status, count: Math.ceil(wait / 60_000) })
          : t('errors.unavailable', { service, status: error.status });
      }
      if (error.message.trim() === '') return t('errors.httpBare', { service, status: error.status });
      // a service's text can echo a name from the address ("group not found: …"): its overrides are shown
      return t('errors.http', { service, status: error.status, message: revealBidiControls(error.message) });
    case 'network':
      return t(isBrowserOffline() ? 'errors.offline' : 'errors.network', { service });
    case 'timeout':
      return t('errors.timeout', { service });
    case 'malformed':
      return t('errors.malformed', { service, message: revealBidiControls(error.message) });
    case 'refused':
      // read from the error itself: the storage layer's rule stays out of every page's first code
      return error.refusedName
        ? t('errors.unaddressable', {
            name: nameInSentence(error.refusedName.name),
            characters: listCharacters(error.refusedName.characters, t),
          })
        : t('errors.unexpected', { message: revealBidiControls(error.message) });
  }
}

/** Characters for a sentence: each in the language's quotes; a space in words, another invisible one as U+XXXX. */
export function listCharacters(characters: readonly string[], t: TFunction): string {
  return characters
    .map((character) =>
      character === ' '
        ? t('errors.character.space')
        : /^[\p{Zs}\p{Zl}\p{Zp}\p{Cc}]$/u.test(character)
          ? `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
          : t('errors.character.quoted', { character }),
    )
    .join(', ');
}

/**
 * A service that says only that it is down for now: cadc-rest's answer to a TransientException is
 * `temporarily unavailable: <path after the servlet>`, and that path is `null` for skaha's `/v1/session` (so
 * its statistics' 503 reads "temporarily unavailable: null"); a proxy's 502–504 over HTTP/2 has no text at all,
 * and otherwise its status line's words ("Service Unavailable") or an HTML page. None says more than the status.
 */
function isTransient(status: number, message: string): boolean {
  if (status < 502 || status > 504) return false;
  const text = message.trim();
  return (
    text === '' ||
    /^temporarily unavailable: /i.test(text) ||
    // the group service's (platform-api.md §10.5): "Transient Exception: LDAP server unavailable, retry later"
    /^transient exception: /i.test(text) ||
    /^(service (temporarily )?unavailable|bad gateway|gateway time-?out)\.?$/i.test(text) ||
    text.startsWith('<')
  );
}
