import type { RequestHandler } from 'msw';
import { http } from 'msw';
import { presentsCredentials, type Account } from '../platform/accounts';
import { ServiceError, badRequest, notFound } from '../platform/errors';
import type { Platform } from '../platform/platform';
import { imageTypes } from '../platform/skaha/catalog';
import { imageCache } from '../platform/skaha/image-cache';
import { errorResponse, jsonResponse, pathWithin } from './http-utils';
import { desktopApps, sessionCollection, sessionItem } from './skaha-sessions';

/** IvoaGroupClient.getMemberships for an anonymous caller (AC:cadc-gms …/IvoaGroupClient.java). */
const ANONYMOUS = 'cannot get group memberships for anonymous';

function readOnly(request: Request, body: () => unknown): Response {
  if (request.method !== 'GET') throw new ServiceError(405, `HTTP method ${request.method} not supported`);
  return jsonResponse(JSON.stringify(body(), null, 2));
}

async function route(
  platform: Platform,
  account: Account,
  request: Request,
  path: string,
): Promise<Response> {
  const [version, resource, id, sub, appid, ...deeper] = path.split('/').filter((segment) => segment !== '');
  if (version !== 'v1') throw notFound(`not found: ${path}`);
  const { skaha } = platform;
  switch (resource) {
    case 'session':
      if (id === undefined) return sessionCollection(platform, account, request);
      if (sub === undefined) return sessionItem(platform, account, request, id);
      // SessionAction.initRequest accepts only /session/{id} and /session/{id}/app[/{appid}]
      if (sub !== 'app' || deeper.length > 0) throw badRequest('Invalid request');
      return desktopApps(platform, account, request, id, appid);
    case 'image': {
      const type = new URL(request.url).searchParams.get('type');
      if (type !== null && !imageTypes.includes(type)) throw badRequest('unknown type');
      return readOnly(request, () =>
        imageCache(platform.harbor).filter((image) => type === null || image.types.includes(type)),
      );
    }
    case 'context':
      return readOnly(request, () => skaha.context);
    case 'repository':
      if (request.method !== 'GET')
        throw new ServiceError(405, `HTTP method ${request.method} not supported`);
      return jsonResponse(JSON.stringify(skaha.registryHosts));
    default:
      throw notFound(`not found: ${path}`);
  }
}

/** skaha v1: sessions, desktop-apps, images, context and repository, all behind a sign-in (token or cookie). */
export function skahaHandlers(getPlatform: () => Platform, base: string): RequestHandler[] {
  return [
    http.all(
      ({ request }) => pathWithin(request, base) !== undefined,
      async ({ request }) => {
        const platform = getPlatform();
        try {
          const account = platform.authenticateRequest(request);
          if (!account) {
            // Credentials it does not accept fail authentication first (401). With none at all, the caller is
            // anonymous, and SkahaAction.initRequest asks GMS for its groups before anything checks who it is:
            // ac's IvoaGroupClient refuses (UnsupportedOperationException), which cadc-rest answers 400.
            if (presentsCredentials(request)) throw new ServiceError(401, 'Unauthorized');
            throw badRequest(ANONYMOUS);
          }
          // SkahaAction.initRequest: outside the configured users group, every call is refused
          if (platform.scenarios.has('no-access'))
            throw new ServiceError(403, 'Not authorized to use the skaha system');
          return await route(platform, account, request, pathWithin(request, base) ?? '');
        } catch (error) {
          if (error instanceof ServiceError) return errorResponse(error);
          throw error;
        }
      },
    ),
  ];
}
