import type { ApiClient, RequestOptions } from '../http/client';

/**
 * Which token Harbor calls carry: `undefined` the signed-in one, `null` none (anonymous), or a string of
 * its own — Harbor in OIDC mode accepts the OIDC *ID* token as Bearer (HB:src/server/middleware/security/idtoken.go),
 * not a CADC token, so a cadc-mode portal browses Harbor anonymously.
 */
export type HarborTokenSource = () => string | null | undefined;

/** The same client, with Harbor calls made with the token `token()` chooses. */
export function harborClient(api: ApiClient, token: HarborTokenSource): ApiClient {
  const withToken = (init: RequestOptions = {}): RequestOptions => {
    if (init.token !== undefined) return init;
    const chosen = token();
    return chosen === undefined ? init : { ...init, token: chosen };
  };
  return {
    url: api.url,
    request: (service, path, init) => api.request(service, path, withToken(init)),
    requestUrl: (service, url, init) => api.requestUrl(service, url, withToken(init)),
    json: (service, path, schema, init) => api.json(service, path, schema, withToken(init)),
    text: (service, path, init) => api.text(service, path, withToken(init)),
    xml: (service, path, init) => api.xml(service, path, withToken(init)),
    forCurrentUser: () => harborClient(api.forCurrentUser(), token),
    userGone: api.userGone,
  };
}
