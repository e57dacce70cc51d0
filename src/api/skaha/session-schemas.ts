import * as z from 'zod/mini';
import { parseCores, parseCount, parseDecimalGigabytes } from './quantities';

export const SESSION_TYPES = ['notebook', 'desktop', 'carta', 'firefly', 'contributed', 'headless'] as const;
export const KNOWN_SESSION_TYPES = [...SESSION_TYPES, 'desktop-app'] as const;
export type KnownSessionType = (typeof KNOWN_SESSION_TYPES)[number];
export type LaunchableType = (typeof SESSION_TYPES)[number];

export const isKnownSessionType = (type: string): type is KnownSessionType =>
  KNOWN_SESSION_TYPES.some((known) => known === type);

/**
 * skaha's types grow ("more may come", platform-api §10.2): a known one is spelt canonically, any other is kept
 * as sent, so one new type never fails the whole list.
 */
export const sessionTypeSchema = z.pipe(
  z.string(),
  z.transform((value) => KNOWN_SESSION_TYPES.find((known) => known === value.toLowerCase()) ?? value),
);

// Every status skaha, its spec or the canfar client has ever used (platform-api §1.11).
export const SESSION_STATUSES = [
  'Pending',
  'Running',
  'Terminating',
  'Succeeded',
  'Completed',
  'Error',
  'Failed',
] as const;
export type KnownSessionStatus = (typeof SESSION_STATUSES)[number];

export const isKnownSessionStatus = (status: string): status is KnownSessionStatus =>
  SESSION_STATUSES.some((known) => known === status);

/** A known status spelt canonically; any other is kept as sent and shown as such. */
const statusSchema = z.pipe(
  z.string(),
  z.transform(
    (value) => SESSION_STATUSES.find((status) => status.toLowerCase() === value.toLowerCase()) ?? value,
  ),
);

const wireNumber = z.union([z.string(), z.number()]);
/**
 * An address the portal links to as it came from skaha (a session's Open), kept only when it is https with no
 * credentials in it; '' otherwise, which offers no Open. The session's token or password rides in its query,
 * so it must not be sent in clear, nor be a `javascript:` or `data:` link.
 */
function httpsOnly(value: string): string {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '' ? value : '';
  } catch {
    return '';
  }
}

const fromWire = <T>(parse: (value: string | number) => T) => z.pipe(wireNumber, z.transform(parse));
// memory in decimal gigabytes (10^9 bytes): skaha sends a 16 GiB request as "17.18"
const decimalGigabytes = z.optional(fromWire(parseDecimalGigabytes));
const cores = z.optional(fromWire(parseCores));
const text = z.optional(z.string());

/** ISO-8601 instants become epoch milliseconds once, here (numbers keep query results structurally shared). */
const instant = z.optional(
  z.pipe(
    z.string(),
    z.transform((value) => {
      const time = Date.parse(value);
      return Number.isNaN(time) ? undefined : time;
    }),
  ),
);

/** A skaha session. Gson omits null fields, so everything but id, type and status may be absent. */
export const sessionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  userid: text,
  runAsUID: text,
  runAsGID: text,
  supplementalGroups: z._default(z.array(z.number()), []),
  appid: text,
  image: z._default(z.string(), ''),
  type: sessionTypeSchema,
  status: statusSchema,
  name: z._default(z.string(), ''),
  startTime: instant,
  expiryTime: instant,
  connectURL: z._default(z.pipe(z.string(), z.transform(httpsOnly)), ''),
  requestedRAM: decimalGigabytes,
  requestedCPUCores: cores,
  requestedGPUCores: z._default(
    fromWire((value) => parseCount(value) ?? 0),
    0,
  ),
  ramInUse: decimalGigabytes,
  cpuCoresInUse: cores,
  gpuRAMInUse: decimalGigabytes,
  gpuUtilization: z.optional(fromWire(parseCount)),
  isFixedResources: z._default(z.boolean(), false),
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionListSchema = z.array(sessionSchema);

/** `view=all`: every user's sessions, reduced to public fields. */
export const publicSessionSchema = z.object({
  userid: z.string(),
  type: sessionTypeSchema,
  status: statusSchema,
  startTime: instant,
});
export type PublicSession = z.infer<typeof publicSessionSchema>;

/** A session that takes one of the user's interactive slots (skaha's own count, PostAction). */
export function countsTowardsLimit(session: Pick<Session, 'type' | 'status'>): boolean {
  return (
    session.type !== 'headless' &&
    session.type !== 'desktop-app' &&
    (session.status === 'Running' || session.status === 'Pending')
  );
}
