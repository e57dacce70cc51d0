import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../api/http/client';
import { sessionListQueryOptions } from '../api/skaha/session-queries';
import type { BesideCheck } from '../auth/auth-controller';

/**
 * A start at the dashboard asks for the session list beside the sign-in check, with the credentials being
 * checked, instead of a round trip after it (the list needs the credentials, not the user's name). The answer
 * waits in the query cache for the dashboard; a failed check removes it, so no one sees another sign-in's list.
 */
export function prefetchDashboard(queryClient: QueryClient, api: ApiClient): BesideCheck {
  return (token) => {
    const options = sessionListQueryOptions(withToken(api, token));
    // A failure stays in the cache as the query's error, for the dashboard to show or ask again.
    queryClient.query(options).catch(() => undefined);
    return () => {
      void queryClient.cancelQueries({ queryKey: options.queryKey });
      queryClient.removeQueries({ queryKey: options.queryKey });
    };
  };
}

/** `api` asking with `token`: the store holds no token until the check answers. */
function withToken(api: ApiClient, token: string): ApiClient {
  return {
    url: api.url,
    request: (service, path, options) => api.request(service, path, { token, ...options }),
    requestUrl: (service, url, options) => api.requestUrl(service, url, { token, ...options }),
    json: (service, path, schema, options) => api.json(service, path, schema, { token, ...options }),
    text: (service, path, options) => api.text(service, path, { token, ...options }),
    xml: (service, path, options) => api.xml(service, path, { token, ...options }),
    forCurrentUser: () => withToken(api.forCurrentUser(), token),
    userGone: api.userGone,
  };
}
