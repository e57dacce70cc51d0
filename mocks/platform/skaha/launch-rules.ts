import type { Account } from '../accounts';
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
  now: number;
  random: Random;
  account: Account;
}

export const PRIVATE_IMAGE_MESSAGE =
  'No authentication provided for unknown or private image. Use x-skaha-registry-auth request header with base64Encode(username:secret).';

/** cores/ram are parsed as numbers and only their integer part is checked against the options. */
export function resourceOption(params: Params, name: 'cores' | 'ram', options: number[]): number | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  const value = raw.trim() === '' ? NaN : Number(raw);
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

// Only the shape of the credential is checked; it is never stored anywhere.
export function hasRegistryAuth(header: string | null): boolean {
  if (header === null) return false;
  try {
    const [user = '', ...secret] = atob(header.trim()).split(':');
    return user !== '' && secret.join(':') !== '';
  } catch {
    return false;
  }
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
