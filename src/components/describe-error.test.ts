import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/http/api-error';
import { jobFailure } from '../api/storage/uws';
import { createI18n } from '../i18n/i18n';
import { describeError } from './describe-error';

const unreachable = new ApiError({
  service: 'harbor',
  kind: 'network',
  status: 0,
  message: 'Failed to fetch',
});

describe('describeError', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('tells an unreachable service from a browser that is offline, naming the service', () => {
    const { t } = createI18n('en');
    expect(describeError(unreachable, t)).toBe('Image registry could not be reached. Check your connection.');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(describeError(unreachable, t)).toBe(
      'You appear to be offline: Image registry could not be reached. Try again once you are back online.',
    );
  });

  it("shows the direction controls in a service's message, which can echo a name from the address", () => {
    const error = new ApiError({
      service: 'ac',
      kind: 'http',
      status: 404,
      message: 'group not found: no\u202Epe',
    });
    expect(describeError(error, createI18n('en').t)).toMatch(/: group not found: no<U\+202E>pe$/);
  });

  it('says it in French', () => {
    const { t } = createI18n('fr');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(describeError(unreachable, t)).toBe(
      'Vous semblez hors ligne. Le registre d’images est injoignable\u202f; réessayez une fois la connexion rétablie.',
    );
  });

  it('says how long a service asked to be left alone when that is longer than a minute and a half', () => {
    const down = (retryAfter: string | undefined) =>
      new ApiError({ service: 'storage', kind: 'http', status: 503, message: '', retryAfter });
    expect(describeError(down('120'), createI18n('en').t)).toBe(
      'Storage service is unavailable for the moment (503). It asks to be tried again in 2 minutes.',
    );
    expect(describeError(down('120'), createI18n('fr').t)).toBe(
      'Le service de stockage est momentanément indisponible (503). Il demande d’attendre 2 minutes avant de réessayer.',
    );
    expect(describeError(down('30'), createI18n('en').t)).toBe(
      'Storage service is unavailable for the moment (503). Try again in a minute.',
    );
    expect(describeError(down(undefined), createI18n('en').t)).toMatch(/Try again in a minute\.$/);
  });

  it('says a service is down for now in words, not with its placeholder text or an empty one', () => {
    const http = (status: number, message: string) =>
      new ApiError({ service: 'skaha', kind: 'http', status, message });
    const { t } = createI18n('en');
    expect(describeError(http(503, 'temporarily unavailable: null'), t)).toBe(
      'Sessions service is unavailable for the moment (503). Try again in a minute.',
    );
    expect(describeError(http(502, ''), t)).toBe(
      'Sessions service is unavailable for the moment (502). Try again in a minute.',
    );
    // a proxy's status words, or its HTML page, say nothing more than the status
    for (const [status, words] of [
      [503, 'Service Unavailable'],
      [503, 'Service unavailable\n'],
      [502, 'Bad Gateway'],
      [504, 'Gateway Time-out'],
      [503, '<html><head><title>503 Service Temporarily Unavailable</title></head></html>'],
    ] as const) {
      expect(describeError(http(status, words), t)).toBe(
        `Sessions service is unavailable for the moment (${String(status)}). Try again in a minute.`,
      );
    }
    // the group service's TransientException (opencadc/ac), its words the developers' own
    expect(
      describeError(
        new ApiError({
          service: 'ac',
          kind: 'http',
          status: 503,
          message: 'Transient Exception: LDAP server unavailable, retry later\n',
        }),
        t,
      ),
    ).toBe('Accounts and groups service is unavailable for the moment (503). Try again in a minute.');
    expect(describeError(http(500, ''), t)).toBe('Sessions service answered 500 with no explanation.');
    // a service's own words are kept, even on a 503
    expect(describeError(http(503, 'Platform statistics unavailable'), t)).toBe(
      'Sessions service answered 503: Platform statistics unavailable',
    );
    expect(describeError(http(503, 'temporarily unavailable: null'), createI18n('fr').t)).toBe(
      'Le service des sessions est momentanément indisponible (503). Réessayez dans une minute.',
    );
  });

  it('words timeouts and malformed answers with the service', () => {
    const { t } = createI18n('en');
    const timeout = new ApiError({ service: 'usage', kind: 'timeout', status: 0, message: 'no answer' });
    const malformed = new ApiError({
      service: 'skaha',
      kind: 'malformed',
      status: 200,
      message: 'the answer is not a session id',
    });
    expect(describeError(timeout, t)).toBe('Usage service did not answer in time.');
    expect(describeError(malformed, t)).toBe(
      'Sessions service sent an answer the portal does not understand (the answer is not a session id).',
    );
  });

  describe('storage refusals and failed jobs', () => {
    const denied = (message: string) =>
      new ApiError({ service: 'storage', kind: 'http', status: 403, message });
    const job = (error: string | undefined, target?: string) =>
      jobFailure({ id: 'k2x9q', phase: 'ERROR', error, target });

    it('says a PermissionDenied in the user’s terms, naming the path cavern names', () => {
      const { t } = createI18n('en');
      const sentence =
        'You are not allowed to do this with “\u2068/projects/survey-team/shared\u2069”: the storage service refused it.';
      expect(describeError(denied('PermissionDenied: /projects/survey-team/shared'), t)).toBe(sentence);
      // a job's error summary, as the fake platform writes it
      expect(describeError(job('PermissionDenied: /projects/survey-team/shared'), t)).toBe(sentence);
      // cavern's files GetAction names the vos URI
      expect(
        describeError(denied('PermissionDenied: vos://cadc.nrc.ca~arc/home/jdoe/m31%20deep.fits'), t),
      ).toBe(
        'You are not allowed to do this with “\u2068/home/jdoe/m31 deep.fits\u2069”: the storage service refused it.',
      );
    });

    it('names the job’s target when cavern’s summary is PermissionDenied alone, as its job runners write it', () => {
      const { t } = createI18n('en');
      expect(
        describeError(job('PermissionDenied', 'vos://cadc.nrc.ca~arc/projects/survey-team/shared'), t),
      ).toBe(
        'You are not allowed to do this with “\u2068/projects/survey-team/shared\u2069”: the storage service refused it.',
      );
      expect(describeError(job('PermissionDenied'), t)).toBe(
        'You are not allowed to do this: the storage service refused it.',
      );
      expect(describeError(denied('PermissionDenied: read-only node'), t)).toBe(
        'You are not allowed to do this: the storage service refused it (read-only node).',
      );
    });

    it('tells any other failed job as the job’s, in cavern’s words, with no HTTP status', () => {
      const { t } = createI18n('en');
      expect(describeError(job('DuplicateNode: /home/jdoe/data/notes.txt'), t)).toBe(
        'Storage service could not complete the job: DuplicateNode: /home/jdoe/data/notes.txt',
      );
      expect(describeError(job(undefined), t)).toBe(
        'Storage service could not complete the job and gave no reason (it ended ERROR).',
      );
    });

    it('says it in French', () => {
      const { t } = createI18n('fr');
      expect(describeError(job('PermissionDenied: /projects/survey-team/shared'), t)).toBe(
        'Vous n’avez pas le droit de faire cela avec «\u00a0\u2068/projects/survey-team/shared\u2069\u00a0»\u00a0: le service de stockage l’a refusé.',
      );
      expect(describeError(job('NodeNotFound: /home/jdoe/gone'), t)).toBe(
        'Le service de stockage n’a pas pu mener la tâche à bien\u00a0: NodeNotFound: /home/jdoe/gone',
      );
    });
  });
});
