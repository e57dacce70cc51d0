import type { RequestHandler } from 'msw';
import { http } from 'msw';
import { login } from '../platform/accounts';
import type { Platform } from '../platform/platform';
import { whoamiDocument } from '../platform/whoami';
import { jsonResponse, pathWithin, readParams, textResponse } from './http-utils';

/** CADC access control: `POST {ac}/login` and `GET {ac}/whoami`. */
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
      ({ request }) => pathWithin(request, base) === '/whoami',
      ({ request }) => {
        const account = getPlatform().authenticateRequest(request);
        if (!account) return textResponse('Unauthorized\n', 401);
        return jsonResponse(JSON.stringify(whoamiDocument(account)));
      },
    ),
  ];
}
