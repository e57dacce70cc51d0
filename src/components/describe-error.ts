import type { TFunction } from 'i18next';
import { retryAfterMs } from '../api/backoff';
import { isApiError } from '../api/http/api-error';
import { JobFailedError } from '../api/storage/job-failed-error';
import { CodeLoadError } from '../lib/load-once';
import { isolateName, nameInSentence, revealBidiControls } from '../lib/names';

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
  if (error instanceof JobFailedError) return describeJobFailure(error, service, t);
  switch (error.kind) {
    case 'http':
      if (error.service === 'storage' && error.status === 403) {
        const refusal = describePermissionDenied(error.message, undefined, t);
        if (refusal !== undefined) return refusal;
      }
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

/** A storage job that failed: a refusal in the user's terms, else cavern's own words, never an HTTP status. */
function describeJobFailure(error: JobFailedError, service: string, t: TFunction): string {
  const summary = error.summary ?? '';
  const refusal = describePermissionDenied(summary, error.target, t);
  if (refusal !== undefined) return refusal;
  return summary === ''
    ? t('errors.jobFailedBare', { service, phase: error.phase })
    : t('errors.jobFailed', { service, message: revealBidiControls(summary) });
}

/**
 * cavern's PermissionDenied fault (cadc-vos-server NodeFault), in the user's terms: `PermissionDenied: <path>`
 * (PathResolver, UpdateNodeAction, InternalTransferAction), `PermissionDenied: <vos URI>` (files GetAction) or, as
 * a job's error summary, `PermissionDenied` alone (TransferRunner, AbstractRecursiveRunner), where the path is
 * the job's `target` when it names one. Undefined for any other text.
 */
function describePermissionDenied(text: string, target: string | undefined, t: TFunction) {
  const match = /^PermissionDenied(?::\s*(.*))?$/s.exec(text.trim());
  if (!match) return undefined;
  const said = match[1]?.trim() ?? '';
  const path = cavernPath(said) ?? (said === '' && target !== undefined ? cavernPath(target) : undefined);
  if (path !== undefined)
    return t('errors.permissionDenied', { path: isolateName(revealBidiControls(path)) });
  return said === ''
    ? t('errors.permissionDeniedBare')
    : t('errors.permissionDeniedSaid', { message: revealBidiControls(said) });
}

/** A node path as cavern writes one in its messages: the path itself, or its vos URI (decoded). */
function cavernPath(text: string): string | undefined {
  if (text.startsWith('/')) return text;
  const fromUri = /^vos:\/\/[^/\s]+(\/\S*)$/.exec(text)?.[1];
  if (fromUri === undefined) return undefined;
  try {
    return decodeURIComponent(fromUri);
  } catch {
    return fromUri;
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
