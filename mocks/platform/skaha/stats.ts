import type { GsonValue } from './gson';
import { JavaDouble, gsonPretty } from './gson';
import type { SessionRecord, SkahaData } from './model';
import { fixedResources, visibleSessions } from './model';

// MemoryUnitConverter.formatHumanReadable: up to three decimals, then the unit; its `G` is 10^9 bytes.
const gigabytes = (value: number) => `${Number(value.toFixed(3))}G`;
const GB_PER_GIB = 2 ** 30 / 1e9;

/** What a Running pod holds on its node, in GiB as launched: the fixed request, else the template's flexible one. */
function requestOf(record: SessionRecord): { cores: number; ramGiB: number } {
  const fixed = fixedResources(record);
  if (fixed) return { cores: fixed.cores, ramGiB: fixed.ramGB };
  return record.type === 'desktop' ? { cores: 0.25, ramGiB: 1 } : { cores: 1, ramGiB: 4 };
}

/**
 * The largest session allowed (GetAction.getResourceStats). With the chart's default (no LimitRange) it is the
 * resource file's `defaultLimit`, the memory written in `Gi`: `8.0` and `"32Gi"`. skaha ≤ 1.1.3 (`legacy`)
 * named the largest node's instead, in GiB labelled `G` as all its RAM figures (bytes / 1024³ + "G").
 */
function largestSession(data: SkahaData, legacy: boolean): { cores: number; ram: string } {
  if (legacy) return { cores: 16, ram: '64G' };
  return { cores: data.context.cores.defaultLimit, ram: `${String(data.context.memoryGB.defaultLimit)}Gi` };
}

/**
 * GET /v1/session?view=stats: capacity is fixed, allocation = base load + the Running sessions, both in decimal
 * `G` as skaha converts the Metrics API's quantities (ResourceQuantityFormatter.toPlatformRamString).
 */
export function statsDocument(data: SkahaData, now: number, legacy: boolean): string {
  const running = visibleSessions(data, now).filter(({ phase }) => phase.status === 'Running');
  const { capacity, baseLoad } = data.cluster;
  let cores = baseLoad.cores;
  let ramGB = baseLoad.ramGB;
  for (const { record } of running) {
    const request = requestOf(record);
    cores += request.cores;
    ramGB += request.ramGiB * GB_PER_GIB;
  }
  const count = (type: string) => running.filter(({ record }) => record.type === type).length;
  const desktopApps = baseLoad.desktopApps + count('desktop-app');
  const headless = baseLoad.headless + count('headless');
  const sessions = baseLoad.sessions + running.length - count('desktop-app') - count('headless');
  const largest = largestSession(data, legacy);
  const document: Record<string, GsonValue> = {
    // skaha ≤ 1.1.3 also counted the Running instances; 1.1.5 dropped them
    ...(legacy
      ? {
          instances: {
            session: sessions,
            desktopApp: desktopApps,
            headless,
            total: sessions + desktopApps + headless,
          },
        }
      : {}),
    cores: {
      requestedCPUCores: new JavaDouble(Math.min(cores, capacity.cores)),
      cpuCoresAvailable: new JavaDouble(capacity.cores),
      maxCPUCores: { cpuCores: new JavaDouble(largest.cores), withRam: largest.ram },
    },
    ram: {
      // skaha ≤ 1.1.3 divided bytes by 1024³ and wrote "G"; today's MemoryUnitConverter writes 10^9 bytes
      requestedRAM: gigabytes(Math.min(ramGB, capacity.ramGB) / (legacy ? GB_PER_GIB : 1)),
      ramAvailable: gigabytes(capacity.ramGB / (legacy ? GB_PER_GIB : 1)),
      maxRAM: { ram: largest.ram, withCPUCores: new JavaDouble(largest.cores) },
    },
  };
  return gsonPretty(document);
}
