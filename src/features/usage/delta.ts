/** How a figure compares with the same figure over the previous period of the same length. */
export type Delta =
  | { kind: 'up' | 'down'; fraction: number }
  | { kind: 'same' }
  /** Something now, nothing before: a percentage would be infinite. */
  | { kind: 'new' };

/** Changes under half a percent read as "the same": the figures carry that much noise from sampling. */
const SAME = 0.005;

export function compareToPrevious(now: number, before: number): Delta {
  if (before <= 0) return now > 0 ? { kind: 'new' } : { kind: 'same' };
  const change = (now - before) / before;
  if (Math.abs(change) < SAME) return { kind: 'same' };
  return { kind: change > 0 ? 'up' : 'down', fraction: Math.abs(change) };
}
