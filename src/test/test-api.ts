import { createApiClient, type ApiClient } from '../api/http/client';
import { parseConfig } from '../config/load-config';

/** The default services, made absolute: Node's fetch does not resolve paths against the page. */
export function testServices() {
  const parsed = parseConfig({});
  if (!parsed.ok) throw new Error('the default configuration is invalid');
  const origin = window.location.origin;
  const { skaha, storage, ac, harbor, usage } = parsed.config.services;
  return {
    skaha: origin + skaha,
    storage: origin + storage,
    ac: origin + ac,
    harbor: origin + harbor,
    usage: origin + usage,
  };
}

/** An HTTP client signed in with `token`, for query-layer tests against the fake platform. */
export function createTestApi(
  token: string | undefined,
  onUnauthorized: () => void = () => undefined,
): ApiClient {
  return createApiClient({ services: testServices(), getToken: () => token, onUnauthorized });
}
