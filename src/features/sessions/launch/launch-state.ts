import { platformSetsResources } from '@/api/skaha/session-resources';
import { SESSION_TYPES, type LaunchableType } from '@/api/skaha/session-schemas';
import { areArgsSecret, containsToken, isSecretRow } from './launch-secrets';

export type ResourceMode = 'flexible' | 'fixed';

export interface EnvRow {
  key: string;
  value: string;
  /** Marked secret by the user: its value stays out of the URL (launch-secrets.ts detects others). */
  secret: boolean;
}

/**
 * Everything the launch form holds except the registry secret: it lives in the URL so a link reopens it, all
 * but the values that may be secrets (launch-secrets.ts), which stay in memory.
 */
export interface LaunchFormState {
  type: LaunchableType;
  /** A full image reference, `host/project/repository:tag`. */
  image: string;
  /** The private or unlisted image fields are open. */
  custom: boolean;
  /** Absent: the form suggests one (`notebook1`, `carta2`…). */
  name: string | undefined;
  resources: ResourceMode;
  cores: number | undefined;
  ram: number | undefined;
  gpus: number | undefined;
  cmd: string;
  args: string;
  /** The arguments are marked secret: they stay out of the URL. */
  argsSecret: boolean;
  env: EnvRow[];
  /** As the field holds it while edited: undefined when empty, and possibly out of range (launch-readiness.ts). */
  replicas: number | undefined;
  /** Registry user name for a private image (the secret is never kept here). */
  registryUser: string;
}

export const MAX_REPLICAS = 512;

/** A number of replicas the form launches: a whole number from 1 to MAX_REPLICAS. */
export const isReplicaCount = (replicas: number | undefined): replicas is number =>
  replicas !== undefined && Number.isInteger(replicas) && replicas >= 1 && replicas <= MAX_REPLICAS;

const isLaunchableType = (value: string | null): value is LaunchableType =>
  SESSION_TYPES.some((type) => type === value);

const positiveInt = (value: string | null): number | undefined => {
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  const parsed = Number(value);
  return parsed > 0 ? parsed : undefined;
};

/**
 * `KEY=VALUE` → a row; the value may itself contain `=`. A bare `KEY` is a secret row whose value was kept
 * out of the link.
 */
export function parseEnvEntry(entry: string): EnvRow {
  const at = entry.indexOf('=');
  return at < 0
    ? { key: entry, value: '', secret: true }
    : { key: entry.slice(0, at), value: entry.slice(at + 1), secret: false };
}

/** A row as the URL holds it: a secret row keeps its key, never its value. */
const envEntry = (row: EnvRow) => (isSecretRow(row) ? row.key : `${row.key}=${row.value}`);

/** Reads the form from the URL; anything unreadable falls back to its default rather than failing. */
export function readLaunchState(params: URLSearchParams): LaunchFormState {
  const type = params.get('type');
  const replicas = positiveInt(params.get('replicas')) ?? 1;
  return {
    type: isLaunchableType(type) ? type : 'notebook',
    image: params.get('image') ?? '',
    custom: params.get('custom') === '1',
    name: params.get('name') ?? undefined,
    resources: params.get('resources') === 'fixed' ? 'fixed' : 'flexible',
    cores: positiveInt(params.get('cores')),
    ram: positiveInt(params.get('ram')),
    gpus: positiveInt(params.get('gpus')),
    cmd: params.get('cmd') ?? '',
    args: params.get('args') ?? '',
    argsSecret: params.get('argsSecret') === '1',
    env: params.getAll('env').map(parseEnvEntry),
    replicas: Math.min(replicas, MAX_REPLICAS),
    registryUser: params.get('registryUser') ?? '',
  };
}

/** The URL form of the state, leaving defaults out so links stay short, and secret values out entirely. */
export function writeLaunchState(state: LaunchFormState): URLSearchParams {
  const params = new URLSearchParams({ type: state.type });
  if (state.image) params.set('image', state.image);
  if (state.custom) params.set('custom', '1');
  if (state.name !== undefined) params.set('name', state.name);
  if (state.resources === 'fixed') params.set('resources', 'fixed');
  if (state.cores !== undefined) params.set('cores', String(state.cores));
  if (state.ram !== undefined) params.set('ram', String(state.ram));
  if (state.gpus !== undefined) params.set('gpus', String(state.gpus));
  // a command that carries a token stays in the form only, as marked arguments do
  if (state.cmd && !containsToken(state.cmd)) params.set('cmd', state.cmd);
  const argsSecret = areArgsSecret(state.args, state.argsSecret);
  if (state.args && !argsSecret) params.set('args', state.args);
  if (argsSecret) params.set('argsSecret', '1');
  for (const row of state.env) params.append('env', envEntry(row));
  // a number being typed, or out of range, is the field's to show, not a link's to keep
  if (isReplicaCount(state.replicas) && state.replicas > 1) params.set('replicas', String(state.replicas));
  if (state.registryUser) params.set('registryUser', state.registryUser);
  return params;
}

/**
 * skaha would attach GPUs to any session's first container, but the Desktop pod is only the VNC shell (its apps
 * run in pods of their own, without GPUs) and Firefly is a Java web server: a GPU there is held and never used,
 * so the form does not offer one for the types whose resources the platform sets.
 */
export const offersGpus = (type: LaunchableType) => !platformSetsResources(type);
