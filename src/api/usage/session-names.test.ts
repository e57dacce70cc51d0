// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sessionNames } from './session-names';
import type { SessionUsage } from './usage-figures';

const session = (id: string, name: string, kind = 'notebook'): SessionUsage => ({
  id,
  name,
  kind,
  username: 'jdoe',
  cpuCoreHours: 1,
  sessionHours: 1,
  gpuHours: 0,
  cpuRequest: undefined,
  memoryRequestGib: undefined,
  memoryPeakGib: undefined,
  flexible: false,
});

describe('session names', () => {
  it('names each session by the name its owner gave it, and leaves out those without one', () => {
    const names = sessionNames([session('k3x9q2ma', 'notebook1'), session('jdg3eclr', '')]);
    expect([...names]).toEqual([['k3x9q2ma', 'notebook1']]);
    expect(sessionNames(undefined).size).toBe(0);
  });

  it("names a desktop's session by the desktop, not by an app that shares its id", () => {
    for (const order of [
      [session('m4r8c2nt', 'desktop1', 'desktop'), session('m4r8c2nt', 'ds9-8-6', 'desktop-app')],
      [session('m4r8c2nt', 'ds9-8-6', 'desktop-app'), session('m4r8c2nt', 'desktop1', 'desktop')],
    ])
      expect([...sessionNames(order)]).toEqual([['m4r8c2nt', 'desktop1']]);
  });
});
