import { z } from 'zod';
import { parseCount, parseGigabytes } from './quantities';

/** A number skaha may send as a string or as a Kubernetes quantity, converted once; unreadable is invalid. */
function wireQuantity(parse: (value: string | number) => number | undefined, message: string) {
  return z.union([z.number(), z.string()]).transform((value, ctx) => {
    const parsed = parse(value);
    if (parsed === undefined) {
      ctx.issues.push({ code: 'custom', message, input: value });
      return z.NEVER;
    }
    return parsed;
  });
}

const count = wireQuantity(parseCount, 'expected a number');
const gigabytes = wireQuantity(parseGigabytes, 'expected a memory quantity');

/** `view=stats`, current shape (skaha ≥ 1.1.5) and the older one that also carried `instances`. */
export const platformStatsSchema = z.object({
  cores: z.object({
    requestedCPUCores: count,
    cpuCoresAvailable: count,
    maxCPUCores: z.object({ cpuCores: count, withRam: gigabytes }),
  }),
  ram: z.object({
    requestedRAM: gigabytes,
    ramAvailable: gigabytes,
    maxRAM: z.object({ ram: gigabytes, withCPUCores: count }),
  }),
  instances: z.object({ session: count, desktopApp: count, headless: count, total: count }).optional(),
});
export type PlatformStats = z.infer<typeof platformStatsSchema>;

const resourceOptions = z.object({
  default: count.optional(),
  defaultRequest: count.optional(),
  defaultLimit: count.optional(),
  defaultHeadless: count.optional(),
  options: z.array(count).default([]),
});

/** `/v1/context`: the options a launch may choose from. `maxInteractiveSessions` arrives as "3" from helm. */
export const contextSchema = z.object({
  cores: resourceOptions,
  memoryGB: resourceOptions,
  gpus: z.object({ options: z.array(count).default([]) }).default({ options: [] }),
  maxInteractiveSessions: count.optional(),
});
export type SkahaContext = z.infer<typeof contextSchema>;

export const imageSchema = z.object({
  id: z.string().min(1),
  types: z.array(z.string()).default([]),
  digest: z.string().optional(),
});
export type SkahaImage = z.infer<typeof imageSchema>;
export const imageListSchema = z.array(imageSchema);

export const repositoryHostsSchema = z.array(z.string());
