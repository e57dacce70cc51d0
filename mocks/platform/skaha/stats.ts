import type { GsonValue } from './gson';
import { JavaDouble, gsonPretty } from './gson';
import type { SessionRecord, SkahaData } from './model';
import { visibleSessions } from './model';

// MemoryUnitConverter: up to three decimals, then the unit.
const gigabytes = (value: number) => `${Number(value.toFixed(3))}G`;

/** What a Running pod holds on its node: the fixed request, else the template's flexible request. */
function requestOf(record: SessionRecord): { cores: number; ramGB: number } {
  if (record.fixed) return record.fixed;
  return record.type === 'desktop' ? { cores: 0.25, ramGB: 1 } : { cores: 1, ramGB: 4 };
}

/** GET /v1/session?view=stats: capacity is fixed, allocation = base load + the Running sessions. */
export function statsDocument(data: SkahaData, now: number, legacy: boolean): string {
  const running = visibleSessions(data, now).filter(({ phase }) => phase.status === 'Running');
  const { capacity, baseLoad } = data.cluster;
  let cores = baseLoad.cores;
  let ramGB = baseLoad.ramGB;
  for (const { record } of running) {
    const request = requestOf(record);
    cores += request.cores;
    ramGB += request.ramGB;
  }
  const count = (type: string) => running.filter(({ record }) => record.type === type).length;
  const desktopApps = baseLoad.desktopApps + count('desktop-app');
  const headless = baseLoad.headless + count('headless');
  const sessions = baseLoad.sessions + running.length - count('desktop-app') - count('headless');
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
      maxCPUCores: { cpuCores: new JavaDouble(16), withRam: '64G' },
    },
    ram: {
      requestedRAM: gigabytes(Math.min(ramGB, capacity.ramGB)),
      ramAvailable: gigabytes(capacity.ramGB),
      maxRAM: { ram: '64G', withCPUCores: new JavaDouble(16) },
    },
  };
  return gsonPretty(document);
}
