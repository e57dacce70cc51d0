// Only the first page's Mantine styles; the rest load with the other pages (components/styles).
import './components/styles/mantine-first-route';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import type { AppServices } from './app/providers';
import { StartupErrorPage } from './app/startup-error-page';
import { createServices } from './app/create-services';
import type { DemoAccount } from './auth/auth-controller';
import type { PortalConfig } from './config/config-schema';
import { loadConfig } from './config/load-config';
import { prepareI18n } from './i18n/i18n';

/** config.json → the fake platform when asked → a previous sign-in → first render. */
async function bootstrap(container: HTMLElement) {
  const root = createRoot(container);
  const result = await loadConfig();
  if (!result.ok) {
    root.render(<StartupErrorPage problem={result} i18n={await prepareI18n()} />);
    return;
  }
  let services: AppServices;
  try {
    const demoAccounts = result.config.mocks ? await startFakePlatform(result.config) : [];
    services = await createServices(result.config, { demoAccounts });
  } catch (error: unknown) {
    // Never a blank page: say what stopped the start (an identity provider's module, the fake platform's worker).
    const detail = error instanceof Error ? error.message : String(error);
    root.render(
      <StartupErrorPage problem={{ ok: false, reason: 'startup', detail }} i18n={await prepareI18n()} />,
    );
    return;
  }
  root.render(
    <StrictMode>
      <App {...services} />
    </StrictMode>,
  );
}

async function startFakePlatform(config: PortalConfig): Promise<DemoAccount[]> {
  // The fake platform is its own chunk: a deployment with "mocks": false never downloads it.
  const { startFakePlatform: start } = await import('../mocks/browser');
  const { demoAccounts } = await start({ services: config.services });
  return demoAccounts;
}

const container = document.getElementById('root');
if (container) void bootstrap(container);
