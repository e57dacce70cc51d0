/**
 * The fake usage service's state, kept in the platform snapshot (JSON, saved per tab in the browser): only
 * the seed time. The series are computed on demand from the skaha sessions and a seeded history
 * (`pods.ts`), so every answer for a given query and time is the same.
 */
export interface UsageData {
  seedTime: number;
}
