import type { LaunchRequest, RegistryCredentials } from '@/api/skaha/session-mutations';
import { platformSetsResources } from '@/api/skaha/session-resources';
import { offersGpus, type LaunchFormState } from './launch-state';

export interface ResourceDefaults {
  cores: number | undefined;
  ram: number | undefined;
}

/** What `/v1/context` offers; skaha refuses any other value with 400 "Invalid value for '…'". */
export interface OfferedResources {
  cores: readonly number[];
  ram: readonly number[];
  gpus: readonly number[];
}

const isOffered = (value: number, options: readonly number[] | undefined) =>
  options === undefined || options.includes(value);

export interface UnofferedResources {
  cores?: number;
  ram?: number;
  gpus?: number;
}

/**
 * The chosen values that would be sent but that the platform does not offer (undefined when there are none):
 * a link, preset or remembered launch can carry any number. toLaunchRequest sends the default instead.
 */
export function unofferedResources(
  state: LaunchFormState,
  offered: OfferedResources,
  gpusEnabled: boolean,
): UnofferedResources | undefined {
  const fixed = state.resources === 'fixed' && !platformSetsResources(state.type);
  const found: UnofferedResources = {};
  if (fixed && state.cores !== undefined && !offered.cores.includes(state.cores)) found.cores = state.cores;
  if (fixed && state.ram !== undefined && !offered.ram.includes(state.ram)) found.ram = state.ram;
  const gpus = state.gpus ?? 0;
  if (gpusEnabled && offersGpus(state.type) && gpus > 0 && !offered.gpus.includes(gpus)) found.gpus = gpus;
  return found.cores === undefined && found.ram === undefined && found.gpus === undefined ? undefined : found;
}

export type RegistryField = 'user' | 'secret';

/**
 * The private-image credentials that hold a `:`. skaha splits the decoded `user:secret` header on every `:`
 * and wants exactly two parts (ImageRepositoryAuth.fromEncoded: 400 "Invalid input.  Must be in form of
 * username:secret"); a secret that ends in `:` would even pass, cut short.
 */
export function registryColonFields(credentials: { user: string; secret: string }): RegistryField[] {
  const fields: RegistryField[] = ['user', 'secret'];
  return fields.filter((field) => credentials[field].includes(':'));
}

/**
 * skaha splits the arguments on each single space (PostAction.getHeadlessImageBundle), so two spaces in a
 * row would send an empty argument.
 */
export const normalizeArgs = (args: string) => args.trim().replace(/ {2,}/g, ' ');

/**
 * What is sent: cores and RAM only for fixed resources (and never for desktop or Firefly), GPUs only when
 * the deployment offers them, the type can use them and one or more are chosen, command fields only for
 * headless jobs.
 */
export function toLaunchRequest(
  state: LaunchFormState,
  name: string,
  options: {
    defaults: ResourceDefaults;
    /** Undefined until `/v1/context` answers; then a value it does not offer falls back to the default. */
    offered?: OfferedResources;
    gpusEnabled: boolean;
    registryAuth?: RegistryCredentials;
  },
): LaunchRequest {
  const fixed = state.resources === 'fixed' && !platformSetsResources(state.type);
  const headless = state.type === 'headless';
  const { offered } = options;
  const cores = state.cores !== undefined && isOffered(state.cores, offered?.cores) ? state.cores : undefined;
  const ram = state.ram !== undefined && isOffered(state.ram, offered?.ram) ? state.ram : undefined;
  const args = normalizeArgs(state.args);
  return {
    name,
    image: state.image.trim(),
    type: state.type,
    cores: fixed ? (cores ?? options.defaults.cores) : undefined,
    ram: fixed ? (ram ?? options.defaults.ram) : undefined,
    gpus:
      options.gpusEnabled &&
      offersGpus(state.type) &&
      state.gpus !== undefined &&
      state.gpus > 0 &&
      isOffered(state.gpus, offered?.gpus)
        ? state.gpus
        : undefined,
    cmd: headless && state.cmd.trim() ? state.cmd.trim() : undefined,
    args: headless && args ? args : undefined,
    env: headless
      ? state.env.filter((row) => row.key.trim() !== '').map((row) => `${row.key.trim()}=${row.value}`)
      : undefined,
    registryAuth: options.registryAuth,
  };
}

/**
 * Characters skaha cannot pass through to a job. It writes the command, arguments and variable values into the
 * job's YAML between double quotes (PostAction.getHeadlessImageBundle), so a `"` breaks the YAML, then inserts
 * that YAML with Java's String.replaceAll (SessionJobBuilder.setConfigValue), where `$` is a group reference
 * (400 "Illegal group reference") and `\` an escape that disappears.
 */
export type UnsafeCharacter = '$' | '"' | '\\';

export function unsafeCharacter(value: string): UnsafeCharacter | undefined {
  if (value.includes('$')) return '$';
  if (value.includes('"')) return '"';
  if (value.includes('\\')) return '\\';
  return undefined;
}

/** A command with a space is sent as one program name (`command: ["python run.py"]`), which does not exist. */
export function commandProblem(cmd: string): UnsafeCharacter | 'space' | undefined {
  const trimmed = cmd.trim();
  return unsafeCharacter(trimmed) ?? (/\s/.test(trimmed) ? 'space' : undefined);
}

export const argsProblem = (args: string): UnsafeCharacter | undefined => unsafeCharacter(args);

export type EnvRowProblem = 'key' | 'equals' | 'empty' | UnsafeCharacter;

/**
 * An environment row skaha would drop or refuse. It keeps only entries that Java's `split("=")` cuts into
 * exactly KEY and VALUE (PostAction.getHeadlessImageBundle): `KEY=` gives one part, so an empty value drops
 * the variable.
 */
export function envRowProblem(row: { key: string; value: string }): EnvRowProblem | undefined {
  if (row.key.trim() === '' && row.value === '') return undefined;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(row.key.trim())) return 'key';
  if (row.value === '') return 'empty';
  if (row.value.includes('=')) return 'equals';
  return unsafeCharacter(row.value);
}

/**
 * Whether anything typed in a headless job's fields would be refused, dropped or changed by skaha. A value not
 * yet given is not counted here (hasEmptyEnvValue): it is what a remembered launch brings back.
 */
export function hasJobProblem(state: LaunchFormState): boolean {
  if (state.type !== 'headless') return false;
  return (
    commandProblem(state.cmd) !== undefined ||
    argsProblem(state.args) !== undefined ||
    state.env.some((row) => {
      const problem = envRowProblem(row);
      return problem !== undefined && problem !== 'empty';
    })
  );
}

/** A variable with a name and no value, which skaha would drop. */
export const hasEmptyEnvValue = (state: LaunchFormState) =>
  state.env.some((row) => envRowProblem(row) === 'empty');
