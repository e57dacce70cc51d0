// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { slowingInterval, unchangedFor } from './slowing-poll';

describe('a poll that slows while nothing changes', () => {
  it('counts the time since what it shows last changed, per polled thing', () => {
    const list = {};
    const other = {};
    expect(unchangedFor(list, 'a:Pending', 1_000)).toBe(0);
    expect(unchangedFor(list, 'a:Pending', 7_000)).toBe(6_000);
    expect(unchangedFor(other, 'a:Pending', 7_000)).toBe(0);
    expect(unchangedFor(list, 'a:Running', 8_000)).toBe(0);
    expect(unchangedFor(list, 'a:Running', 9_000)).toBe(1_000);
  });

  it('waits a share of that time, between its bounds', () => {
    const poll = { minMs: 3_000, maxMs: 30_000, share: 1 / 4 };
    expect(slowingInterval(0, poll)).toBe(3_000);
    expect(slowingInterval(12_000, poll)).toBe(3_000);
    expect(slowingInterval(40_000, poll)).toBe(10_000);
    expect(slowingInterval(3_600_000, poll)).toBe(30_000);
  });
});
