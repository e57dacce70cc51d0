// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig, parseConfig } from './load-config';

describe('parseConfig', () => {
  it('applies every default to an empty file', () => {
    const result = parseConfig({});
    expect(result).toEqual({
      ok: true,
      config: {
        mocks: false,
        services: { skaha: '/skaha', storage: '/arc', ac: '/ac', harbor: '/harbor', usage: '/prometheus' },
        storage: { vosAuthority: 'cadc.nrc.ca~arc', roots: ['home', 'projects'] },
        auth: { mode: 'cadc' },
        usage: { scrapeIntervalSeconds: 30, recordingRules: 'auto' },
        features: { gpu: true, usage: true, storage: true, images: true },
      },
    });
  });

  it('accepts a single key and keeps the other defaults', () => {
    const result = parseConfig({ features: { gpu: false } });
    expect(result.ok && result.config.features).toEqual({
      gpu: false,
      usage: true,
      storage: true,
      images: true,
    });
  });

  it('takes the recording rules as "auto", true or false, and nothing else', () => {
    for (const recordingRules of ['auto', true, false] as const) {
      const result = parseConfig({ usage: { recordingRules } });
      expect(result.ok && result.config.usage.recordingRules).toBe(recordingRules);
    }
    const wrong = parseConfig({ usage: { recordingRules: 'yes' } });
    expect(!wrong.ok && wrong.reason === 'invalid' && wrong.problems.map((problem) => problem.key)).toEqual([
      'usage.recordingRules',
    ]);
  });

  it('names each bad key', () => {
    const result = parseConfig({
      services: { skaha: 42 },
      auth: { mode: 'oidc' },
      features: { gpus: true },
      colour: 'blue',
    });
    expect(
      !result.ok && result.reason === 'invalid' && result.problems.map((problem) => problem.key).sort(),
    ).toEqual(['auth.oidc', 'colour', 'features.gpus', 'services.skaha']);
  });

  it('takes where to request access as an https address or a path of the portal’s site, nothing else', () => {
    const url = parseConfig({ links: { requestAccess: 'https://www.canfar.net/en/docs/access/' } });
    expect(url.ok && url.config.links).toEqual({ requestAccess: 'https://www.canfar.net/en/docs/access/' });
    expect(parseConfig({ links: { requestAccess: '/access/request' } }).ok).toBe(true);
    expect(parseConfig({ auth: { mode: 'cadc' } }).ok).toBe(true);
    for (const bad of [
      'http://example.org/',
      'javascript:alert(1)',
      '//evil.example/',
      'access',
      // the URL parser drops a tab or a line break: these are //evil.example to a browser
      '/\t/evil.example/',
      '/\n/evil.example/',
    ]) {
      const result = parseConfig({ links: { requestAccess: bad } });
      expect(!result.ok && result.reason === 'invalid' && result.problems.map((p) => p.key)).toEqual([
        'links.requestAccess',
      ]);
    }
  });

  it('takes the site’s sign-in and sign-out pages and account links, each optional and checked', () => {
    const site = parseConfig({
      auth: {
        mode: 'cadc',
        cadc: { loginUrl: '/access/login', logoutUrl: 'https://www.canfar.net/access/logout' },
      },
      links: {
        register: 'https://www.canfar.net/register',
        groups: '/groups/',
        status: 'https://status.example/',
      },
    });
    expect(site.ok && site.config.auth.cadc).toEqual({
      loginUrl: '/access/login',
      logoutUrl: 'https://www.canfar.net/access/logout',
    });
    expect(site.ok && site.config.links?.groups).toBe('/groups/');
    const bad = parseConfig({
      auth: { mode: 'cadc', cadc: { loginUrl: 'http://evil.example/login', logoutUrl: '//evil.example/' } },
      links: { help: 'javascript:alert(1)', support: 'http://example.org/' },
    });
    expect(!bad.ok && bad.reason === 'invalid' && bad.problems.map((p) => p.key).sort()).toEqual([
      'auth.cadc.loginUrl',
      'auth.cadc.logoutUrl',
      'links.help',
      'links.support',
    ]);
  });

  it('refuses demo sign-in against a real platform', () => {
    const result = parseConfig({ auth: { mode: 'mock' } });
    expect(!result.ok && result.reason === 'invalid' && result.problems).toEqual([
      expect.objectContaining({ key: 'auth.mode' }),
    ]);
  });

  it('needs a complete OIDC block in oidc mode', () => {
    const result = parseConfig({ auth: { mode: 'oidc', oidc: { authority: 'not a url', clientId: '' } } });
    expect(!result.ok && result.reason === 'invalid' && result.problems.map((p) => p.key).sort()).toEqual([
      'auth.oidc.authority',
      'auth.oidc.clientId',
    ]);
    const good = parseConfig({
      auth: { mode: 'oidc', oidc: { authority: 'https://id.example.org', clientId: 'portal' } },
    });
    expect(good.ok && good.config.auth.oidc?.scope).toBe('openid profile email offline_access');
  });
});

describe('the config problems', () => {
  it('say in plain words what is wrong with each key', () => {
    const result = parseConfig({
      services: { skaha: 42, ac: '' },
      auth: { mode: 'sso' },
      storage: { roots: [] },
      usage: { scrapeIntervalSeconds: 0 },
      mocks: 'yes',
    });
    if (result.ok || result.reason !== 'invalid') throw new Error('expected an invalid config');
    expect(Object.fromEntries(result.problems.map((problem) => [problem.key, problem.message]))).toEqual({
      mocks: 'expected boolean',
      'services.skaha': 'expected string',
      'services.ac': 'must not be empty',
      'storage.roots': 'needs at least one entry',
      'auth.mode': 'expected one of "cadc", "oidc", "mock"',
      'usage.scrapeIntervalSeconds': 'must be greater than 0',
    });
  });
});

describe('service addresses', () => {
  const RULE =
    'must be an https URL or a path on this origin starting with "/" (plain http only to 127.0.0.1, localhost or [::1])';
  const problemsOf = (config: unknown) => {
    const result = parseConfig(config);
    return result.ok || result.reason !== 'invalid'
      ? {}
      : Object.fromEntries(result.problems.map((problem) => [problem.key, problem.message]));
  };

  it('accepts https URLs, same-origin paths and plain http to a loopback host', () => {
    for (const value of [
      '/skaha',
      '/science-portal/arc',
      'https://ws-uv.canfar.net/skaha',
      'http://127.0.0.1:4010/skaha',
      'http://localhost:4010',
      'http://[::1]:4010/ac',
    ]) {
      expect(parseConfig({ services: { skaha: value } }).ok, value).toBe(true);
      expect(
        parseConfig({ auth: { mode: 'oidc', oidc: { authority: value, clientId: 'p' } } }).ok,
        value,
      ).toBe(true);
    }
  });

  it.each([
    'http://ws-uv.canfar.net/skaha',
    'javascript:alert(1)',
    'data:text/html,x',
    '//evil.example/skaha',
    '/\\evil.example/skaha',
    '/\t/evil.example/skaha',
    'skaha',
    'ftp://ws-uv.canfar.net/skaha',
    'https://user:pw@ws-uv.canfar.net/skaha',
    'http://127.0.0.1.evil.example/skaha',
  ])('refuses %j, naming the key', (value) => {
    expect(
      problemsOf({
        services: { skaha: value, storage: value, ac: value, harbor: value, usage: value },
        auth: { mode: 'oidc', oidc: { authority: value, clientId: 'portal' } },
      }),
    ).toEqual({
      'services.skaha': RULE,
      'services.storage': RULE,
      'services.ac': RULE,
      'services.harbor': RULE,
      'services.usage': RULE,
      'auth.oidc.authority': RULE,
    });
  });

  it('still validates the configurations the repository ships and tests with', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const file of [
      'e2e/config/cadc.json',
      'e2e/config/oidc.json',
      'e2e/config/prometheus.json',
      'dev/config.mock.json',
    ]) {
      const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
      expect(parseConfig(parsed).ok, file).toBe(true);
    }
  });
});

describe('service addresses under a sub-path', () => {
  const servicesOf = (raw: unknown, basePath: string) => {
    const result = parseConfig(raw, basePath);
    if (!result.ok) throw new Error('config refused');
    return result.config.services;
  };

  it('puts the default service paths under the portal’s sub-path', () => {
    expect(servicesOf({ auth: { mode: 'cadc' } }, '/science-portal/')).toEqual({
      skaha: '/science-portal/skaha',
      storage: '/science-portal/arc',
      ac: '/science-portal/ac',
      harbor: '/science-portal/harbor',
      usage: '/science-portal/prometheus',
    });
  });

  it('takes the paths and URLs config.json sets as given', () => {
    expect(
      servicesOf(
        { services: { skaha: '/skaha', storage: 'https://ws-uv.canfar.net/arc' } },
        '/science-portal/',
      ),
    ).toMatchObject({ skaha: '/skaha', storage: 'https://ws-uv.canfar.net/arc', ac: '/science-portal/ac' });
  });

  it('keeps the defaults at the host’s root', () => {
    expect(servicesOf({}, '/')).toMatchObject({ skaha: '/skaha', storage: '/arc', usage: '/prometheus' });
  });
});

describe('loadConfig', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const serve = (answer: () => Promise<Response>) => {
    const requests: Request[] = [];
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
      requests.push(new Request(new URL(input, 'https://portal.example'), init));
      return answer();
    });
    return requests;
  };

  it('reads config.json beside the app, never from a cache', async () => {
    const requests = serve(() => Promise.resolve(Response.json({ auth: { mode: 'cadc' } })));
    const result = await loadConfig('/portal/');
    expect(result.ok && result.config.auth.mode).toBe('cadc');
    expect(requests.map((request) => [new URL(request.url).pathname, request.cache])).toEqual([
      ['/portal/config.json', 'no-store'],
    ]);
  });

  it('says why it could not: no answer, an HTTP error, or a body that is not JSON', async () => {
    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await loadConfig('/')).toEqual({ ok: false, reason: 'missing', detail: 'Failed to fetch' });
    serve(() => Promise.resolve(new Response('Not Found', { status: 404 })));
    expect(await loadConfig('/')).toEqual({ ok: false, reason: 'missing', detail: 'HTTP 404' });
    serve(() => Promise.resolve(new Response('<html>')));
    expect(await loadConfig('/')).toMatchObject({ ok: false, reason: 'not-json' });
  });
});
