import * as z from 'zod/mini';

// Go's zero time: Harbor sends "0001-01-01T00:00:00.000Z" for an artifact or tag that was never pulled.
const GO_ZERO_TIME = Date.parse('0001-01-01T00:00:00Z');

/** A Harbor timestamp as epoch milliseconds; absent, null, unreadable or Go's zero time become `undefined`. */
export const harborTime = z.pipe(
  z.nullish(z.string()),
  z.transform((value) => {
    if (!value) return undefined;
    const time = Date.parse(value);
    return Number.isNaN(time) || time <= GO_ZERO_TIME ? undefined : time;
  }),
);

/** Go marshals an empty string field as `""` or omits it (omitempty); both read as `undefined`. */
export const optionalText = z.pipe(
  z.nullish(z.string()),
  z.transform((value) => (value === null || value === '' ? undefined : value)),
);

/** Go marshals a nil slice as `null`. */
export const list = <T extends z.ZodMiniType>(item: T) =>
  z.pipe(
    z.nullish(z.array(item)),
    z.transform((value) => value ?? []),
  );

/** Go marshals a nil map as `null`. */
export const textRecord = z.pipe(
  z.nullish(z.record(z.string(), z.string())),
  z.transform((value) => value ?? {}),
);

export const count = z.pipe(
  z.nullish(z.number()),
  z.transform((value) => value ?? 0),
);

export const id = z.int().check(z.nonnegative());

/**
 * Harbor project metadata holds booleans as the strings "true" and "false". Any other text is unknown
 * (`undefined`) rather than an error: one project's odd value must not fail the whole project list.
 */
export const booleanText = z.pipe(
  z.union([z.boolean(), z.string()]),
  z.transform((value): boolean | undefined => {
    if (typeof value === 'boolean') return value;
    const lower = value.trim().toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    return undefined;
  }),
);
