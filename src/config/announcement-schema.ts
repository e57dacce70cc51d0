import * as z from 'zod/mini';

const text = z.string().check(z.minLength(1));

/** English is required (the fallback); French is optional. */
const localizedText = z.strictObject({ en: text, fr: z.optional(text) });

/** A link may only leave for an https address: never `javascript:`, `data:` or plain http. */
const httpsUrl = z.string().check(z.refine(isHttpsUrl, 'must be an https:// address'));

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * `announcement` in config.json: one banner for every page. The message is plain text (never markup); info
 * and warning can be dismissed (remembered by `id`), maintenance cannot.
 */
export const announcementSchema = z.strictObject({
  id: text,
  level: z.enum(['info', 'warning', 'maintenance']),
  message: localizedText,
  link: z.optional(z.strictObject({ href: httpsUrl, label: localizedText })),
});

export type Announcement = z.infer<typeof announcementSchema>;
export type AnnouncementLevel = Announcement['level'];
