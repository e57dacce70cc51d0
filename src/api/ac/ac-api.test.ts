import { describe, expect, it } from 'vitest';
import { tokenFor } from '@/test/fake-platform';
import { testServices } from '@/test/test-api';
import { createApiClient } from '../http/client';
import { whoami } from './ac-api';

/** The portal's client, with a fetch that notes where each answer finally came from. */
function acClient(options: { token?: string; cookie?: string } = {}) {
  const answers: { asked: string; status: number; redirected: boolean; url: string }[] = [];
  const api = createApiClient({
    services: testServices(),
    getToken: () => options.token,
    isCookieSession: () => options.cookie !== undefined,
    onUnauthorized: () => undefined,
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      // as a browser adds its cookie to every request to the portal's origin, redirected ones too
      if (options.cookie !== undefined) headers.set('Cookie', `CADC_SSO=${options.cookie}`);
      const response = await fetch(input, { ...init, headers });
      answers.push({
        asked: input instanceof Request ? input.url : input.toString(),
        status: response.status,
        redirected: response.redirected,
        url: response.url,
      });
      return response;
    },
  });
  return { api, answers };
}

const jane = {
  username: 'jdoe',
  firstName: 'Jane',
  lastName: 'Doe',
  email: 'jane.doe@example.org',
  institute: 'Example Observatory',
};

describe('whoami', () => {
  it('follows ac’s redirect to the user and reads the user from there', async () => {
    const { api, answers } = acClient({ token: tokenFor('jdoe') });
    await expect(whoami(api)).resolves.toEqual(jane);
    const origin = window.location.origin;
    // ac answers GET {ac}/whoami with 302 to {ac}/users/<name>?idType=http, on the address it was asked at
    expect(answers).toEqual([
      {
        asked: `${origin}/ac/whoami`,
        status: 200,
        redirected: true,
        url: `${origin}/ac/users/jdoe?idType=http`,
      },
    ]);
  });

  it('follows it with the site’s cookie alone, and with another user’s token names that user', async () => {
    await expect(whoami(acClient({ cookie: tokenFor('jdoe') }).api, null)).resolves.toEqual(jane);
    await expect(whoami(acClient().api, tokenFor('mchen'))).resolves.toMatchObject({ username: 'mchen' });
  });

  it('is refused with 401, not redirected, for a caller with no sign-in', async () => {
    const { api, answers } = acClient();
    await expect(whoami(api, null)).rejects.toMatchObject({ service: 'ac', status: 401 });
    expect(answers.map(({ redirected }) => redirected)).toEqual([false]);
  });
});
