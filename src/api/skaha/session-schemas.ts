import * as z from 'zod/mini';
import { parseCores, parseCount, parseGigabytes } from './quantities';

export const SESSION_TYPES = ['notebook', 'desktop', 'carta', 'firefly', 'contributed', 'headless'] as const;
export const sessionTypeSchema = z.enum([...SESSION_TYPES, 'desktop-app']);
export type SessionType = z.infer<typeof sessionTypeSchema>;
export type LaunchableType = (typeof SESSION_TYPES)[number];

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
export type SessionStatus = (typeof SESSION_STATUSES)[number] | 'Unknown';

const statusSchema = z.pipe(
  z.string(),
  z.transform((value): SessionStatus => {
    const known = SESSION_STATUSES.find((status) => status.toLowerCase() === value.toLowerCase());
    return known ?? 'Unknown';
  }),
);

const wireNumber = z.union([z.string(), z.number()]);
const fromWire = <T>(parse: (value: string | number) => T) => z.pipe(wireNumber, z.transform(parse));
const gigabytes = z.optional(fromWire(parseGigabytes));
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
  connectURL: z._default(z.string(), ''),
  requestedRAM: gigabytes,
  requestedCPUCores: cores,
  requestedGPUCores: z._default(
    fromWire((value) => parseCount(value) ?? 0),
    0,
  ),
  ramInUse: gigabytes,
  cpuCoresInUse: cores,
  gpuRAMInUse: gigabytes,
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
