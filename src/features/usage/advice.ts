import { platformSetsResources } from '@/api/skaha/session-resources';
import type { SessionUsage } from '@/api/usage/usage-figures';

/** The next size a person would ask for: a power of two, at least 1. */
export function roundUpSize(value: number): number {
  return 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(value, 1))));
}

export type Advice =
  | { resource: 'memory'; session: SessionUsage; requested: number; peak: number; suggested: number }
  | { resource: 'cpu'; session: SessionUsage; requested: number; used: number; suggested: number };

// Half again above the peak leaves room for a spike the scrape missed.
const MEMORY_HEADROOM = 1.5;
const CPU_HEADROOM = 2;

/** Shorter sessions say too little about what they need. */
const JUDGED_HOURS = 0.25;

/**
 * Whether a session is left out of the advice for having no request of its own: a flexible session's is the
 * operators' default, which its owner never chose.
 */
export const isUnjudgedFlexible = (session: SessionUsage) =>
  session.flexible && session.sessionHours >= JUDGED_HOURS;

/**
 * Where a session asked for much more than it used, the size that would have done ("you asked for 16 GB
 * and used at most 2 GB: 4 GB would do"). Only sessions with fixed resources that ran at least a quarter of
 * an hour are judged, and only of the types whose size a person chooses: a desktop's or Firefly's is the
 * platform's template, which no launch can change.
 */
export function adviseSession(session: SessionUsage): Advice[] {
  const advice: Advice[] = [];
  if (session.flexible || session.sessionHours < JUDGED_HOURS || platformSetsResources(session.kind))
    return advice;
  const { memoryRequestGib, memoryPeakGib, cpuRequest } = session;
  if (memoryRequestGib !== undefined && memoryPeakGib !== undefined) {
    const suggested = roundUpSize(memoryPeakGib * MEMORY_HEADROOM);
    if (suggested < memoryRequestGib)
      advice.push({
        resource: 'memory',
        session,
        requested: memoryRequestGib,
        peak: memoryPeakGib,
        suggested,
      });
  }
  if (cpuRequest !== undefined && session.sessionHours > 0) {
    const used = session.cpuCoreHours / session.sessionHours;
    const suggested = roundUpSize(used * CPU_HEADROOM);
    if (suggested < cpuRequest)
      advice.push({ resource: 'cpu', session, requested: cpuRequest, used, suggested });
  }
  return advice;
}

/** The advice worth reading first: the largest savings, a few at most. */
export function topAdvice(sessions: readonly SessionUsage[], limit = 5): Advice[] {
  const saving = (item: Advice) => (item.requested - item.suggested) / item.requested;
  return sessions
    .flatMap(adviseSession)
    .sort((a, b) => saving(b) - saving(a) || b.session.sessionHours - a.session.sessionHours)
    .slice(0, limit);
}
