import type { PlatformStats, SkahaContext } from './platform-schemas';
import { gibibytesOf } from './quantities';

/**
 * The largest fixed session the platform offers, where it is larger than what skaha's statistics call the
 * largest session; undefined where the statistics' figures are the ceiling. Those figures are a LimitRange's
 * maximum where the platform sets one, and `/v1/context` then offers 1..that maximum; without one (the chart's
 * resource file) they are the file's `defaultLimit`, a flexible session's ceiling, while the same file offers
 * larger fixed sizes (GetAction.getResourceStats; platform-api §1.13, §1.15). Cores and GB as the launch form
 * offers them (GB being GiB there).
 */
export function largerFixedSession(
  stats: PlatformStats,
  context: SkahaContext | undefined,
): { cores: number; ram: number } | undefined {
  // skaha ≤ 1.1.3 (the older shape, with `instances`) named the nodes with the most free cores and memory: a
  // session larger than those could not start then, whatever the options
  if (context === undefined || stats.instances !== undefined) return undefined;
  const cores = Math.max(0, ...context.cores.options);
  const ram = Math.max(0, ...context.memoryGB.options);
  // the statistics' memory is in decimal GB; the options are GiB
  const statsRam = gibibytesOf(stats.ram.maxRAM.ram);
  if (cores <= stats.cores.maxCPUCores.cpuCores && ram <= statsRam + 0.5) return undefined;
  return {
    cores: Math.max(cores, stats.cores.maxCPUCores.cpuCores),
    ram: Math.max(ram, Math.round(statsRam)),
  };
}
