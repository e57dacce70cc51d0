// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/api-error';
import { isQueryTooCostly } from './query-cost';
import {
  instantQuerySchema,
  parseSampleValue,
  prometheusErrorSchema,
  rangeQuerySchema,
  rulesSchema,
} from './prometheus-schemas';

const SAMPLES = join(import.meta.dirname, '../../../docs/samples');
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(SAMPLES, name), 'utf8'));

describe('Prometheus schemas', () => {
  it('reads the names of the recording rules a server has loaded from the rules sample', () => {
    const names = rulesSchema.parse(readJson('prometheus-rules-record.json'));
    expect(names).toEqual(
      expect.arrayContaining([
        'session:container_cpu_usage_seconds:increase5m',
        'session:kube_pod_status_phase_running:sum_over_time5m',
      ]),
    );
    expect(names).toHaveLength(6);
  });

  it('parses the instant-query sample: unix seconds to epoch ms, string values to numbers', () => {
    expect(instantQuerySchema.parse(readJson('prometheus-query-vector.json'))).toEqual({
      resultType: 'vector',
      samples: [
        { metric: { label_canfar_net_kind: 'notebook' }, time: 1795339138877, value: 3.0062500000000005 },
        { metric: { label_canfar_net_kind: 'carta' }, time: 1795339138877, value: 1.25 },
      ],
      warnings: [],
    });
  });

  it('parses the range-query sample into one series of points', () => {
    const result = rangeQuerySchema.parse(readJson('prometheus-query-range-matrix.json'));
    expect(result.series).toHaveLength(1);
    expect(result.series[0]).toEqual({
      metric: { label_canfar_net_username: 'jdoe' },
      values: [
        { time: 1795316400000, value: 0.5 },
        { time: 1795320000000, value: 1.5 },
        { time: 1795323600000, value: 1.5 },
        { time: 1795327200000, value: 0 },
      ],
    });
  });

  it('parses the error sample', () => {
    expect(prometheusErrorSchema.parse(readJson('prometheus-error.json'))).toEqual({
      status: 'error',
      errorType: 'bad_data',
      error: 'invalid parameter "query": 1:8: parse error: unexpected <EOF>',
    });
    expect(instantQuerySchema.safeParse(readJson('prometheus-error.json')).success).toBe(false);
  });

  it('reads a scalar as one sample without labels, and keeps warnings', () => {
    const body = {
      status: 'success',
      data: { resultType: 'scalar', result: [1795339138, '42'] },
      warnings: ['PromQL info: metric might not be a counter'],
    };
    expect(instantQuerySchema.parse(body)).toEqual({
      resultType: 'scalar',
      samples: [{ metric: {}, time: 1795339138000, value: 42 }],
      warnings: ['PromQL info: metric might not be a counter'],
    });
  });

  it('reads the special values Prometheus writes, and refuses what is not a number', () => {
    expect(parseSampleValue('NaN')).toBeNaN();
    expect(parseSampleValue('+Inf')).toBe(Infinity);
    expect(parseSampleValue('-Inf')).toBe(-Infinity);
    expect(parseSampleValue('1e-7')).toBe(1e-7);
    expect(parseSampleValue('-0.25')).toBe(-0.25);
    expect(parseSampleValue('')).toBeUndefined();
    expect(parseSampleValue('twelve')).toBeUndefined();
    const vector = (value: string) => ({
      status: 'success',
      data: { resultType: 'vector', result: [{ metric: {}, value: [1, value] }] },
    });
    expect(instantQuerySchema.parse(vector('+Inf')).samples[0]?.value).toBe(Infinity);
    expect(instantQuerySchema.safeParse(vector('twelve')).success).toBe(false);
  });

  it('keeps an answer of a result type it does not read, as text with no samples', () => {
    for (const data of [
      { resultType: 'string', result: [1_700_000_000, 'hello'] },
      { resultType: 'histogram', result: { buckets: [] } },
    ]) {
      expect(instantQuerySchema.parse({ status: 'success', data })).toEqual({
        resultType: data.resultType,
        samples: [],
        warnings: [],
      });
    }
  });

  it('refuses a matrix where a vector is expected and the other way round', () => {
    expect(instantQuerySchema.safeParse(readJson('prometheus-query-range-matrix.json')).success).toBe(false);
    expect(rangeQuerySchema.safeParse(readJson('prometheus-query-vector.json')).success).toBe(false);
  });
});

describe('a query refused for what it costs', () => {
  const refusal = (status: number, errorType: string, error: string, service: 'usage' | 'skaha' = 'usage') =>
    new ApiError({
      service,
      kind: 'http',
      status,
      message: error,
      body: JSON.stringify({ status: 'error', errorType, error }),
    });

  it('is told by Prometheus’ own error type and words, not by the status alone', () => {
    const samples = 'query processing would load too many samples into memory in query execution';
    expect(isQueryTooCostly(refusal(422, 'execution', samples))).toBe(true);
    expect(isQueryTooCostly(refusal(503, 'timeout', 'query timed out in query execution'))).toBe(true);
    expect(
      isQueryTooCostly(refusal(422, 'execution', 'vector cannot contain metrics with the same labelset')),
    ).toBe(false);
    expect(isQueryTooCostly(refusal(503, 'unavailable', 'Service Unavailable'))).toBe(false);
    expect(isQueryTooCostly(refusal(422, 'execution', samples, 'skaha'))).toBe(false);
    expect(isQueryTooCostly(new Error(samples))).toBe(false);
  });
});
