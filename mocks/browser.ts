import { setupWorker } from 'msw/browser';
import { underBase } from '../src/lib/base-path';
import { restorePlatform, savePlatform } from './browser-state';
import { createHandlers } from './handlers/index';
import type { FakeServices } from './handlers/index';
import type { FakePlatformControl } from './platform/control';
import { createFakePlatformControl } from './platform/control';
import type { Platform } from './platform/platform';
import { demoAccounts } from './platform/users';

declare global {
  interface Window {
    /** Test controls for end-to-end specs (`page.evaluate(() => window.__fakePlatform?.…)`). */
    __fakePlatform?: FakePlatformControl;
  }
}

/**
 * MSW updates an existing worker registration without waiting for it (its get-worker-instance.ts), so an update
 * that fails, as it does when the page unloads meanwhile (the restart below, on a slow unload), is an unhandled
 * rejection of the fake platform's, not the portal's: it is not reported.
 */
export function ignoreWorkerUpdateFailure(
  event: Pick<PromiseRejectionEvent, 'reason' | 'preventDefault'>,
): void {
  const reason: unknown = event.reason;
  if (reason instanceof Error && reason.message.includes('mockServiceWorker.js')) event.preventDefault();
}

const save = (platform: Platform) => {
  savePlatform(platform, sessionStorage);
};

/**
 * `?scenario=default` resets the tab's platform, and that is done once loaded: left in the address (and kept by
 * the pages' own parameters, `?scenario=default&q=carta`), a reload would reset the trainee's work again.
 */
function dropResetFromAddress() {
  const params = new URLSearchParams(location.search);
  if (params.get('scenario')?.trim().toLowerCase() !== 'default') return;
  params.delete('scenario');
  const query = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

/** Starts the fake platform in the page (MSW service worker); platform state lives in sessionStorage. */
export async function startFakePlatform(options: { services: FakeServices }): Promise<{
  demoAccounts: ReturnType<typeof demoAccounts>;
  scenarios: string[];
  resetToDefault: () => void;
}> {
  window.addEventListener('unhandledrejection', ignoreWorkerUpdateFailure);
  const control = createFakePlatformControl(restorePlatform(location.search, sessionStorage), save);
  save(control.getPlatform());
  dropResetFromAddress();
  const worker = setupWorker(...createHandlers(() => control.getPlatform(), options.services));
  // a failed response may have used up a scheduled failure, so it is saved too
  worker.events.on('response:mocked', ({ request, response }) => {
    if (!['GET', 'HEAD'].includes(request.method) || !response.ok) save(control.getPlatform());
  });
  const start = () =>
    worker.start({
      serviceWorker: { url: underBase('mockServiceWorker.js') },
      // the OIDC provider and the app's own files must reach the network
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
  await start();
  // MSW tells its worker on `beforeunload` that this page is gone. A user who answers a leave prompt (uploads
  // running) with "stay" keeps the page, so start the fake platform again; a page that did unload runs no timer.
  window.addEventListener('beforeunload', () => {
    window.setTimeout(() => {
      worker.stop();
      void start();
    }, 300);
  });
  window.__fakePlatform = control;
  return {
    demoAccounts: demoAccounts(),
    scenarios: [...control.getPlatform().scenarios],
    resetToDefault: () => {
      // as a change of scenario does (browser-state.ts): afresh, but whoever is signed in stays signed in
      const { tokens } = control.getPlatform().accounts;
      control.reset('default').accounts.tokens = { ...tokens };
      save(control.getPlatform());
    },
  };
}
