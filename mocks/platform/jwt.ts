export interface JwtClaims {
  username: string;
  issuedAt?: number;
  expiresAt?: number;
  givenName?: string;
  familyName?: string;
  email?: string;
}

const base64UrlPart = /^[A-Za-z0-9_-]+={0,2}$/;

function decodeBase64Url(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

const stringClaim = (payload: object, name: string): string | undefined => {
  const value: unknown = Reflect.get(payload, name);
  return typeof value === 'string' && value !== '' ? value : undefined;
};

const numberClaim = (payload: object, name: string): number | undefined => {
  const value: unknown = Reflect.get(payload, name);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

/**
 * Reads an OIDC access token's claims WITHOUT checking its signature: the fake trusts whatever identity
 * provider the dev setup uses. The user is `preferred_username`, else `sub`, as skaha's
 * StandardIdentityManager does. Returns undefined for anything that is not a JWT with a user.
 */
export function decodeJwt(token: string): JwtClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => base64UrlPart.test(part))) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(decodeBase64Url(parts[1] ?? ''));
  } catch {
    return undefined;
  }
  if (typeof payload !== 'object' || payload === null) return undefined;
  const username = stringClaim(payload, 'preferred_username') ?? stringClaim(payload, 'sub');
  if (username === undefined) return undefined;
  return {
    username,
    issuedAt: numberClaim(payload, 'iat'),
    expiresAt: numberClaim(payload, 'exp'),
    givenName: stringClaim(payload, 'given_name'),
    familyName: stringClaim(payload, 'family_name'),
    email: stringClaim(payload, 'email'),
  };
}
