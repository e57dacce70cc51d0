/**
 * The fake cavern's state, kept in the platform snapshot (JSON, saved per tab in the browser): keep it small —
 * generate large seeded data deterministically on demand and store only what users change.
 */
export interface StorageData {
  /** Bytes used and allowed per allocation folder (`/home/jdoe`, `/projects/skysurvey`). */
  allocations: Record<string, { used: number; quota: number }>;
}
