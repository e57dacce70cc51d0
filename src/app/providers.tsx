import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ApiProvider } from '../api/api-context';
import type { ApiClient } from '../api/http/client';
import { AuthProvider } from '../auth/auth-context';
import type { AuthController } from '../auth/auth-controller';
import { ConfigProvider } from '../config/config-context';
import type { PortalConfig } from '../config/config-schema';
import { DemoPlatformContext, type DemoPlatform } from './demo/demo-platform';
import { styleNonceGetter } from '../lib/csp-nonce';
import { cssVariablesResolver, createPortalTheme } from './theme';

// The notification container and its styles load with the first notification: a notification shown before
// they arrive waits in Mantine's store until the container mounts.
const Notifications = lazy(async () => ({ default: (await import('./notifications')).PortalNotifications }));

export interface AppServices {
  config: PortalConfig;
  api: ApiClient;
  auth: AuthController;
  queryClient: QueryClient;
  i18n: I18n;
  /** The demo's fake platform, in demo mode only. */
  demo?: DemoPlatform;
}

interface AppProvidersProps extends AppServices {
  children: ReactNode;
  /** `test` turns off Mantine's transitions and portals' timing for jsdom. */
  mantineEnv?: 'default' | 'test';
}

/** Every provider the app needs; tests mount exactly these through renderApp(). */
export function AppProviders({
  config,
  api,
  auth,
  queryClient,
  i18n,
  demo,
  children,
  mantineEnv,
}: AppProvidersProps) {
  return (
    <ConfigProvider config={config}>
      <I18nextProvider i18n={i18n}>
        <ThemedProviders mantineEnv={mantineEnv}>
          <NotificationsWhenNeeded />
          <QueryClientProvider client={queryClient}>
            <ApiProvider api={api}>
              <AuthProvider auth={auth}>
                <DemoPlatformContext value={demo}>{children}</DemoPlatformContext>
              </AuthProvider>
            </ApiProvider>
          </QueryClientProvider>
        </ThemedProviders>
      </I18nextProvider>
    </ConfigProvider>
  );
}

/** Mantine, with the theme rebuilt when the language changes (it carries translated control names). */
export function ThemedProviders({
  children,
  mantineEnv,
}: {
  children: ReactNode;
  mantineEnv?: 'default' | 'test';
}) {
  // `t` is bound to the current language, so it changes when the language does.
  const { t } = useTranslation();
  const theme = useMemo(() => createPortalTheme({ close: t('app.close') }), [t]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      env={mantineEnv}
      // Mantine's <style> elements carry the CSP nonce (docs/deployment.md, "Content Security Policy").
      getStyleNonce={styleNonceGetter()}
    >
      {children}
    </MantineProvider>
  );
}

/** Mounts the notification container once there is something to show, and keeps it from then on. */
function NotificationsWhenNeeded() {
  const { notifications, queue } = useNotifications();
  const [isNeeded, setNeeded] = useState(false);
  if (!isNeeded && notifications.length + queue.length > 0) setNeeded(true);
  if (!isNeeded) return null;
  return (
    <Suspense fallback={null}>
      <Notifications />
    </Suspense>
  );
}
