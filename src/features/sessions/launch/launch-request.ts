import type { LaunchRequest, RegistryCredentials } from '@/api/skaha/session-mutations';
import { offersGpus, platformSetsResources, type LaunchFormState } from './launch-state';

export interface ResourceDefaults {
  cores: number | undefined;
  ram: number | undefined;
}

/**
 * What is sent: cores and RAM only for fixed resources (and never for desktop or Firefly), GPUs only when
 * the deployment offers them, the type can use them and one or more are chosen, command fields only for
 * headless jobs.
 */
export function toLaunchRequest(
  state: LaunchFormState,
  name: string,
  options: { defaults: ResourceDefaults; gpusEnabled: boolean; registryAuth?: RegistryCredentials },
): LaunchRequest {
  const fixed = state.resources === 'fixed' && !platformSetsResources(state.type);
  const headless = state.type === 'headless';
  return {
    name,
    image: state.image.trim(),
    type: state.type,
    cores: fixed ? (state.cores ?? options.defaults.cores) : undefined,
    ram: fixed ? (state.ram ?? options.defaults.ram) : undefined,
    gpus:
      options.gpusEnabled && offersGpus(state.type) && state.gpus !== undefined && state.gpus > 0
        ? state.gpus
        : undefined,
    cmd: headless && state.cmd.trim() ? state.cmd.trim() : undefined,
    args: headless && state.args.trim() ? state.args.trim() : undefined,
    env: headless
      ? state.env.filter((row) => row.key.trim() !== '').map((row) => `${row.key.trim()}=${row.value}`)
      : undefined,
    registryAuth: options.registryAuth,
  };
}

/** An environment row skaha would silently drop (it keeps only entries that split into exactly KEY and VALUE). */
export function envRowProblem(row: { key: string; value: string }): 'key' | 'equals' | undefined {
  if (row.key.trim() === '' && row.value === '') return undefined;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(row.key.trim())) return 'key';
  if (row.value.includes('=')) return 'equals';
  return undefined;
}
