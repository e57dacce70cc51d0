import type { FakePlatformControl } from './platform/control';
import type { ServiceName } from './platform/faults';

const services: readonly string[] = ['skaha', 'storage', 'ac', 'harbor', 'usage'];
const isService = (name: string): name is ServiceName => services.includes(name);

const text = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain' } });

/**
 * Test-only control endpoints of the HTTP server (`POST /__fake/...`), the same helpers as the Vitest
 * server and `window.__fakePlatform`. Returns undefined for any other request.
 */
export async function controlRequest(
  control: FakePlatformControl,
  request: Request,
): Promise<Response | undefined> {
  const url = new URL(request.url);
  if (!url.pathname.startsWith('/__fake/')) return undefined;
  if (request.method !== 'POST') return text('use POST\n', 405);
  await request.body?.cancel();
  const param = (name: string) => url.searchParams.get(name);
  try {
    switch (url.pathname) {
      case '/__fake/reset':
        control.reset(param('scenario') ?? undefined);
        return text(`${control.getPlatform().scenario}\n`);
      case '/__fake/revoke-tokens':
        control.revokeTokens();
        return text('ok\n');
      case '/__fake/fail-next': {
        const service = param('service') ?? '';
        if (!isService(service)) return text(`unknown service '${service}'\n`, 400);
        const times = param('times');
        control.failNext(service, {
          status: Number(param('status') ?? '503'),
          body: param('body') ?? undefined,
          times: times === null ? undefined : Number(times),
          path: param('path') ?? undefined,
          method: param('method') ?? undefined,
          afterWork: param('afterWork') === '1',
        });
        return text('ok\n');
      }
      case '/__fake/advance-clock':
        control.advanceClock(Number(param('ms')));
        return text('ok\n');
      case '/__fake/token':
        return text(control.tokenFor(param('username') ?? ''));
      default:
        return text('unknown control endpoint\n', 404);
    }
  } catch (error) {
    return text(`${error instanceof Error ? error.message : String(error)}\n`, 400);
  }
}
