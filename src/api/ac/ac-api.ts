import type { ApiClient } from '../http/client';
import { whoamiSchema, type WhoAmI } from './whoami-schema';

/** `POST {ac}/login`: form-encoded credentials; the body is the token. */
export async function login(api: ApiClient, username: string, password: string): Promise<string> {
  const token = await api.text('ac', '/login', {
    method: 'POST',
    form: new URLSearchParams({ username, password }),
    headers: { Accept: 'text/plain' },
    token: null,
  });
  return token.trim();
}

/** `token`: that token; `null`: none, so the site's cookie speaks (same origin); omitted: the signed-in one. */
export function whoami(api: ApiClient, token?: string | null): Promise<WhoAmI> {
  return api.json('ac', '/whoami', whoamiSchema, token === undefined ? {} : { token });
}
