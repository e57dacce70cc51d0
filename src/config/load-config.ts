import type { $ZodIssue } from 'zod/v4/core';
import { appBasePath, underBase } from '../lib/base-path';
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

const SERVICE_KEYS = ['skaha', 'storage', 'ac', 'harbor', 'usage'] as const;

/** The `services` keys config.json sets itself. */
function servicesSet(raw: unknown): Set<string> {
  if (typeof raw !== 'object' || raw === null || !('services' in raw)) return new Set();
  const services: unknown = raw.services;
  if (typeof services !== 'object' || services === null) return new Set();
  return new Set(Object.keys(services));
}

/**
 * Under a sub-path, the services the portal's own web server proxies are under it too (canfar.net serves
 * several apps on one host): a default path ("/skaha") becomes "/science-portal/skaha". A value config.json
 * sets is taken as given, so an absolute path still names the host's root.
 */
export function parseConfig(raw: unknown, basePath = '/'): ConfigResult {
  const result = portalConfigSchema.safeParse(raw);
  if (!result.success) return { ok: false, reason: 'invalid', problems: describeIssues(result.error.issues) };
  const config = result.data;
  if (basePath === '/') return { ok: true, config };
  const set = servicesSet(raw);
  const services = { ...config.services };
  for (const key of SERVICE_KEYS) {
    if (!set.has(key)) services[key] = underBase(services[key], basePath);
  }
  return { ok: true, config: { ...config, services } };
}

/** Fetches `config.json` beside the app (never cached: deployers change it without a new build). */
export async function loadConfig(
  basePath = appBasePath(),
  url = underBase('config.json', basePath),
): Promise<ConfigResult> {
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
  return parseConfig(raw, basePath);
}
