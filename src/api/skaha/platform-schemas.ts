import * as z from 'zod/mini';
import { parseCount, parseDecimalGigabytes, parseSessionCeilingGigabytes } from './quantities';

/** A number skaha may send as a string or as a Kubernetes quantity, converted once; unreadable is invalid. */
function wireQuantity(parse: (value: string | number) => number | undefined, message: string) {
  return z.pipe(
    z.union([z.number(), z.string()]),
    z.transform((value, ctx) => {
      const parsed = parse(value);
      if (parsed === undefined) {
        ctx.issues.push({ code: 'custom', message, input: value });
        return z.NEVER;
      }
      return parsed;
    }),
  );
}

const count = wireQuantity(parseCount, 'expected a number');
// read by unit: skaha's capacity and allocation are `G`, 10^9 bytes; its session ceiling counts GiB (quantities.ts)
const decimalGigabytes = wireQuantity(parseDecimalGigabytes, 'expected a memory quantity');
const sessionCeiling = wireQuantity(parseSessionCeilingGigabytes, 'expected a memory quantity');

/**
 * `view=stats`, current shape (skaha ≥ 1.1.5) and the older one that also carried `instances`. The RAM
 * figures are decimal gigabytes (10^9 bytes) whatever unit skaha wrote: "6144G" → 6144, "32Gi" → 34.36…, and
 * the ceiling's "64G" → 68.72… (64 GiB, parseSessionCeilingGigabytes).
 */
export const platformStatsSchema = z.object({
  cores: z.object({
    requestedCPUCores: count,
    cpuCoresAvailable: count,
    maxCPUCores: z.object({ cpuCores: count, withRam: sessionCeiling }),
  }),
  ram: z.object({
    requestedRAM: decimalGigabytes,
    ramAvailable: decimalGigabytes,
    maxRAM: z.object({ ram: sessionCeiling, withCPUCores: count }),
  }),
  instances: z.optional(z.object({ session: count, desktopApp: count, headless: count, total: count })),
});
export type PlatformStats = z.infer<typeof platformStatsSchema>;

const options = z._default(z.array(count), []);

const resourceOptions = z.object({
  default: z.optional(count),
  defaultRequest: z.optional(count),
  defaultLimit: z.optional(count),
  defaultHeadless: z.optional(count),
  options,
});

/** `/v1/context`: the options a launch may choose from. `maxInteractiveSessions` arrives as "3" from helm. */
export const contextSchema = z.object({
  cores: resourceOptions,
  memoryGB: resourceOptions,
  gpus: z._default(z.object({ options }), { options: [] }),
  maxInteractiveSessions: z.optional(count),
});
export type SkahaContext = z.infer<typeof contextSchema>;

export const imageSchema = z.object({
  id: z.string().check(z.minLength(1)),
  types: z._default(z.array(z.string()), []),
  digest: z.optional(z.string()),
});
export type SkahaImage = z.infer<typeof imageSchema>;
export const imageListSchema = z.array(imageSchema);

export const repositoryHostsSchema = z.array(z.string());
