// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { whoamiSchema } from '../ac/whoami-schema';
import { parseEventsTable } from './events';
import { contextSchema, imageListSchema, platformStatsSchema } from './platform-schemas';
import { gibibytesOf } from './quantities';
import { sessionListSchema } from './session-schemas';

// The real-format samples, kept in the repo (docs/samples) so a fresh clone tests without anything beside it.
const SAMPLES = join(import.meta.dirname, '../../../docs/samples');
/**
 * The shared reference samples: PORTAL_SHARED_SAMPLES, else shared/docs/samples beside the checkout or one of
 * its parents (/work/shared for /work/main and for a worktree under /work/wt).
 */
function sharedSamples(): string {
  const named = process.env.PORTAL_SHARED_SAMPLES;
  if (named) return named;
  const looked: string[] = [];
  for (let folder = join(import.meta.dirname, '../../..'); ; folder = dirname(folder)) {
    const candidate = join(folder, '..', 'shared/docs/samples');
    looked.push(candidate);
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) break;
  }
  throw new Error(`no shared reference samples (looked in ${looked.join(', ')}); set PORTAL_SHARED_SAMPLES`);
}
const read = (name: string) => readFileSync(join(SAMPLES, name), 'utf8');
const readJson = (name: string): unknown => JSON.parse(read(name));

describe('the real sample payloads', () => {
  it('parses the session list, converting string numbers and times once', () => {
    const sessions = sessionListSchema.parse(readJson('skaha-v1-session-list.json'));
    expect(sessions).toHaveLength(4);
    const [notebook, carta, desktop, headless] = sessions;
    expect(notebook).toMatchObject({
      id: 'k3x9q2ma',
      type: 'notebook',
      status: 'Running',
      ramInUse: 1.37,
      cpuCoresInUse: 0.042,
      requestedGPUCores: 0,
      isFixedResources: false,
      startTime: Date.parse('2026-08-18T14:02:11Z'),
    });
    expect(notebook?.requestedRAM).toBeUndefined();
    expect(carta).toMatchObject({ requestedRAM: 17.18, requestedCPUCores: 4, isFixedResources: true });
    expect(desktop?.status).toBe('Pending');
    expect(desktop?.startTime).toBeUndefined();
    expect(desktop?.expiryTime).toBeUndefined();
    expect(headless).toMatchObject({
      type: 'headless',
      status: 'Completed',
      requestedGPUCores: 1,
      connectURL: '',
    });
  });

  it('parses both shapes of the platform statistics', () => {
    const current = platformStatsSchema.parse(readJson('skaha-v1-session-stats.json'));
    expect(current.cores).toMatchObject({ requestedCPUCores: 412.5, cpuCoresAvailable: 1536 });
    // the ceiling's "64G" counts GiB (quantities.ts): the launch form's 64 GB
    expect(current.cores.maxCPUCores.cpuCores).toBe(16);
    expect(gibibytesOf(current.cores.maxCPUCores.withRam)).toBe(64);
    expect(current.ram.requestedRAM).toBeCloseTo(1874.25);
    expect(current.instances).toBeUndefined();
    const legacy = platformStatsSchema.parse(readJson('skaha-v1-session-stats-legacy-pre-1.1.5.json'));
    expect(legacy.instances).toEqual({ session: 57, desktopApp: 12, headless: 230, total: 299 });
    // skaha ≤ 1.1.3 wrote every RAM figure as bytes / 1024³ + "G": GiB, the portal's GB
    expect(gibibytesOf(legacy.ram.maxRAM.ram)).toBe(226);
    expect(gibibytesOf(legacy.ram.ramAvailable)).toBeCloseTo(4096);
    expect(gibibytesOf(legacy.ram.requestedRAM)).toBeCloseTo(1530);
  });

  it('parses the context, with maxInteractiveSessions sent as a string', () => {
    const context = contextSchema.parse(readJson('skaha-v1-context.json'));
    expect(context.maxInteractiveSessions).toBe(3);
    expect(context.cores.default).toBe(2);
    expect(context.memoryGB.options).toContain(192);
    expect(context.gpus.options).toEqual([1, 2, 3, 4]);
  });

  it('parses the image list', () => {
    const images = imageListSchema.parse(readJson('skaha-v1-image-list.json'));
    expect(images.map((image) => image.types)).toContainEqual(['headless', 'desktop-app']);
  });

  it('parses the events table into rows', () => {
    const events = parseEventsTable(read('skaha-v1-session-events.txt'));
    expect(events).toHaveLength(4);
    expect(events[0]).toEqual({
      type: 'Normal',
      reason: 'Scheduled',
      message: 'Successfully assigned skaha-workload/skaha-notebook-jdoe-k3x9q2ma-8xk2p to node-w17',
      firstTime: '2026-08-18T14:01:58Z',
      lastTime: '2026-08-18T14:01:58Z',
    });
    expect(events[1]?.message).toBe('Pulling image "images.canfar.net/skaha/astroml-notebook:26.03"');
  });

  it('parses whoami', () => {
    expect(whoamiSchema.parse(readJson('ac-whoami.json'))).toEqual({
      username: 'jdoe',
      firstName: 'Jane',
      lastName: 'Doe',
      email: 'jane.doe@example.org',
      institute: 'Example Observatory',
    });
  });

  it('keeps the copies identical to the shared reference samples', () => {
    const shared = sharedSamples();
    const names = readdirSync(shared);
    expect(names.length, shared).toBeGreaterThan(0);
    for (const name of names) {
      expect(read(name), name).toBe(readFileSync(join(shared, name), 'utf8'));
    }
  });
});
