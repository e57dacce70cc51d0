import type { RequestHandler } from 'msw';
import { delay, getResponse, http, HttpResponse } from 'msw';
import type { ServiceName } from '../platform/faults';
import type { Platform } from '../platform/platform';
import { acHandlers } from './ac';
import { accessHandlers } from './access';
import { harborHandlers } from './harbor';
import { pathWithin, textResponse } from './http-utils';
import { skahaHandlers } from './skaha';
import { storageHandlers } from './storage';
import { usageHandlers } from './usage';

/** Base path (or absolute URL) of each platform service, as in the app's runtime configuration. */
export interface FakeServices {
  skaha: string;
  storage: string;
  ac: string;
  harbor: string;
  usage: string;
}

export const defaultServices: FakeServices = {
  skaha: '/skaha',
  storage: '/arc',
  ac: '/ac',
  harbor: '/harbor',
  usage: '/prometheus',
};

const SLOW_MS = 1_500;

const serviceNames: (keyof FakeServices & ServiceName)[] = ['skaha', 'storage', 'ac', 'harbor', 'usage'];

/**
 * Runs before a service's own handlers: the `slow` delay, a scheduled `failNext`, the `failing` outage.
 * Returning nothing hands the request on to the next matching handler; a failure `afterWork` has the
 * services' own handlers (`work`) do the request first and then answers in their place.
 */
function faultHandler(
  getPlatform: () => Platform,
  service: ServiceName,
  base: string,
  work: readonly RequestHandler[],
): RequestHandler {
  return http.all(
    ({ request }) => pathWithin(request, base) !== undefined,
    async ({ request }) => {
      const platform = getPlatform();
      if (platform.scenarios.has('slow')) await delay(SLOW_MS);
      const failure = platform.takeFailure(service, pathWithin(request, base) ?? '', request.method);
      if (failure) {
        if (failure.afterWork) await getResponse([...work], request.clone());
        if (failure.status === 0) return HttpResponse.error();
        const response = textResponse(failure.body, failure.status);
        if (failure.retryAfter !== undefined) response.headers.set('Retry-After', failure.retryAfter);
        return response;
      }
      if (service === 'skaha' && platform.scenarios.has('failing'))
        return textResponse('Service unavailable\n', 503);
      return undefined;
    },
  );
}

export function createHandlers(getPlatform: () => Platform, services: FakeServices): RequestHandler[] {
  const work = [
    ...acHandlers(getPlatform, services.ac),
    // The site's own pages, beside the services as on canfar.net (not a service the portal calls).
    ...accessHandlers(getPlatform),
    ...skahaHandlers(getPlatform, services.skaha),
    ...storageHandlers(getPlatform, services.storage),
    ...harborHandlers(getPlatform, services.harbor),
    ...usageHandlers(getPlatform, services.usage),
  ];
  return [
    ...serviceNames.map((service) => faultHandler(getPlatform, service, services[service], work)),
    ...work,
  ];
}
