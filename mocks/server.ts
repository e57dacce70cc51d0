import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { getResponse } from 'msw';
import { createHandlers, defaultServices } from './handlers/index';
import type { FakePlatformControl } from './platform/control';
import { createFakePlatformControl } from './platform/control';
import { controlRequest } from './server-control';
import { createPlatform } from './platform/platform';

export interface FakePlatformHttpServer {
  url: string;
  control: FakePlatformControl;
  close(): Promise<void>;
}

function toFetchRequest(message: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (let index = 0; index + 1 < message.rawHeaders.length; index += 2) {
    headers.append(message.rawHeaders[index] ?? '', message.rawHeaders[index + 1] ?? '');
  }
  const method = message.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (hasBody) {
    init.body = Readable.toWeb(message) as ReadableStream<Uint8Array>;
    init.duplex = 'half';
  }
  return new Request(new URL(message.url ?? '/', origin), init);
}

async function send(response: Response, res: ServerResponse): Promise<void> {
  // `failNext` with status 0: no answer, the connection drops
  if (response.type === 'error') {
    res.destroy();
    return;
  }
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  if (response.body) {
    const reader = response.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) res.write(chunk.value);
  }
  res.end();
}

/** The fake platform over real HTTP, for end-to-end runs and manual poking with curl. */
export async function startFakePlatformHttpServer(
  options: { port?: number; host?: string; scenario?: string; pendingMs?: number } = {},
): Promise<FakePlatformHttpServer> {
  const host = options.host ?? '127.0.0.1';
  const control = createFakePlatformControl(
    createPlatform({ scenario: options.scenario, pendingMs: options.pendingMs }),
  );
  const handlers = createHandlers(() => control.getPlatform(), defaultServices);
  const server = createServer((message, res) => {
    const origin = `http://${message.headers.host ?? host}`;
    const request = toFetchRequest(message, origin);
    const handle = async () =>
      (await controlRequest(control, request)) ??
      (await getResponse(handlers, request)) ??
      new Response('not found\n', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    handle()
      .then((response) => send(response, res))
      .catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end('fake platform error\n');
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    control,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string' },
      scenario: { type: 'string' },
      // How long a launched session stays Pending (4 s by default); the e2e suite shortens it.
      'pending-ms': { type: 'string' },
    },
  });
  const server = await startFakePlatformHttpServer({
    port: Number(values.port),
    host: values.host,
    scenario: values.scenario,
    pendingMs: values['pending-ms'] === undefined ? undefined : Number(values['pending-ms']),
  });
  console.log(`fake platform listening on ${server.url}`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main();
}
