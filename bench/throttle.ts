// A link with a slow uplink, for the upload figures: a TCP proxy whose client → server direction goes through
// one token bucket (shared by every connection, as one user's link is). Chromium's own network emulation does
// throttle an upload, but below the rate it is given (docs/benchmarks.md, Notes, "Chromium's upload
// emulation"), so a figure named for a rate would not be taken at that rate.
import { createConnection, createServer, type Socket } from 'node:net';

const HOST = '127.0.0.1';

/**
 * Bytes that may pass now, refilled at `bytesPerSecond`, holding at most `burst`: enough to make up for a
 * late timer, never a head start after a pause.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly bytesPerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = 0;
    this.last = now();
  }

  /** Spends `bytes`; answers how many ms the sender must then wait (0 while within the budget). */
  take(bytes: number): number {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.bytesPerSecond) / 1000);
    this.last = now;
    this.tokens -= bytes;
    return this.tokens >= 0 ? 0 : (-this.tokens / this.bytesPerSecond) * 1000;
  }
}

export interface Throttle {
  /** The proxy's base URL: the same service as the target, behind the slow uplink. */
  url: string;
  /** Bytes that went from clients to the target so far. */
  sentBytes: () => number;
}

/**
 * For the duration of `run`, a proxy on `port` to `target` (host:port) whose uploads go at `bytesPerSecond`:
 * it reads a client's socket only as fast as the bucket allows (pause, then resume when the debt is paid), so
 * TCP's own flow control slows the sender, as a slow link would. Answers go back unthrottled.
 */
export async function withThrottle<T>(
  options: { port: number; target: string; bytesPerSecond: number },
  run: (throttle: Throttle) => Promise<T>,
): Promise<T> {
  const target = new URL(options.target);
  // 20 ms of the rate: enough to absorb a late timer, too little to matter over a 1 GiB upload.
  const bucket = new TokenBucket(options.bytesPerSecond, options.bytesPerSecond / 50);
  let sent = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port) });
    sockets.add(client).add(upstream);
    // Paused while either the bucket is in debt or the target's socket is full; resumed when neither is.
    let holds = 0;
    const hold = () => {
      holds += 1;
      client.pause();
    };
    const release = () => {
      holds -= 1;
      if (holds === 0) client.resume();
    };
    client.on('data', (chunk: Buffer) => {
      sent += chunk.length;
      if (!upstream.write(chunk)) {
        hold();
        upstream.once('drain', release);
      }
      const wait = bucket.take(chunk.length);
      if (wait > 0) {
        hold();
        setTimeout(release, wait);
      }
    });
    client.on('end', () => upstream.end());
    upstream.pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => {
      upstream.destroy();
      sockets.delete(client);
    });
    // The pipe has already ended the client's side after the last byte of a normal close.
    upstream.on('close', (hadError) => {
      if (hadError) client.destroy();
      sockets.delete(upstream);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, resolve);
  });
  try {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    return await run({ url: `http://${HOST}:${String(port)}`, sentBytes: () => sent });
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  }
}
