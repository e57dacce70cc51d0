import * as z from 'zod/mini';

/**
 * Prometheus writes sample values as strings (Go's FormatFloat), with "NaN", "+Inf" and "-Inf" for the special
 * values; `Number("+Inf")` is NaN, so those are read here.
 */
export function parseSampleValue(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '+Inf' || trimmed === 'Inf') return Infinity;
  if (trimmed === '-Inf') return -Infinity;
  if (trimmed === 'NaN') return NaN;
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isNaN(value) ? undefined : value;
}

const sampleValue = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((value, ctx) => {
    const parsed = typeof value === 'number' ? value : parseSampleValue(value);
    if (parsed === undefined) {
      ctx.issues.push({ code: 'custom', message: 'expected a sample value', input: value });
      return z.NEVER;
    }
    return parsed;
  }),
);

/** `[<unix seconds>, "<value>"]` → epoch milliseconds and a number. */
const pointSchema = z.pipe(
  z.tuple([z.number(), sampleValue]),
  z.transform(([seconds, value]) => ({ time: Math.round(seconds * 1000), value })),
);
export type SamplePoint = z.infer<typeof pointSchema>;

const metricSchema = z.pipe(
  z.nullish(z.record(z.string(), z.string())),
  z.transform((value) => value ?? {}),
);

/** One value of an instant query, at `time` (epoch ms), with the labels of its series. */
export interface InstantSample extends SamplePoint {
  metric: Record<string, string>;
}

const vectorSchema = z.object({
  resultType: z.literal('vector'),
  result: z.array(
    z.pipe(
      z.object({ metric: metricSchema, value: pointSchema }),
      z.transform(({ metric, value }): InstantSample => ({ metric, ...value })),
    ),
  ),
});

const scalarSchema = z.object({
  resultType: z.literal('scalar'),
  result: z.pipe(
    pointSchema,
    z.transform((point): InstantSample[] => [{ metric: {}, ...point }]),
  ),
});

const matrixSchema = z.object({
  resultType: z.literal('matrix'),
  result: z.array(z.object({ metric: metricSchema, values: z.array(pointSchema) })),
});

const warnings = z.pipe(
  z.nullish(z.array(z.string())),
  z.transform((value) => value ?? []),
);

// A matrix from an instant query means the portal's query is wrong: that stays an error.
const KNOWN_RESULT_TYPES = ['vector', 'scalar', 'matrix'];

/**
 * Any other result type (`string`, or one a later Prometheus adds) is kept as text with no samples, so the
 * figure shows no data instead of the whole answer failing; a vector or scalar must still be well formed.
 */
const otherResultSchema = z.pipe(
  z.object({
    resultType: z.string().check(z.refine((type) => !KNOWN_RESULT_TYPES.includes(type))),
    result: z.unknown(),
  }),
  z.transform(({ resultType }): { resultType: string; result: InstantSample[] } => ({
    resultType,
    result: [],
  })),
);

/** `/api/v1/query`: a vector, or a scalar read as one sample without labels. */
export const instantQuerySchema = z.pipe(
  z.object({
    status: z.literal('success'),
    data: z.union([z.discriminatedUnion('resultType', [vectorSchema, scalarSchema]), otherResultSchema]),
    warnings,
  }),
  z.transform(({ data, warnings }) => ({ resultType: data.resultType, samples: data.result, warnings })),
);
export type InstantQueryResult = z.infer<typeof instantQuerySchema>;

/** `/api/v1/query_range`: one series of points per label set. */
export const rangeQuerySchema = z.pipe(
  z.object({ status: z.literal('success'), data: matrixSchema, warnings }),
  z.transform(({ data, warnings }) => ({ series: data.result, warnings })),
);
export type RangeQueryResult = z.infer<typeof rangeQuerySchema>;
export type RangeSeries = RangeQueryResult['series'][number];

/** The error body sent with 400, 422 and 503; the client already turns its `error` into the ApiError message. */
export const prometheusErrorSchema = z.object({
  status: z.literal('error'),
  errorType: z.string(),
  error: z.string(),
});
export type PrometheusError = z.infer<typeof prometheusErrorSchema>;

/**
 * `GET /api/v1/rules?type=record` (Prometheus, Thanos, Mimir, VictoriaMetrics through vmalert): the names
 * of the recording rules loaded; everything else in a rule is left unread.
 */
export const rulesSchema = z.pipe(
  z.object({
    status: z.literal('success'),
    data: z.object({
      groups: z.array(
        z.object({
          name: z.string(),
          rules: z.array(z.object({ name: z.string(), type: z.string() })),
        }),
      ),
    }),
  }),
  z.transform(({ data }) =>
    data.groups.flatMap((group) =>
      group.rules.filter((rule) => rule.type === 'recording').map((rule) => rule.name),
    ),
  ),
);
