import type { $ZodIssue } from 'zod/v4/core';
import { describeIssue } from '../lib/describe-issue';
import { portalConfigSchema, type PortalConfig } from './config-schema';

export interface ConfigProblem {
  /** Dotted key path, e.g. `auth.oidc.clientId`; empty for the file as a whole. */
  key: string;
  message: string;
}

export type ConfigResult =
  | { ok: true; config: PortalConfig }
  | { ok: false; reason: 'missing' | 'not-json'; detail: string }
  | { ok: false; reason: 'invalid'; problems: ConfigProblem[] };

export function describeIssues(issues: readonly $ZodIssue[]): ConfigProblem[] {
  return issues.flatMap((issue) => {
    const key = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((extra) => ({
        key: key ? `${key}.${extra}` : extra,
        message: 'is not a known key',
      }));
    }
    return [{ key, message: describeIssue(issue) }];
  });
}

export function parseConfig(raw: unknown): ConfigResult {
  const result = portalConfigSchema.safeParse(raw);
  return result.success
    ? { ok: true, config: result.data }
    : { ok: false, reason: 'invalid', problems: describeIssues(result.error.issues) };
}

/** Fetches `config.json` beside the app (never cached: deployers change it without a new build). */
export async function loadConfig(url = `${import.meta.env.BASE_URL}config.json`): Promise<ConfigResult> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch (error: unknown) {
    return { ok: false, reason: 'missing', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!response.ok) return { ok: false, reason: 'missing', detail: `HTTP ${response.status}` };
  const text = await response.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error: unknown) {
    return { ok: false, reason: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  return parseConfig(raw);
}
