import type { RequestHandler } from 'msw';
import { http, HttpResponse } from 'msw';
import { login, presentsCredentials } from '../platform/accounts';
import type { Platform } from '../platform/platform';
import { fakeGroups, groupListXml, groupXml, groupsInRole, type GroupRole } from '../platform/groups';
import { accountIdentities, userDocument, userXml } from '../platform/whoami';
import { jsonResponse, pathWithin, readParams, textResponse } from './http-utils';

const xmlResponse = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/xml' } });

const roles: readonly GroupRole[] = ['owner', 'admin', 'member'];
const roleOf = (value: string | null) => roles.find((role) => role === value?.trim().toLowerCase());

// What GMS answers when its LDAP back end is away (cadc-rest's TransientException → 503).
const TRANSIENT = 'Transient Exception: LDAP server unavailable, retry later\n';

const WHOAMI = '/whoami';

/** A path segment as the servlet reads it; one that does not decode names no user. */
function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

// cadc-util's IdentityType values that UserActionFactory.getIdentity reads from `idType` (any case).
const idTypes = ['x500', 'http', 'cadc', 'sessionid', 'entrydn', 'posix'];

/**
 * CADC access control: `POST {ac}/login`, `GET {ac}/whoami` (a redirect to `GET {ac}/users/<name>`, as ac does) and
 * the GMS reads `/search` and `/groups/<name>`. Every endpoint takes the Bearer token or the CADC_SSO cookie:
 * cadc-util's ServletPrincipalExtractor reads both for each of ac's servlets.
 */
export function acHandlers(getPlatform: () => Platform, base: string): RequestHandler[] {
  return [
    http.post(
      ({ request }) => pathWithin(request, base) === '/login',
      async ({ request }) => {
        const params = await readParams(request);
        // LoginServlet trims both values and answers 400 for a missing one, 401 for wrong credentials
        const username = params.get('username')?.trim() ?? '';
        const password = params.get('password')?.trim() ?? '';
        if (username === '') return textResponse('Missing username', 400);
        if (password === '') return textResponse('Missing password', 400);
        const token = login(getPlatform().accounts, username, password);
        if (token === undefined) return textResponse('Invalid credentials', 401);
        return new Response(token, {
          status: 200,
          headers: { 'Content-Type': 'text/plain', 'x-vo-bearer': token, 'x-vo-authenticated': username },
        });
      },
    ),
    http.get(
      ({ request }) => pathWithin(request, base) === WHOAMI,
      ({ request }) => {
        const account = getPlatform().authenticateRequest(request);
        if (!account) return textResponse('Unauthorized\n', 401);
        // WhoAmIServlet.redirect: the URL the request came in on up to /whoami, then USERS and
        // USER_GET_PATH ("/%s?idType=%s") with the caller's HttpPrincipal, its type as getPrincipalType
        // writes it. An absolute URL on the service's own host: a proxy in front must map it back.
        const url = new URL(request.url);
        const service = `${url.origin}${url.pathname.slice(0, -WHOAMI.length)}`;
        return new HttpResponse(null, {
          status: 302,
          headers: { Location: `${service}/users/${account.username}?idType=http` },
        });
      },
    ),
    http.get(
      ({ request }) => /^\/users\/[^/]+$/.test(pathWithin(request, base) ?? ''),
      ({ request }) => {
        // UserServlet → GetUserAction: the request is read first (400, the message alone), then the caller
        // (credentials it refuses: 401), then LdapUserPersistence.getUser lets callers read only themselves
        // (AccessControlException → 403 "Permission Denied", an anonymous caller too).
        const url = new URL(request.url);
        const name = decodePathSegment((pathWithin(request, base) ?? '').slice('/users/'.length));
        const idType = url.searchParams.get('idType')?.toLowerCase() ?? '';
        if (idType === '') return textResponse('User endpoint missing idType parameter', 400);
        if (!idTypes.includes(idType)) return textResponse('Unrecognized idType', 400);
        const account = getPlatform().authenticateRequest(request);
        if (!account && presentsCredentials(request)) return textResponse('Unauthorized\n', 401);
        if (!account || name === undefined || accountIdentities(account)[idType] !== name) {
          return textResponse('Permission Denied', 403);
        }
        // AbstractUserAction: JSON when Accept names it, else text/xml.
        if ((request.headers.get('accept') ?? '').includes('application/json')) {
          return jsonResponse(JSON.stringify(userDocument(account)));
        }
        return xmlResponse(userXml(account));
      },
    ),
    http.get(
      ({ request }) => pathWithin(request, base) === '/search',
      ({ request }) => {
        const platform = getPlatform();
        const account = platform.authenticateRequest(request);
        if (!account) return textResponse('Unauthorized\n', 401);
        if (platform.scenarios.has('gms-down')) return textResponse(TRANSIENT, 503);
        const params = new URL(request.url).searchParams;
        // Without ROLE the service lists the caller's memberships as plain text, one name a line.
        if (!params.has('ROLE')) {
          const names = groupsInRole(account.username, 'member').map((group) => group.name);
          return textResponse(names.map((name) => `${name}\n`).join(''));
        }
        const role = roleOf(params.get('ROLE'));
        if (!role) return textResponse(`invalid ROLE: ${params.get('ROLE') ?? ''}\n`, 400);
        const only = params.get('group');
        const groups = groupsInRole(account.username, role).filter(
          (group) => only === null || group.name === only,
        );
        return xmlResponse(groupListXml(groups));
      },
    ),
    http.get(
      ({ request }) => pathWithin(request, base)?.startsWith('/groups/') ?? false,
      ({ request }) => {
        const platform = getPlatform();
        const account = platform.authenticateRequest(request);
        if (!account) return textResponse('Unauthorized\n', 401);
        if (platform.scenarios.has('gms-down')) return textResponse(TRANSIENT, 503);
        const name = decodeURIComponent((pathWithin(request, base) ?? '').slice('/groups/'.length));
        const group = fakeGroups.find((candidate) => candidate.name === name);
        if (!group) return textResponse(`group not found: ${name}\n`, 404);
        const mayRead =
          group.owner === account.username ||
          group.admins.includes(account.username) ||
          group.members.includes(account.username);
        if (!mayRead)
          return textResponse(`permission denied: ${account.username} may not read ${name}\n`, 403);
        return xmlResponse(groupXml(group));
      },
    ),
  ];
}
