// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resetFakePlatform, revokeTokens, tokenFor } from '../node';
import { ORIGIN, call, formBody, runAgainstFakePlatform } from '../test-helpers';

runAgainstFakePlatform();

const login = (fields: Record<string, string>) =>
  fetch(`${ORIGIN}/ac/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: formBody(fields),
  });

const base64Url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: object) => `${base64Url({ alg: 'RS256' })}.${base64Url(claims)}.c2lnbmF0dXJl`;

describe('POST {ac}/login', () => {
  it('answers the token as text/plain and in x-vo-bearer', async () => {
    const response = await login({ username: 'jdoe', password: 'demo-jdoe' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain');
    const token = await response.text();
    expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(response.headers.get('x-vo-bearer')).toBe(token);
    expect(response.headers.get('x-vo-authenticated')).toBe('jdoe');
    expect((await call('/skaha/v1/session', { token })).status).toBe(200);
  });

  it('refuses wrong credentials with 401 text/plain', async () => {
    const response = await login({ username: 'jdoe', password: 'wrong' });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect((await login({ username: 'nobody', password: 'demo-nobody' })).status).toBe(401);
  });

  it('treats a missing or non-form parameter as missing, like LoginServlet (400)', async () => {
    expect(await (await login({ username: 'jdoe' })).text()).toBe('Missing password');
    const json = await fetch(`${ORIGIN}/ac/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'jdoe', password: 'demo-jdoe' }),
    });
    expect(json.status).toBe(400);
    expect(await json.text()).toBe('Missing username');
  });
});

const JSON_ACCEPT = { Accept: 'application/json' };

const jdoeDocument = {
  user: {
    internalID: { uri: { $: 'ivo://cadc.nrc.ca/user?9a3c1f7e-1d2b-4c5a-8e6f-0b1c2d3e4f50' } },
    identities: {
      $: [
        { identity: { '@type': 'HTTP', $: 'jdoe' } },
        { identity: { '@type': 'CADC', $: '20001' } },
        { identity: { '@type': 'POSIX', $: 20001 } },
      ],
    },
    personalDetails: {
      firstName: { $: 'Jane' },
      lastName: { $: 'Doe' },
      email: { $: 'jane.doe@example.org' },
      institute: { $: 'Example Observatory' },
    },
    posixDetails: {
      username: { $: 'jdoe' },
      uid: { $: 20001 },
      gid: { $: 20001 },
      homeDirectory: { $: '/home/jdoe' },
    },
  },
};

describe('GET {ac}/whoami', () => {
  it('redirects, as WhoAmIServlet does, to the caller on the address the request came in on', async () => {
    const response = await call('/ac/whoami', { headers: JSON_ACCEPT, redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`${ORIGIN}/ac/users/jdoe?idType=http`);
  });

  it('answers, once the redirect is followed, the CADC user document for the token', async () => {
    const response = await call('/ac/whoami', { headers: JSON_ACCEPT });
    expect(response.redirected).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual(jdoeDocument);
  });

  it('answers 401, no redirect, without a token or with an unknown one', async () => {
    for (const token of ['', 'not-a-token']) {
      const response = await call('/ac/whoami', { token, redirect: 'manual' });
      expect(response.status).toBe(401);
      expect(response.headers.get('location')).toBeNull();
    }
  });
});

describe('GET {ac}/users/<name>', () => {
  it('answers the caller as JSON when asked for it, else as ac’s user XML', async () => {
    expect(await (await call('/ac/users/jdoe?idType=http', { headers: JSON_ACCEPT })).json()).toEqual(
      jdoeDocument,
    );
    const xml = await call('/ac/users/jdoe?idType=HTTP');
    expect(xml.headers.get('content-type')).toBe('text/xml');
    const text = await xml.text();
    expect(text).toContain('<identity type="HTTP">jdoe</identity>');
    expect(text).toContain('<firstName>Jane</firstName>');
    expect(text).toContain('<homeDirectory>/home/jdoe</homeDirectory>');
    // by another of the caller's identities
    expect((await call('/ac/users/20001?idType=posix', { headers: JSON_ACCEPT })).status).toBe(200);
  });

  it('refuses as UserServlet does: a bad request 400, refused credentials 401, anyone but the caller 403', async () => {
    const answer = async (path: string, options: Parameters<typeof call>[1] = {}) => {
      const response = await call(path, options);
      return [response.status, await response.text()];
    };
    expect(await answer('/ac/users/jdoe')).toEqual([400, 'User endpoint missing idType parameter']);
    expect(await answer('/ac/users/jdoe?idType=nickname')).toEqual([400, 'Unrecognized idType']);
    expect(await answer('/ac/users/jdoe?idType=http', { token: 'not-a-token' })).toEqual([
      401,
      'Unauthorized\n',
    ]);
    expect(await answer('/ac/users/mchen?idType=http')).toEqual([403, 'Permission Denied']);
    expect(await answer('/ac/users/jdoe?idType=http', { token: '' })).toEqual([403, 'Permission Denied']);
  });
});

describe('Bearer tokens', () => {
  it('accepts an unverified OIDC JWT, using preferred_username, else sub', async () => {
    const asMei = await call('/ac/whoami', {
      token: jwt({ preferred_username: 'mchen', sub: 'x' }),
      headers: JSON_ACCEPT,
    });
    expect(JSON.stringify(await asMei.json())).toContain('"Mei"');
    const newcomer = jwt({ sub: 'newcomer', given_name: 'New', iat: Math.floor(Date.now() / 1000) });
    const sessions = await call('/skaha/v1/session', { token: newcomer });
    expect(await sessions.json()).toEqual([]);
    const whoami = JSON.stringify(
      await (await call('/ac/whoami', { token: newcomer, headers: JSON_ACCEPT })).json(),
    );
    expect(whoami).toContain('"newcomer"');
    expect(whoami).toContain('"New"');
  });

  it('refuses an expired JWT', async () => {
    const expired = jwt({ preferred_username: 'jdoe', exp: Math.floor(Date.now() / 1000) - 3600 });
    expect((await call('/skaha/v1/session', { token: expired })).status).toBe(401);
  });

  it('refuses every token issued before revokeTokens()', async () => {
    const token = tokenFor('jdoe');
    const oidc = jwt({ preferred_username: 'jdoe', iat: Math.floor(Date.now() / 1000) - 10 });
    revokeTokens();
    for (const revoked of [token, oidc]) {
      const response = await call('/skaha/v1/session', { token: revoked });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toBe('text/plain');
    }
    expect((await call('/skaha/v1/session')).status).toBe(200);
  });
});

describe('GMS: GET {ac}/search and {ac}/groups/<name>', () => {
  const names = (xml: string) =>
    [...xml.matchAll(/<group uri="ivo:\/\/cadc\.nrc\.ca\/gms\?([^"]+)"/g)].map((m) => m[1]);

  it("lists the caller's groups in a role as group-list XML", async () => {
    const owned = await call('/ac/search?ROLE=owner', { user: 'mchen' });
    expect(owned.status).toBe(200);
    expect(owned.headers.get('content-type')).toBe('text/xml');
    const body = await owned.text();
    expect(body).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<groups>/);
    expect(names(body)).toEqual(['survey-team']);
    expect(body).toContain('<identity type="HTTP">mchen</identity>');
    expect(names(await (await call('/ac/search?ROLE=admin', { user: 'mchen' })).text())).toEqual([
      'lensing-lab',
    ]);
    expect(names(await (await call('/ac/search?ROLE=owner', { user: 'jdoe' })).text())).toEqual([]);
  });

  it('answers the plain-text memberships without ROLE and 400 for an unusable ROLE', async () => {
    const plain = await call('/ac/search', { user: 'jdoe' });
    expect(plain.headers.get('content-type')).toBe('text/plain');
    expect(await plain.text()).toBe('survey-team\n');
    expect((await call('/ac/search?ROLE=boss', { user: 'mchen' })).status).toBe(400);
    expect((await call('/ac/search?ROLE=', { user: 'mchen' })).status).toBe(400);
  });

  it('answers one group with its members to those in it, 403 to others, 404 for none', async () => {
    const group = await call('/ac/groups/survey-team', { user: 'mchen' });
    const body = await group.text();
    expect(body).toContain('<userMembers>');
    for (const member of ['jdoe', 'trainee1', 'nkaur'])
      expect(body).toContain(`<identity type="HTTP">${member}</identity>`);
    expect((await call('/ac/groups/lensing-lab', { user: 'jdoe' })).status).toBe(403);
    expect((await call('/ac/groups/nothing-here', { user: 'mchen' })).status).toBe(404);
  });

  it('takes the CADC_SSO cookie as every cadc-rest endpoint does, the Bearer token winning over it', async () => {
    const cookie = (token: string, headers: Record<string, string> = {}) => ({
      token: '',
      headers: { Cookie: `theme=dark; CADC_SSO=${token}`, ...headers },
    });
    const owned = await call('/ac/search?ROLE=owner', cookie(tokenFor('mchen')));
    expect(owned.status).toBe(200);
    expect(names(await owned.text())).toEqual(['survey-team']);
    expect(await (await call('/ac/search', cookie(tokenFor('jdoe')))).text()).toBe('survey-team\n');
    const group = await call('/ac/groups/lensing-lab', cookie(tokenFor('mchen')));
    expect(group.status).toBe(200);
    expect(await group.text()).toContain('<identity type="HTTP">mchen</identity>');
    expect((await call('/ac/groups/survey-team', cookie('not-a-token'))).status).toBe(401);
    const both = cookie(tokenFor('mchen'), { Authorization: `Bearer ${tokenFor('jdoe')}` });
    expect((await call('/ac/groups/lensing-lab', both)).status).toBe(403);
  });

  it('answers 503 Transient Exception in the gms-down scenario', async () => {
    resetFakePlatform('gms-down');
    const response = await call('/ac/search?ROLE=owner', { user: 'mchen' });
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/^Transient Exception: /);
  });
});
