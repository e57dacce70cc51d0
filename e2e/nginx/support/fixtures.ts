import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { localDefaults, startNginx, type RunningNginx } from '../../../scripts/nginx';
import { test as base, expect } from '../../support/fixtures';
import { startCavernHost } from './cavern-host';

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
/** As in playwright.config.ts: the nginx project's baseURL and the fake platform's HTTP server. */
export const NGINX_PORT = 4177 + offset;
const FAKE_PLATFORM = `http://127.0.0.1:${4010 + offset}`;
/** cavern's own host, as the real one is: a proxy in front of the fake platform (support/cavern-host.ts). */
export const CAVERN_HOST_PORT = 4197 + offset;

export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

declare global {
  interface Window {
    __reportCspViolation?: (violation: CspViolation) => Promise<void>;
  }
}

interface NginxWorkerFixtures {
  nginx: RunningNginx;
}

interface NginxTestFixtures {
  /**
   * The CSP violations the pages of this test reported and `take()` has not taken yet; the test fails
   * unless none is left at its end.
   */
  cspViolations: { take: () => string[] };
}

export const test = base.extend<NginxTestFixtures, NginxWorkerFixtures>({
  nginx: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from it
    async ({}, use) => {
      const cavern = await startCavernHost({ port: CAVERN_HOST_PORT, upstream: FAKE_PLATFORM });
      const defaults = localDefaults({
        upstream: FAKE_PLATFORM,
        listen: `127.0.0.1:${NGINX_PORT}`,
        // The production build that `npm run test:e2e` makes, with a cadc deployment's configuration.
        root: resolve('dist'),
        config: resolve('e2e/config/cadc.json'),
      });
      const nginx = await startNginx({
        values: { ...defaults, CAVERN_UPSTREAM: cavern.url },
        dir: join(tmpdir(), `science-portal-nginx-${NGINX_PORT}`),
      });
      await use(nginx);
      await nginx.stop();
      await cavern.stop();
    },
    // Installing Debian's nginx on a fresh machine takes a while.
    { scope: 'worker', auto: true, timeout: 300_000 },
  ],

  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      // The browser's own report of each violation, from every page of the test; a binding rather than a
      // window array, so a report survives the page navigating away.
      await context.exposeBinding('__reportCspViolation', (_source, violation: CspViolation) => {
        violations.push(
          `${violation.directive} blocked ${violation.blocked || '(inline)'} at ${violation.source}: ${violation.sample}`,
        );
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          void window.__reportCspViolation?.({
            directive: event.effectiveDirective,
            blocked: event.blockedURI,
            source: `${event.sourceFile}:${event.lineNumber}`,
            sample: event.sample,
          });
        });
      });
      // Chromium also logs each violation, in workers too (the upload checksum's WebAssembly runs in one).
      context.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
      });
      await use({ take: () => violations.splice(0) });
      expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
