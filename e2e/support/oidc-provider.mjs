// A real OpenID provider for the `oidc` end-to-end project: the portal signs in against it exactly as it
// would against a deployment's identity provider (authorization code + PKCE, public client).
//
//   node e2e/support/oidc-provider.mjs [--port 4011] [--host 127.0.0.1] [--portal http://127.0.0.1:4175]
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import Provider, { errors } from 'oidc-provider';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.OIDC_PORT ?? '4011' },
    host: { type: 'string', default: process.env.OIDC_HOST ?? '127.0.0.1' },
    portal: { type: 'string', default: process.env.OIDC_PORTAL_ORIGIN ?? 'http://127.0.0.1:4175' },
    resource: { type: 'string', default: process.env.OIDC_RESOURCE ?? 'http://127.0.0.1:4010' },
  },
});

const port = Number(values.port);
const issuer = `http://${values.host}:${port}`;
const portal = values.portal.replace(/\/+$/, '');
const resource = values.resource;

// The fake platform's demo users, so the names the portal shows match the cadc and mock modes.
// devInteractions accepts any login; an unknown one is signed in under that name.
const people = {
  jdoe: { name: 'Jane Doe', given_name: 'Jane', family_name: 'Doe', email: 'jane.doe@example.org' },
  mchen: { name: 'Mei Chen', given_name: 'Mei', family_name: 'Chen', email: 'mei.chen@example.org' },
  trainee1: {
    name: 'Alex Martin',
    given_name: 'Alex',
    family_name: 'Martin',
    email: 'alex.martin@example.org',
  },
};

function claimsOf(login) {
  const person = Object.hasOwn(people, login)
    ? people[login]
    : { name: login, email: `${login}@example.org` };
  return { sub: login, preferred_username: login, email_verified: true, ...person };
}

// A fresh signing key per run keeps the library's shared development keys (and its warning) out of the tests.
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256', kid: 'e2e' };

const configuration = {
  clients: [
    {
      client_id: 'science-portal',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: [`${portal}/auth/callback`],
      post_logout_redirect_uris: [`${portal}/`],
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  responseTypes: ['code'],
  pkce: { required: () => true },
  scopes: ['openid', 'profile', 'email', 'offline_access'],
  claims: {
    openid: ['sub'],
    profile: ['name', 'given_name', 'family_name', 'preferred_username'],
    email: ['email', 'email_verified'],
  },
  // The access token goes to the platform, so the profile claims must come with the ID token.
  conformIdTokenClaims: false,
  findAccount: (_ctx, sub) => ({
    accountId: sub,
    claims: () => claimsOf(sub),
  }),
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    // The portal revokes its refresh token at sign-out (RFC 7009), as it does wherever a provider offers it.
    revocation: {
      enabled: true,
      allowedPolicy: (_ctx, client, token) => token.clientId === client.clientId,
    },
    // Every access token is a JWT for the platform: skaha (and the fake platform) read its
    // preferred_username; an opaque userinfo-only token would be of no use to them.
    resourceIndicators: {
      enabled: true,
      defaultResource: () => resource,
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, indicator) => {
        if (indicator !== resource) throw new errors.InvalidTarget();
        return {
          scope: 'openid profile email offline_access',
          audience: resource,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 3600,
        };
      },
    },
  },
  extraTokenClaims: (_ctx, token) =>
    token.kind === 'AccessToken' && token.accountId
      ? { preferred_username: token.accountId, name: claimsOf(token.accountId).name }
      : undefined,
  // The portal is a browser app on another origin: it calls the token endpoint with fetch.
  clientBasedCORS: (_ctx, origin) => origin === portal,
  // Like many deployments' providers, a refresh token for every sign-in of a client allowed to refresh; the
  // spec would otherwise drop offline_access unless the portal forced a consent screen (prompt=consent) at
  // every sign-in. The portal's silent renew uses it.
  issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  ttl: {
    AccessToken: 3600,
    AuthorizationCode: 60,
    IdToken: 3600,
    Interaction: 600,
    Session: 86_400,
    Grant: 86_400,
    RefreshToken: 86_400,
  },
};

const provider = new Provider(issuer, configuration);

provider.on('server_error', (_ctx, error) => {
  console.error('oidc provider server_error:', error);
});

const server = provider.listen(port, values.host, () => {
  console.log(`oidc provider listening on ${issuer}`);
});

function shutdown() {
  server.close(() => process.exit(0));
  // Keep-alive connections from the browser would otherwise hold the process open.
  setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
