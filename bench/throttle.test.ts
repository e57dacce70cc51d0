// @vitest-environment node
import { createServer, request, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { TokenBucket, withThrottle } from './throttle';

describe('token bucket', () => {
  it('lets bytes through at its rate and makes the sender wait off any debt', () => {
    let now = 0;
    const bucket = new TokenBucket(1000, 100, () => now);
    expect(bucket.take(50)).toBe(50); // empty at the start: 50 bytes at 1000 B/s is 50 ms
    now = 50;
    expect(bucket.take(0)).toBe(0);
    now = 1000;
    // Idle time refills only up to the burst, so a long pause gives no head start.
    expect(bucket.take(100)).toBe(0);
    expect(bucket.take(200)).toBe(200);
  });
});

describe('throttling proxy', () => {
  let server: Server | undefined;
  afterEach(() => {
    server?.close();
  });

  it('holds an upload to its rate and hands the whole body and the answer through', async () => {
    server = createServer((req, res) => {
      let received = 0;
      req.on('data', (chunk: Buffer) => (received += chunk.length));
      req.on('end', () => {
        res.end(String(received));
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (typeof address !== 'object' || !address) throw new Error('no port');
    const { port } = address;
    const body = Buffer.alloc(2_000_000);
    const rate = 10_000_000;
    // Port 0: the system picks a free one, so the test needs none of its own.
    const { answer, elapsed, sent } = await withThrottle(
      { port: 0, target: `http://127.0.0.1:${String(port)}`, bytesPerSecond: rate },
      (throttle) =>
        new Promise<{ answer: string; elapsed: number; sent: number }>((resolve, reject) => {
          const started = performance.now();
          const req = request(`${throttle.url}/up`, { method: 'PUT' }, (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString()));
            res.on('end', () => {
              resolve({ answer: text, elapsed: performance.now() - started, sent: throttle.sentBytes() });
            });
          });
          req.on('error', reject);
          req.end(body);
        }),
    );
    expect(answer).toBe(String(body.length));
    expect(sent).toBeGreaterThan(body.length);
    // 2 MB at 10 MB/s is 200 ms; the bucket's burst (20 ms of the rate) may pass at once.
    expect(elapsed).toBeGreaterThanOrEqual(180);
  });
});
