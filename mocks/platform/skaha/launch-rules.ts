import type { Account } from '../accounts';
import type { HarborData } from '../harbor/model';
import { badRequest } from '../errors';
import type { Random } from '../random';
import type { SkahaData } from './model';
import { visibleSessions } from './model';

export interface Params {
  get(name: string): string | null;
  getAll(name: string): string[];
}

export interface LaunchContext {
  data: SkahaData;
  /** The registry, whose public images skaha lists (image-cache.ts). */
  harbor: HarborData;
  now: number;
  random: Random;
  account: Account;
}

// SkahaAction.getRegistryAuth, with its two spaces after the first sentence.
export const PRIVATE_IMAGE_MESSAGE =
  'No authentication provided for unknown or private image.  Use x-skaha-registry-auth request header with base64Encode(username:secret).';

/** Java's String.trim: characters up to U+0020 off both ends. */
export function javaTrim(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start += 1;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end -= 1;
  return value.slice(start, end);
}

/** Java's Character.isWhitespace: \t to \r, U+001C to U+001F, and Unicode's spaces but the no-break ones. */
function isJavaWhitespace(code: number): boolean {
  if ((code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f)) return true;
  if (code === 0xa0 || code === 0x2007 || code === 0x202f) return false;
  return /^[\p{Zs}\p{Zl}\p{Zp}]$/u.test(String.fromCharCode(code));
}

/** cadc-util's StringUtil.hasText, with which skaha tells a parameter given from one absent or blank. */
export function hasText(value: string | null): value is string {
  if (value === null) return false;
  for (let index = 0; index < value.length; index += 1) {
    if (!isJavaWhitespace(value.charCodeAt(index))) return true;
  }
  return false;
}

/**
 * cores/ram are parsed as numbers and only their integer part is checked against the options; blank is absent
 * (ResourceSpecification.getCoresParam, getRamParam).
 */
export function resourceOption(params: Params, name: 'cores' | 'ram', options: number[]): number | undefined {
  const raw = params.get(name);
  if (!hasText(raw)) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || !options.includes(Math.trunc(value))) {
    throw badRequest(`Invalid value for '${name}': ${raw}`);
  }
  return value;
}

export function checkImageHost(data: SkahaData, image: string): void {
  if (!data.registryHosts.some((host) => image.startsWith(host))) {
    throw badRequest(`session image '${image}' must come from one of [${data.registryHosts.join(', ')}]`);
  }
}

/** cadc-util's Base64.decode: strict, with no line breaks or blanks, then UTF-8 as Java reads the bytes. */
function decodeBase64(value: string): string {
  if (value.length % 4 !== 0) {
    throw badRequest('Length of Base64 encoded input string is not a multiple of 4.');
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value)) throw badRequest('Illegal character in Base64 encoded data.');
  return new TextDecoder().decode(Uint8Array.from(atob(value), (char) => char.charCodeAt(0)));
}

/**
 * The `x-skaha-registry-auth` header of a launch with an image that is not public (SkahaAction.getRegistryAuth,
 * ImageRepositoryAuth.fromEncoded): decoded, split on every `:` (Java's split, which drops trailing empty
 * parts), and exactly two parts kept, each trimmed. Only its shape is checked; it is never stored anywhere.
 */
export function checkRegistryAuth(header: string | null): void {
  if (header === null || header.trim() === '') throw badRequest(PRIVATE_IMAGE_MESSAGE);
  const parts = decodeBase64(header).split(':');
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  const [username, secret] = parts;
  if (parts.length !== 2 || username === undefined || secret === undefined) {
    throw badRequest('Invalid input.  Must be in form of username:secret');
  }
  if (username.trim() === '') throw badRequest('username is required.');
  if (secret.trim() === '') throw badRequest('secret value cannot be empty.');
}

const LABEL_VALUE = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/**
 * The session name as skaha lists it, its `canfar.net/name` label (SessionLabels.truncateLabelValue): the
 * lower-cased name cut to 63 characters, then shortened from the end until it starts and ends with a letter
 * or digit, so `run-` is listed as `run`; a name that starts with `-` is cut to nothing and refused.
 */
export function nameLabel(name: string): string {
  let label = name.toLowerCase().slice(0, 63);
  while (label !== '' && !LABEL_VALUE.test(label)) label = label.slice(0, -1);
  if (label === '') throw badRequest('canfar.net/name label value cannot be blank');
  return label;
}

export function checkSessionLimit({ data, now, account }: LaunchContext): void {
  const max = Number(data.context.maxInteractiveSessions);
  const active = visibleSessions(data, now).filter(
    ({ record, phase }) =>
      record.userid === account.username &&
      record.type !== 'headless' &&
      record.type !== 'desktop-app' &&
      (phase.status === 'Running' || phase.status === 'Pending'),
  );
  if (active.length >= max) {
    throw badRequest(`User ${account.username} has reached the maximum of ${max} active sessions.`);
  }
}
