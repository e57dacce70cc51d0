import type { RequestHandler } from 'msw';
import type { Platform } from '../platform/platform';

/** The fake storage service; filled in by the storage area. */
export function storageHandlers(_getPlatform: () => Platform, _base: string): RequestHandler[] {
  return [];
}
