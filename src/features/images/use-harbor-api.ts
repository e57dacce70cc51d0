import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApi } from '@/api/api-context';
import { harborClient, type HarborTokenSource } from '@/api/harbor/harbor-access';
import { systemInfoQueryOptions } from '@/api/harbor/harbor-queries';
import { registryHost } from '@/api/harbor/system-schemas';
import type { ApiClient } from '@/api/http/client';
import { repositoryHostsQueryOptions } from '@/api/skaha/platform-queries';
import type { AuthController } from '@/auth/auth-controller';
import { useAuth } from '@/auth/auth-context';

/**
 * Harbor takes the OIDC ID token, not a CADC token: a cadc-mode portal browses it anonymously, an OIDC one
 * with the ID token, and the demo mode with its demo token (the fake Harbor treats it as an OIDC sign-in).
 */
export function harborTokenSource(auth: AuthController): HarborTokenSource {
  switch (auth.mode) {
    case 'cadc':
      return () => null;
    case 'oidc':
      return () => auth.store.getIdToken() ?? null;
    case 'mock':
      return () => undefined;
  }
}

export function useHarborApi(): ApiClient {
  const api = useApi();
  const auth = useAuth();
  return useMemo(() => harborClient(api, harborTokenSource(auth)), [api, auth]);
}

/** Whether Harbor sees this user as anonymous (public projects only). */
export function useIsAnonymousToHarbor(): boolean {
  return useAuth().mode === 'cadc';
}

/**
 * The registry host for pull references: Harbor's own `registry_url` (systeminfo), else the first host skaha
 * lists in `/v1/repository`, so no deployment needs to configure it.
 */
export function useRegistryHost(): { host: string | undefined; isPending: boolean; error: unknown } {
  const harbor = useHarborApi();
  const api = useApi();
  const info = useQuery(systemInfoQueryOptions(harbor));
  const fromHarbor = registryHost(info.data?.registry_url);
  const hosts = useQuery({ ...repositoryHostsQueryOptions(api), enabled: !info.isPending && !fromHarbor });
  const host = fromHarbor ?? registryHost(hosts.data?.[0]);
  return {
    host,
    isPending: !host && (info.isPending || hosts.isPending),
    // TanStack Query's `error` is null, not undefined, when the queries answered without a usable host.
    error: host ? undefined : (hosts.error ?? info.error ?? undefined),
  };
}
