// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { intervalPerState, slowingInterval, unchangedFor } from './slowing-poll';

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

  it('holds an interval until the query’s state or the key changes, however often it is asked', () => {
    const query = { state: { dataUpdatedAt: 1 } };
    let asked = 0;
    const decide = () => {
      asked += 1;
      return 3_000 + asked;
    };
    expect(intervalPerState(query, '', decide)).toBe(3_001);
    expect(intervalPerState(query, '', decide)).toBe(3_001);
    expect(intervalPerState(query, 'mutating', decide)).toBe(3_002);
    query.state = { dataUpdatedAt: 2 };
    expect(intervalPerState(query, 'mutating', decide)).toBe(3_003);
    expect(intervalPerState({ state: query.state }, 'mutating', decide)).toBe(3_004);
    expect(asked).toBe(4);
  });
});
