import type { RequestHandler } from 'msw';
import { http } from 'msw';
import { login, SSO_COOKIE } from '../platform/accounts';
import type { Platform } from '../platform/platform';
import { pathWithin, readParams, textResponse } from './http-utils';

/** Where the fake site's sign-in and sign-out pages live, as canfar.net's access service does. */
export const ACCESS_BASE = '/access';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (character) => `&#${String(character.charCodeAt(0))};`);

/**
 * Only back to a page of this host (any port: the portal and the site are one host on canfar.net), over
 * http(s): the sign-in page must not send a freshly signed-in user to another site.
 */
function returnTarget(request: Request, target: string | null): URL | undefined {
  if (target === null) return undefined;
  try {
    const url = new URL(target);
    const here = new URL(request.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.hostname === here.hostname && url.username === '' && url.password === '' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The cookie the real access service sets is `Secure; SameSite=None`. SameSite=None needs Secure, which a
 * browser keeps only from https: over plain http (127.0.0.1 in the e2e runs) the fake uses Lax, which the
 * portal's same-site calls receive just the same.
 */
function ssoCookie(request: Request, value: string, maxAge?: number): string {
  const secure = new URL(request.url).protocol === 'https:';
  const age = maxAge === undefined ? '' : `; Max-Age=${String(maxAge)}`;
  return `${SSO_COOKIE}=${value}; HttpOnly; Path=/${age}; ${secure ? 'Secure; SameSite=None' : 'SameSite=Lax'}`;
}

/** A plain HTML form, no script nor inline style, so a page with a strict CSP could serve it. */
function signInPage(action: string, target: string, failed: boolean, status = 200): Response {
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Sign in · CANFAR (fake site)</title></head>
<body>
<main>
<h1>Sign in to CANFAR</h1>
${failed ? '<p role="alert">The user name or password was not accepted.</p>\n' : ''}<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="target" value="${escapeHtml(target)}">
<p><label>Username <input name="username" autocomplete="username" required></label></p>
<p><label>Password <input name="password" type="password" autocomplete="current-password" required></label></p>
<p><button type="submit">Sign in</button></p>
</form>
</main>
</body>
</html>
`;
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

const redirect = (location: URL, cookie: string) =>
  new Response(null, { status: 303, headers: { Location: location.href, 'Set-Cookie': cookie } });

/**
 * The site's access pages (platform-api.md §10.1): `/access/login` signs in with a demo user's password and
 * sets CADC_SSO to the same token `{ac}/login` returns, `/access/logout` clears it; both then return to
 * `target`.
 */
export function accessHandlers(getPlatform: () => Platform, base = ACCESS_BASE): RequestHandler[] {
  return [
    http.get(
      ({ request }) => pathWithin(request, base) === '/login',
      ({ request }) => {
        const target = new URL(request.url).searchParams.get('target');
        if (!returnTarget(request, target)) return textResponse('target must be a page of this host\n', 400);
        return signInPage(new URL(request.url).pathname, target ?? '', false);
      },
    ),
    http.post(
      ({ request }) => pathWithin(request, base) === '/login',
      async ({ request }) => {
        const params = await readParams(request);
        const target = returnTarget(request, params.get('target'));
        if (!target) return textResponse('target must be a page of this host\n', 400);
        const username = params.get('username')?.trim() ?? '';
        const token = login(getPlatform().accounts, username, params.get('password')?.trim() ?? '');
        if (token === undefined) return signInPage(new URL(request.url).pathname, target.href, true, 401);
        return redirect(target, ssoCookie(request, token));
      },
    ),
    http.get(
      ({ request }) => pathWithin(request, base) === '/logout',
      ({ request }) => {
        const target = returnTarget(request, new URL(request.url).searchParams.get('target'));
        if (!target) return textResponse('target must be a page of this host\n', 400);
        return redirect(target, ssoCookie(request, '', 0));
      },
    ),
  ];
}
