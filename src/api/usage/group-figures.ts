import type { MemberUsage, SessionUsage, UsageTotals } from './usage-figures';

/**
 * A group's figures assembled from its members' own (per-username) figures: the portal asks for each
 * member's series by username, which is what the usage proxy lets a group's owner or administrators read.
 */

/** One member's row; a member who has used nothing yet is a row of zeros, not a missing row. */
export function memberUsage(username: string, totals: UsageTotals | undefined): MemberUsage {
  return {
    username,
    cpuCoreHours: totals?.cpuCoreHours ?? 0,
    memoryGibHours: totals?.memoryGibHours ?? 0,
    gpuHours: totals?.gpuHours ?? 0,
    sessionHours: totals?.sessionHours ?? 0,
    sessions: totals?.sessions ?? 0,
  };
}

/** The group's totals: every sum, and the largest memory peak of any member. */
export function sumTotals(all: readonly UsageTotals[]): UsageTotals {
  const sum = (pick: (totals: UsageTotals) => number) => all.reduce((total, each) => total + pick(each), 0);
  const peaks = all.flatMap((totals) => (totals.memoryPeakGib === undefined ? [] : [totals.memoryPeakGib]));
  return {
    cpuCoreHours: sum((totals) => totals.cpuCoreHours),
    memoryGibHours: sum((totals) => totals.memoryGibHours),
    gpuHours: sum((totals) => totals.gpuHours),
    sessionHours: sum((totals) => totals.sessionHours),
    sessions: sum((totals) => totals.sessions),
    cpuRequestedCoreHours: sum((totals) => totals.cpuRequestedCoreHours),
    memoryRequestedGibHours: sum((totals) => totals.memoryRequestedGibHours),
    memoryPeakGib: peaks.length === 0 ? undefined : Math.max(...peaks),
  };
}

/** Every member's sessions in one list, most session-hours first (each keeps the member who ran it). */
export function mergeSessions(lists: readonly (readonly SessionUsage[])[]): SessionUsage[] {
  return lists.flat().sort((a, b) => b.sessionHours - a.sessionHours || a.id.localeCompare(b.id));
}

/** Members by CPU used, then by name; those with nothing used yet come last, still listed. */
export function sortMembers(members: readonly MemberUsage[]): MemberUsage[] {
  return [...members].sort((a, b) => b.cpuCoreHours - a.cpuCoreHours || a.username.localeCompare(b.username));
}
