/**
 * The fake harbor service's state, kept in the platform snapshot (JSON, saved per tab in the browser):
 * keep it small — generate large seeded data deterministically on demand and store only what users change.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the harbor area
export interface HarborData {}
