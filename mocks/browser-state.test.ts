// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PENDING_MS_KEY, SCENARIO_KEY, restorePlatform, savePlatform } from './browser-state';
import { createFakePlatformControl } from './platform/control';

const memoryStorage = () => {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      items.set(key, value);
    },
  };
};

describe('browser state', () => {
  it('keeps the scenario and the launched sessions across a reload', () => {
    const storage = memoryStorage();
    const first = restorePlatform('?scenario=busy,slow', storage);
    const seeded = first.skaha.sessions.length;
    first.skaha.sessions.pop();
    first.advanceClock(60_000);
    savePlatform(first, storage);
    expect(storage.getItem(SCENARIO_KEY)).toBe('busy,slow');
    const reloaded = restorePlatform('', storage);
    expect(reloaded.scenario).toBe('busy,slow');
    expect(reloaded.skaha.sessions).toHaveLength(seeded - 1);
    expect(reloaded.clock.offset).toBe(60_000);
    expect(restorePlatform('?scenario=slow,busy', storage).skaha.sessions).toHaveLength(seeded - 1);
  });

  it('starts afresh when the scenario changes, and always for ?scenario=default', () => {
    const storage = memoryStorage();
    const first = restorePlatform('', storage);
    const seeded = first.skaha.sessions.length;
    first.skaha.sessions.pop();
    savePlatform(first, storage);
    expect(restorePlatform('', storage).skaha.sessions).toHaveLength(seeded - 1);
    expect(restorePlatform('?scenario=empty', storage).skaha.sessions).toEqual([]);
    expect(restorePlatform('?scenario=default', storage).skaha.sessions).toHaveLength(seeded);
  });

  it('keeps the signed-in tokens when the scenario changes', () => {
    const storage = memoryStorage();
    const first = restorePlatform('', storage);
    const token = first.tokenFor('jdoe');
    savePlatform(first, storage);
    const switched = restorePlatform('?scenario=empty', storage);
    expect(switched.authenticate(`Bearer ${token}`)?.username).toBe('jdoe');
    expect(switched.skaha.sessions).toEqual([]);
  });

  it('ignores a corrupt saved state', () => {
    const storage = memoryStorage();
    storage.setItem('fake-platform:state', '{not json');
    expect(restorePlatform('', storage).scenario).toBe('default');
  });

  it('keeps launches Pending for as long as the tab says, through a reload and a reset', () => {
    const storage = memoryStorage();
    expect(restorePlatform('', storage).skaha.pendingMs).toBeUndefined();
    storage.setItem(PENDING_MS_KEY, '1000');
    const platform = restorePlatform('?scenario=empty', storage);
    expect(platform.skaha.pendingMs).toBe(1000);
    savePlatform(platform, storage);
    expect(restorePlatform('', storage).skaha.pendingMs).toBe(1000);
    expect(createFakePlatformControl(platform).reset('busy').skaha.pendingMs).toBe(1000);
  });
});
