import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { standaloneServer } from '@/test/standalone-server';
import { createTestApi } from '@/test/test-api';
import { instantQueryOptions, rangeQueryOptions } from './usage-queries';

const ORIGIN = window.location.origin;
const PROMETHEUS = `${ORIGIN}/prometheus/api/v1`;
/** The sample's own bytes, served as Prometheus serves them. */
const sample = (name: string, status = 200) =>
  HttpResponse.text(readFileSync(join(import.meta.dirname, '../../../docs/samples', name), 'utf8'), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

const server = standaloneServer();

const api = createTestApi('tok');
const queryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

const QUERY = 'sum by (label_canfar_net_kind) (kube_pod_labels{label_canfar_net_username="jdoe"})';

describe('usage queries', () => {
  it('POSTs an instant query form-encoded, with the time in unix seconds', async () => {
    let seen: { type: string | null; form: Record<string, string> } | undefined;
    server.use(
      http.post(`${PROMETHEUS}/query`, async ({ request }) => {
        seen = {
          type: request.headers.get('Content-Type'),
          form: Object.fromEntries(new URLSearchParams(await request.text())),
        };
        return sample('prometheus-query-vector.json');
      }),
    );
    const result = await queryClient().query(instantQueryOptions(api, QUERY, 1795339138877));
    expect(seen).toEqual({
      type: 'application/x-www-form-urlencoded;charset=UTF-8',
      form: { query: QUERY, time: '1795339138.877' },
    });
    expect(result.samples.map((entry) => entry.value)).toEqual([3.0062500000000005, 1.25]);
  });

  it('leaves the time out when none is given', async () => {
    let form: URLSearchParams | undefined;
    server.use(
      http.post(`${PROMETHEUS}/query`, async ({ request }) => {
        form = new URLSearchParams(await request.text());
        return sample('prometheus-query-vector.json');
      }),
    );
    await queryClient().query(instantQueryOptions(api, 'up'));
    expect(form?.has('time')).toBe(false);
  });

  it('POSTs a range query with start, end and step', async () => {
    let form: Record<string, string> | undefined;
    server.use(
      http.post(`${PROMETHEUS}/query_range`, async ({ request }) => {
        form = Object.fromEntries(new URLSearchParams(await request.text()));
        return sample('prometheus-query-range-matrix.json');
      }),
    );
    const result = await queryClient().query(
      rangeQueryOptions(api, QUERY, 1795316400000, 1795327200000, 3600),
    );
    expect(form).toEqual({ query: QUERY, start: '1795316400', end: '1795327200', step: '3600' });
    expect(result.series[0]?.values.at(-1)).toEqual({ time: 1795327200000, value: 0 });
  });

  it("reports Prometheus's own error text", async () => {
    server.use(http.post(`${PROMETHEUS}/query`, () => sample('prometheus-error.json', 400)));
    const error = await queryClient()
      .query(instantQueryOptions(api, 'sum('))
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      service: 'usage',
      kind: 'http',
      status: 400,
      message: 'invalid parameter "query": 1:8: parse error: unexpected <EOF>',
    });
  });
});
