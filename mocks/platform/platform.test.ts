// @vitest-environment node
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHandlers, defaultServices } from '../handlers/index';
import { advanceClock, getPlatform, resetFakePlatform } from '../node';
import { getSessions, launch, notebook, runAgainstFakePlatform } from '../test-helpers';
import type { Platform } from './platform';
import { createPlatform } from './platform';
import { formatEventTable } from './skaha/events';

runAgainstFakePlatform();

async function listOn(platform: Platform, token: string): Promise<string> {
  const request = new Request('http://x/skaha/v1/session', { headers: { Authorization: `Bearer ${token}` } });
  const response = await getResponse(
    createHandlers(() => platform, defaultServices),
    request,
  );
  return (await response?.text()) ?? '';
}

describe('snapshot', () => {
  it('round-trips through JSON: same sessions, same tokens, same next ids', async () => {
    const { text } = await launch(notebook);
    advanceClock(10_000);
    const original = getPlatform();
    const token = original.tokenFor('jdoe');
    const restored = createPlatform({ snapshot: JSON.parse(JSON.stringify(original.snapshot())) as unknown });
    expect(restored.scenario).toBe('default');
    expect(restored.clock.offset).toBe(original.clock.offset);
    expect(await listOn(restored, token)).toBe(await listOn(original, token));
    expect(await listOn(restored, token)).toContain(`"id": "${text.trim()}"`);
    expect(restored.random.chars(8)).toBe(original.random.chars(8));
  });

  it('refuses something that is not a snapshot', () => {
    expect(() => createPlatform({ snapshot: { version: 0 } })).toThrow();
  });

  it('is deterministic: the same scenario seeds the same sessions', () => {
    const summary = (platform: Platform) =>
      platform.skaha.sessions.map((s) => `${s.userid}/${s.id}/${s.name}/${s.type}`);
    expect(summary(createPlatform({ scenario: 'busy' }))).toEqual(
      summary(createPlatform({ scenario: 'busy' })),
    );
  });
});

describe('lifecycle state', () => {
  it('computes status lazily from platform time, so nothing runs in the background', async () => {
    resetFakePlatform();
    expect((await getSessions()).find((s) => s.id === 'd2n8vb0e')?.status).toBe('Pending');
    advanceClock(6_000);
    expect((await getSessions()).find((s) => s.id === 'd2n8vb0e')?.status).toBe('Running');
  });
});

describe('events table', () => {
  it('reproduces samples/skaha-v1-session-events.txt byte for byte', () => {
    const at = (time: string) => Date.parse(time);
    const event = (reason: string, message: string, time: string) => ({
      type: 'Normal' as const,
      reason,
      message,
      first: at(time),
      last: at(time),
    });
    const table = formatEventTable([
      event(
        'Scheduled',
        'Successfully assigned skaha-workload/skaha-notebook-jdoe-k3x9q2ma-8xk2p to node-w17',
        '2026-08-18T14:01:58Z',
      ),
      event(
        'Pulling',
        'Pulling image "images.canfar.net/skaha/astroml-notebook:26.03"',
        '2026-08-18T14:01:59Z',
      ),
      event('Pulled', 'Successfully pulled image in 9.1s', '2026-08-18T14:02:08Z'),
      event('Started', 'Started container', '2026-08-18T14:02:10Z'),
    ]);
    expect(table).toBe(
      [
        'TYPE      REASON       MESSAGE                                                        FIRST-TIME             LAST-TIME',
        'Normal    Scheduled    Successfully assigned skaha-workload/skaha-notebook-jdoe-k3x9q2ma-8xk2p to node-w17   2026-08-18T14:01:58Z   2026-08-18T14:01:58Z',
        'Normal    Pulling      Pulling image "images.canfar.net/skaha/astroml-notebook:26.03"   2026-08-18T14:01:59Z   2026-08-18T14:01:59Z',
        'Normal    Pulled       Successfully pulled image in 9.1s                              2026-08-18T14:02:08Z   2026-08-18T14:02:08Z',
        'Normal    Started      Started container                                              2026-08-18T14:02:10Z   2026-08-18T14:02:10Z',
        '',
      ].join('\n'),
    );
    expect(formatEventTable([])).toBe('<none>\n');
  });
});
