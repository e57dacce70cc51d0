import { createServer, request as httpRequest } from 'node:http';

/**
 * The fake platform's cavern as the real one is reached: on a host of its own that names itself in its 303
 * Locations and transfer endpoints (the fake writes them relative, which no proxy needs to rewrite).
 * nginx's `proxy_redirect` must bring these back to the portal's origin.
 */
export async function startCavernHost(options: { port: number; upstream: string }) {
  const target = new URL(options.upstream);
  const own = `http://127.0.0.1:${options.port}`;
  const server = createServer((incoming, outgoing) => {
    const forward = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        // Host stays this server's, so the fake names this host in the endpoints it writes.
        headers: incoming.headers,
      },
      (answer) => {
        const headers = { ...answer.headers };
        if (answer.headers.location?.startsWith('/')) headers.location = `${own}${answer.headers.location}`;
        outgoing.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', (error) => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'Content-Type': 'text/plain' });
      outgoing.end(`cavern host: ${error.message}\n`);
    });
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  return {
    url: own,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
