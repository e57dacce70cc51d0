import type { RequestHandler } from 'msw';
import { http } from 'msw';
import type { Account } from '../platform/accounts';
import type { Platform } from '../platform/platform';
import { BadQuery, evaluate, recordedNames, scopeOf, type FakeSample } from '../platform/usage/evaluate';
import { usagePods } from '../platform/usage/pods';
import { evaluateGpuNodes, isGpuNodeQuery } from '../platform/usage/nodes';
import { leadsMemberOf } from '../platform/groups';
import { demoUsers } from '../platform/users';
import { jsonResponse, pathWithin, readParams, textResponse } from './http-utils';

/** Prometheus' error body: `{status:"error", errorType, error}`. */
const errorBody = (status: number, errorType: string, error: string) =>
  jsonResponse(JSON.stringify({ status: 'error', errorType, error }), status);

const success = (data: unknown) => jsonResponse(JSON.stringify({ status: 'success', data }));

/** Prometheus reads times as unix seconds (fractions allowed) or RFC 3339. */
function parseTime(value: string | null, fallback: number): number {
  if (value === null || value === '') return fallback;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.round(seconds * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) throw new BadQuery(`cannot parse "${value}" to a valid timestamp`);
  return date;
}

function parseStep(value: string | null): number {
  const match = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(value ?? '');
  if (!match) throw new BadQuery(`cannot parse "${value ?? ''}" to a valid duration`);
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] ?? ''] ?? 1;
  const seconds = Number(match[1]) * unit;
  if (seconds <= 0) throw new BadQuery('zero or negative query resolution step widths are not accepted');
  return seconds;
}

const sampleValue = (value: number) => String(value);

/**
 * What the label-enforcing proxy in front of the real Prometheus lets through: a user's own series, those
 * of the members of a group the user owns or administers (GMS), a project's for its PI, and the
 * platform-wide totals (no `kube_pod_labels` selector).
 */
function mayRead(account: Account, query: string): boolean {
  const scope = scopeOf(query);
  if (scope === undefined) return !query.includes('kube_pod_labels');
  const owner = scope.find(({ name, op }) => name === 'label_canfar_net_username' && op === '=');
  // a user reads their own series; a group's owner or admins read each member's (the fake's GMS)
  if (owner && (owner.value === account.username || leadsMemberOf(account.username, owner.value)))
    return true;
  // a PI reads their groups' members together (the fake lets a PI read any list of users; the real proxy checks it)
  const members = scope.some(({ name, op }) => name === 'label_canfar_net_username' && op === '=~');
  if (members) return demoUsers.some((user) => user.username === account.username && user.role === 'pi');
  const project = scope.find(({ name, op }) => name === 'label_canfar_net_project' && op === '=');
  if (!project) return false;
  const user = demoUsers.find((candidate) => candidate.username === account.username);
  return user?.role === 'pi' && user.projects.includes(project.value);
}

async function answer(platform: Platform, account: Account, request: Request, path: string) {
  const params = await readParams(request);
  const query = params.get('query') ?? '';
  if (query.trim() === '')
    return errorBody(
      400,
      'bad_data',
      'invalid parameter "query": unknown position: parse error: no expression found in input',
    );
  if (!mayRead(account, query))
    return errorBody(403, 'forbidden', `${account.username} may not read these series`);
  const pods = usagePods(platform);
  const now = platform.now();
  if (path === '/api/v1/query') {
    const time = parseTime(params.get('time'), now);
    const samples = isGpuNodeQuery(query)
      ? evaluateGpuNodes(platform, query, time, pods)
      : evaluate(query, time, pods);
    const result = samples.map((sample) => ({
      metric: sample.metric,
      value: [time / 1000, sampleValue(sample.value)],
    }));
    return success({ resultType: 'vector', result });
  }
  const start = parseTime(params.get('start'), NaN);
  const end = parseTime(params.get('end'), NaN);
  if (Number.isNaN(start) || Number.isNaN(end)) throw new BadQuery('invalid parameter "start": missing');
  const step = parseStep(params.get('step'));
  if (end < start) throw new BadQuery('end timestamp must not be before start time');
  if ((end - start) / 1000 / step > 11_000)
    throw new BadQuery(
      'exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)',
    );
  const series = new Map<string, { metric: FakeSample['metric']; values: [number, string][] }>();
  for (let time = start; time <= end; time += step * 1000) {
    for (const sample of evaluate(query, time, pods)) {
      const key = JSON.stringify(sample.metric);
      const entry = series.get(key) ?? { metric: sample.metric, values: [] };
      entry.values.push([time / 1000, sampleValue(sample.value)]);
      series.set(key, entry);
    }
  }
  return success({ resultType: 'matrix', result: [...series.values()] });
}

/**
 * `GET /api/v1/rules`: the group of deploy/prometheus/science-portal-rules.yaml, in Prometheus' format
 * (web/api/v1/api.go RuleGroup and RecordingRule); `type=alert` leaves it out. Scenario `usage-raw` has no
 * rules loaded.
 */
function rules(platform: Platform, request: Request) {
  const type = new URL(request.url).searchParams.get('type');
  if (platform.scenarios.has('usage-raw') || type === 'alert') return success({ groups: [] });
  const evaluated = new Date(platform.now()).toISOString();
  return success({
    groups: [
      {
        name: 'science-portal-usage',
        file: '/etc/prometheus/rules/science-portal-rules.yaml',
        rules: recordedNames.map((name) => ({
          name,
          query: `(recorded by the fake from the raw series) ${name}`,
          health: 'ok',
          evaluationTime: 0.002,
          lastEvaluation: evaluated,
          type: 'recording',
        })),
        interval: 300,
        limit: 0,
        evaluationTime: 0.012,
        lastEvaluation: evaluated,
      },
    ],
  });
}

/** The fake Prometheus HTTP API: `query`, `query_range` and `rules`, GET or form-encoded POST, behind a Bearer token. */
export function usageHandlers(getPlatform: () => Platform, base: string): RequestHandler[] {
  return [
    http.all(
      ({ request }) => pathWithin(request, base) !== undefined,
      async ({ request }) => {
        const platform = getPlatform();
        if (platform.scenarios.has('usage-down')) return textResponse('Service Unavailable', 503);
        const account = platform.authenticate(request.headers.get('authorization'));
        if (!account) return textResponse('Unauthorized\n', 401);
        const path = pathWithin(request, base) ?? '';
        if (path === '/api/v1/rules' && request.method === 'GET') return rules(platform, request);
        if (path !== '/api/v1/query' && path !== '/api/v1/query_range')
          return textResponse('404 page not found\n', 404);
        if (request.method !== 'GET' && request.method !== 'POST')
          return errorBody(405, 'bad_data', `method ${request.method} not allowed`);
        try {
          return await answer(platform, account, request, path);
        } catch (error) {
          if (error instanceof BadQuery) return errorBody(400, 'bad_data', error.message);
          throw error;
        }
      },
    ),
  ];
}
