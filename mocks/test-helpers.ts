import { afterAll, afterEach, beforeAll } from 'vitest';
import { fakePlatformServer, resetFakePlatform, tokenFor } from './node';

/**
 * Runs the calling test file against the fake platform: unhandled requests fail, and every test starts from
 * the seed. `afterReset` lets a caller clear its own state too.
 */
export function runAgainstFakePlatform(afterReset: () => void = () => undefined): void {
  beforeAll(() => {
    fakePlatformServer.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    fakePlatformServer.resetHandlers();
    resetFakePlatform();
    afterReset();
  });
  afterAll(() => {
    fakePlatformServer.close();
  });
}

/** Any origin works: the handlers match on the service path. */
export const ORIGIN = 'http://portal.test';

export interface CallOptions {
  method?: string;
  user?: string;
  token?: string;
  form?: Record<string, string | string[]>;
  headers?: Record<string, string>;
  body?: string;
  /** fetch's redirect mode: `manual` shows a redirect itself rather than where it leads. */
  redirect?: RequestRedirect;
}

export function formBody(fields: Record<string, string | string[]>): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  return body;
}

/** fetch() against the fake platform, signed in as `user` (jdoe by default) unless `token` is given. */
export function call(path: string, options: CallOptions = {}): Promise<Response> {
  const token = options.token ?? tokenFor(options.user ?? 'jdoe');
  const headers: Record<string, string> = { ...options.headers };
  if (token !== '') headers.Authorization = `Bearer ${token}`;
  if (options.form) headers['Content-Type'] = 'application/x-www-form-urlencoded';
  return fetch(`${ORIGIN}${path}`, {
    method: options.method ?? (options.form ? 'POST' : 'GET'),
    headers,
    body: options.form ? formBody(options.form) : options.body,
    ...(options.redirect ? { redirect: options.redirect } : {}),
  });
}

export async function launch(form: Record<string, string | string[]>, options: CallOptions = {}) {
  const response = await call('/skaha/v1/session', { ...options, form });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

export async function getJson(path: string, options: CallOptions = {}): Promise<unknown> {
  const response = await call(path, options);
  if (!response.ok) throw new Error(`${path} → ${response.status} ${await response.text()}`);
  const body: unknown = await response.json();
  return body;
}

export interface WireSession {
  id: string;
  status: string;
  type: string;
  name: string;
  [field: string]: unknown;
}

export async function getSessions(
  path = '/skaha/v1/session',
  options: CallOptions = {},
): Promise<WireSession[]> {
  const body = await getJson(path, options);
  if (!Array.isArray(body)) throw new Error('expected an array');
  return body as WireSession[];
}

export async function getSession(id: string, options: CallOptions = {}): Promise<WireSession> {
  return (await getJson(`/skaha/v1/session/${id}`, options)) as WireSession;
}

export const notebook = {
  name: 'notebook2',
  image: 'images.canfar.net/skaha/astroml-notebook:26.03',
  type: 'notebook',
};
