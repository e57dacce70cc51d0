// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { onBlockBoundaries } from './prometheus';

const at = (iso: string) => Date.parse(iso) / 1000;

describe('onBlockBoundaries', () => {
  it('starts a range that begins in the last minute of a 2-hour block at that block’s start', () => {
    // the last day of an anchor at 16:59 began at 13:59 the day before, where promtool recorded nothing
    expect(
      onBlockBoundaries([{ start: at('2026-12-03T13:59:00Z'), end: at('2026-12-04T16:59:00Z') }]),
    ).toEqual([{ start: at('2026-12-03T12:00:00Z'), end: at('2026-12-04T16:59:00Z') }]);
  });

  it('merges spans that meet once aligned, and keeps apart those in other blocks', () => {
    const spans = [
      { start: at('2026-11-02T09:05:00Z'), end: at('2026-11-02T09:40:00Z') },
      { start: at('2026-11-01T10:15:00Z'), end: at('2026-11-01T10:50:00Z') },
      { start: at('2026-11-01T11:30:00Z'), end: at('2026-11-01T12:20:00Z') },
      { start: at('2026-11-01T12:25:00Z'), end: at('2026-11-01T12:40:00Z') },
    ];
    // 11:30 and 12:25 align to 10:00 and 12:00, inside the spans before them: merged, so that no evaluation
    // is recorded twice
    expect(onBlockBoundaries(spans)).toEqual([
      { start: at('2026-11-01T10:00:00Z'), end: at('2026-11-01T12:40:00Z') },
      { start: at('2026-11-02T08:00:00Z'), end: at('2026-11-02T09:40:00Z') },
    ]);
  });

  it('leaves a span already on a boundary as it is', () => {
    const span = { start: at('2026-12-03T14:00:00Z'), end: at('2026-12-03T15:00:00Z') };
    expect(onBlockBoundaries([span])).toEqual([span]);
  });
});
