import * as z from 'zod/mini';
import { isPathOnThisOrigin } from './url-rules';

/** An https address elsewhere, or a path on the portal's own origin (`/access/request`); never `//host` or `javascript:`. */
export function isSafeLinkTarget(value: string): boolean {
  if (value.startsWith('/')) return isPathOnThisOrigin(value) && !value.includes('\\');
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

const linkTarget = z
  .string()
  .check(z.refine(isSafeLinkTarget, 'must be an https:// address or a path starting with /'));

/** `links` in config.json: where the portal sends people for things it cannot do itself. */
export const linksSchema = z.strictObject({
  /** Where a user outside the platform's access group asks to be let in. */
  requestAccess: z.optional(linkTarget),
  /** The site's pages, offered on the sign-in form (register, resetPassword) and in the account menu (the rest). */
  register: z.optional(linkTarget),
  resetPassword: z.optional(linkTarget),
  groups: z.optional(linkTarget),
  help: z.optional(linkTarget),
  support: z.optional(linkTarget),
  status: z.optional(linkTarget),
});
