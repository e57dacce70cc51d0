import type { RequestHandler } from 'msw';
import type { Platform } from '../platform/platform';

/** The fake usage service; filled in by the usage area. */
export function usageHandlers(_getPlatform: () => Platform, _base: string): RequestHandler[] {
  return [];
}
