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

const memoryQuantity = z.union([z.number(), z.string()]);

const wireStats = z.object({
  cores: z.object({
    requestedCPUCores: count,
    cpuCoresAvailable: count,
    maxCPUCores: z.object({ cpuCores: count, withRam: memoryQuantity }),
  }),
  ram: z.object({
    requestedRAM: memoryQuantity,
    ramAvailable: memoryQuantity,
    maxRAM: z.object({ ram: memoryQuantity, withCPUCores: count }),
  }),
  instances: z.optional(z.object({ session: count, desktopApp: count, headless: count, total: count })),
});

/**
 * `view=stats`, current shape (skaha ≥ 1.1.5) and the older one that also carried `instances`. The RAM
 * figures are decimal gigabytes (10^9 bytes) whatever unit skaha wrote: "6144G" → 6144, "32Gi" → 34.36…, and
 * the ceiling's "64G" → 68.72… (64 GiB, parseSessionCeilingGigabytes). skaha ≤ 1.1.3, the shape with
 * `instances`, divided bytes by 1024³ and wrote "G": each of its RAM figures is GiB.
 */
export const platformStatsSchema = z.pipe(
  wireStats,
  z.transform(({ cores, ram, instances }, ctx) => {
    const allocation = instances === undefined ? parseDecimalGigabytes : parseSessionCeilingGigabytes;
    const read = (
      value: string | number,
      parse: (value: string | number) => number | undefined,
      path: string[],
    ) => {
      const parsed = parse(value);
      if (parsed === undefined)
        ctx.issues.push({ code: 'custom', message: 'expected a memory quantity', input: value, path });
      return parsed ?? Number.NaN;
    };
    const stats = {
      cores: {
        ...cores,
        maxCPUCores: {
          ...cores.maxCPUCores,
          withRam: read(cores.maxCPUCores.withRam, parseSessionCeilingGigabytes, [
            'cores',
            'maxCPUCores',
            'withRam',
          ]),
        },
      },
      ram: {
        requestedRAM: read(ram.requestedRAM, allocation, ['ram', 'requestedRAM']),
        ramAvailable: read(ram.ramAvailable, allocation, ['ram', 'ramAvailable']),
        maxRAM: {
          ...ram.maxRAM,
          ram: read(ram.maxRAM.ram, parseSessionCeilingGigabytes, ['ram', 'maxRAM', 'ram']),
        },
      },
      ...(instances === undefined ? {} : { instances }),
    };
    return ctx.issues.length > 0 ? z.NEVER : stats;
  }),
);
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
