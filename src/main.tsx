// Only the first page's Mantine styles; the rest load with the other pages (components/styles).
import './components/styles/mantine-first-route';
import './app/boot.css';
import './app/accessibility.css';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './app/app';
import type { AppServices } from './app/providers';
import type { StartupProblem } from './app/startup-error-page';
import { createServices } from './app/create-services';
import { openAuthChannel } from './auth/auth-broadcast';
import type { DemoPlatform } from './app/demo/demo-platform';
import type { DemoAccount, MockAuth } from './auth/auth-controller';
import type { PortalConfig } from './config/config-schema';
import { loadAreaStrings, prepareI18n } from './i18n/i18n';
import { appBasePath, underBase } from './lib/base-path';
import { paths, routePatterns } from './lib/paths';
import { opensDashboard } from './app/start-path';
import { createRouteTable } from './app/routes';
import { earlyStart } from './start-early';

/** config.json → the fake platform when asked → a previous sign-in → first render. */
async function bootstrap(container: HTMLElement) {
  const root = createRoot(container);
  const result = await earlyStart.config;
  if (!result.ok) {
    await showStartupProblem(root, result);
    return;
  }
  let services: AppServices;
  try {
    const demo = result.config.mocks ? await startFakePlatform(result.config) : undefined;
    services = await createServices(result.config, {
      demoAccounts: demo?.demoAccounts ?? [],
      demoStartUser: demo?.startUser,
      demo: demo?.platform,
      authChannel: openAuthChannel(),
      // the answers start-early.ts asked for while this code was arriving
      fetch: earlyStart.fetch,
    });
    earlyStart.finish();
    if (demo)
      await Promise.all([
        services.auth.mode === 'mock' ? demo.followUserLink(services.auth) : undefined,
        loadAreaStrings(services.i18n, 'demo'),
      ]);
  } catch (error: unknown) {
    // Never a blank page: say what stopped the start (an identity provider's module, the fake platform's worker).
    const detail = error instanceof Error ? error.message : String(error);
    await showStartupProblem(root, { ok: false, reason: 'startup', detail });
    return;
  }
  const table = createRouteTable(services.config.features, services.i18n);
  // A signed-in start at the dashboard renders it with the shell in one pass: index.html preloads its code and
  // the start asked for its strings beside the sign-in check, so this waits for little more than their
  // evaluation. Any other page shows the shell and the page loader while its code loads; a failed load is the
  // page's to show (lazyPage).
  if (services.auth.store.getState().status === 'signedIn' && opensDashboard(window.location.pathname)) {
    await table.preload(routePatterns.sessions).catch(() => undefined);
    // The home page is the dashboard: the address says so before the first render, as the index route's
    // redirect would after it, which costs a second render pass.
    const home = appBasePath();
    if (`${window.location.pathname.replace(/\/+$/, '')}/` === home)
      window.history.replaceState(null, '', underBase(paths.sessions()));
  }
  root.render(
    <StrictMode>
      <App {...services} routes={table.routes} />
    </StrictMode>,
  );
}

/**
 * The start-up error page is its own chunk: a start that works never loads it (its table pulls in code no other
 * first page needs). If even that chunk cannot be fetched, the problem is still said, as plain text.
 */
async function showStartupProblem(root: Root, problem: StartupProblem) {
  try {
    const [{ StartupErrorPage }, i18n] = await Promise.all([
      import('./app/startup-error-page'),
      prepareI18n(),
    ]);
    root.render(<StartupErrorPage problem={problem} i18n={i18n} />);
  } catch {
    const details =
      problem.reason === 'invalid'
        ? problem.problems.map(({ key, message }) => `config.json ${key}: ${message}`)
        : [problem.detail];
    root.render(
      <main lang="en">
        <h1>The Science Portal could not start</h1>
        <p lang="fr">Le portail scientifique n’a pas pu démarrer.</p>
        <ul>
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      </main>,
    );
  }
}

async function startFakePlatform(config: PortalConfig): Promise<{
  demoAccounts: DemoAccount[];
  platform: DemoPlatform;
  followUserLink: (auth: MockAuth) => Promise<void>;
  startUser: string | undefined;
}> {
  // The fake platform and the demo's own parts are chunks of their own: a deployment with "mocks": false never
  // downloads them.
  const [{ startFakePlatform: start }, ui] = await Promise.all([
    import('../mocks/browser'),
    import('./app/demo/demo-ui'),
  ]);
  const { demoAccounts, scenarios, resetToDefault } = await start({ services: config.services });
  return {
    demoAccounts,
    platform: { scenarios, resetToDefault, Banner: ui.ScenarioBanner },
    followUserLink: ui.followDemoUserLinkInPage,
    // a workshop link's user: the tab opens as them, not first as the first demo user
    startUser: ui.demoUserIn(window.location.search),
  };
}

const container = document.getElementById('root');
if (container) void bootstrap(container);
