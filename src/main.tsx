import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ConfigErrorPage } from './app/config-error-page';
import { createServices } from './app/create-services';
import type { DemoAccount } from './auth/auth-controller';
import type { PortalConfig } from './config/config-schema';
import { loadConfig } from './config/load-config';
import { createI18n } from './i18n/i18n';

/** config.json → the fake platform when asked → a previous sign-in → first render. */
async function bootstrap(container: HTMLElement) {
  const root = createRoot(container);
  const result = await loadConfig();
  if (!result.ok) {
    root.render(<ConfigErrorPage failure={result} i18n={createI18n()} />);
    return;
  }
  const demoAccounts = result.config.mocks ? await startFakePlatform(result.config) : [];
  const services = await createServices(result.config, { demoAccounts });
  root.render(
    <StrictMode>
      <App {...services} />
    </StrictMode>,
  );
}

async function startFakePlatform(config: PortalConfig): Promise<DemoAccount[]> {
  // The fake platform is its own chunk: a deployment with "mocks": false never downloads it.
  const { startFakePlatform: start } = await import('../mocks/browser');
  const { demoUsers } = await start({ services: config.services });
  return demoUsers.map((user) => ({
    username: user.username,
    password: user.password,
    displayName: `${user.firstName} ${user.lastName}`,
    role: user.role,
  }));
}

const container = document.getElementById('root');
if (container) void bootstrap(container);
