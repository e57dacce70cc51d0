import { decodeJwt } from './jwt';
import type { JwtClaims } from './jwt';
import type { Random } from './random';
import { randomToken } from './random';
import { demoUsers, projectGroupIds } from './users';

export interface Account {
  username: string;
  uid: number;
  /** POSIX gids of the user's projects: skaha's `supplementalGroups`. */
  groups: number[];
  internalId: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  institute?: string;
}

export interface AccountsData {
  accounts: Account[];
  /** token → username, for tokens issued by `{ac}/login` (CADC SSO tokens). */
  tokens: Record<string, string>;
  /** Wall-clock ms of the last revocation: JWTs issued before it are refused. */
  jwtRevokedAt: number | null;
  nextUid: number;
}

const demoInternalIds: Readonly<Record<string, string>> = {
  jdoe: '9a3c1f7e-1d2b-4c5a-8e6f-0b1c2d3e4f50',
  mchen: '4b7e2d90-6c1a-4f3e-9d2b-7a8c5e1f0d63',
  trainee1: 'c2f05a8b-93d4-4e17-b6a9-1e0d7c3b5f28',
};

export function seedAccounts(): AccountsData {
  const accounts = demoUsers.map((user): Account => ({
    username: user.username,
    uid: user.uid,
    groups: user.projects.flatMap((project) => projectGroupIds[project] ?? []),
    internalId: demoInternalIds[user.username] ?? `00000000-0000-4000-8000-0000000${user.uid}`,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    institute: user.institute,
  }));
  return { accounts, tokens: {}, jwtRevokedAt: null, nextUid: 40001 };
}

export function findAccount(data: AccountsData, username: string): Account | undefined {
  return data.accounts.find((account) => account.username === username);
}

export function issueToken(data: AccountsData, username: string): string {
  const token = randomToken();
  data.tokens[token] = username;
  return token;
}

/** `{ac}/login`: the demo users' credentials; returns the new token or undefined on bad credentials. */
export function login(data: AccountsData, username: string, password: string): string | undefined {
  const user = demoUsers.find((candidate) => candidate.username === username);
  if (user?.password !== password) return undefined;
  return issueToken(data, user.username);
}

export function revokeAll(data: AccountsData): void {
  data.tokens = {};
  data.jwtRevokedAt = Date.now();
}

// An OIDC user the fake has never seen gets an empty account, like a first login on a real deployment.
function provision(data: AccountsData, claims: JwtClaims, random: Random): Account {
  const hex = () => random.chars(4, '0123456789abcdef');
  const account: Account = {
    username: claims.username,
    uid: data.nextUid,
    groups: [],
    internalId: `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-8${hex().slice(1)}-${hex()}${hex()}${hex()}`,
    firstName: claims.givenName,
    lastName: claims.familyName,
    email: claims.email,
  };
  data.nextUid += 1;
  data.accounts.push(account);
  return account;
}

/** Resolves an `Authorization` header to an account: a token from `{ac}/login`, or an OIDC JWT. */
export function authenticate(
  data: AccountsData,
  authorization: string | null,
  random: Random,
): Account | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const token = match?.[1];
  if (token === undefined) return undefined;
  const username = data.tokens[token];
  if (username !== undefined) return findAccount(data, username);
  const claims = decodeJwt(token);
  if (!claims) return undefined;
  // JWT times are the identity provider's wall clock, not the fake platform's shifted clock.
  const wallNow = Date.now();
  if (claims.expiresAt !== undefined && claims.expiresAt * 1000 < wallNow) return undefined;
  if (data.jwtRevokedAt !== null && (claims.issuedAt ?? 0) * 1000 <= data.jwtRevokedAt) return undefined;
  return findAccount(data, claims.username) ?? provision(data, claims, random);
}

/** The site-wide sign-in cookie that canfar.net's access service sets: it holds the `{ac}/login` token. */
export const SSO_COOKIE = 'CADC_SSO';

/** The CADC_SSO token in a `Cookie` request header, if any. */
export function ssoCookieToken(cookie: string | null): string | undefined {
  for (const part of (cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === SSO_COOKIE) {
      const value = part.slice(separator + 1).trim();
      if (value !== '') return value;
    }
  }
  return undefined;
}

/**
 * The caller of a cadc-rest service (skaha, cavern, ac): the `Authorization` header when there is one (it
 * wins over the cookie, whether or not it is valid), else the CADC_SSO cookie, which carries the same token
 * (cadc-util's ServletPrincipalExtractor takes both).
 */
export function authenticateRequest(
  data: AccountsData,
  request: Request,
  random: Random,
): Account | undefined {
  const authorization = request.headers.get('authorization');
  if (authorization !== null) return authenticate(data, authorization, random);
  const token = ssoCookieToken(request.headers.get('cookie'));
  return token === undefined ? undefined : authenticate(data, `Bearer ${token}`, random);
}

/**
 * Whether the request carries any credentials at all, accepted or not: an `Authorization` header or a
 * CADC_SSO cookie. The services tell "no one" (anonymous: skaha's 400, ac's 403 on a user) from "credentials it
 * refuses" (401, cadc-util's NotAuthenticatedException).
 */
export function presentsCredentials(request: Request): boolean {
  return (
    request.headers.get('authorization') !== null ||
    ssoCookieToken(request.headers.get('cookie')) !== undefined
  );
}
