import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/http/api-error';
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

  it('says it in French', () => {
    const { t } = createI18n('fr');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(describeError(unreachable, t)).toBe(
      'Vous semblez hors ligne. Le registre d’images est injoignable\u202f; réessayez une fois la connexion rétablie.',
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
});
