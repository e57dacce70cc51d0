import type { RequestHandler } from 'msw';
import type { Platform } from '../platform/platform';

/** The fake harbor service; filled in by the harbor area. */
export function harborHandlers(_getPlatform: () => Platform, _base: string): RequestHandler[] {
  return [];
}
