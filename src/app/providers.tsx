import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ApiProvider } from '../api/api-context';
import type { ApiClient } from '../api/http/client';
import { AuthProvider } from '../auth/auth-context';
import type { AuthController } from '../auth/auth-controller';
import { ConfigProvider } from '../config/config-context';
import type { PortalConfig } from '../config/config-schema';
import { styleNonceGetter } from '../lib/csp-nonce';
import { cssVariablesResolver, createPortalTheme } from './theme';

export interface AppServices {
  config: PortalConfig;
  api: ApiClient;
  auth: AuthController;
  queryClient: QueryClient;
  i18n: I18n;
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
  children,
  mantineEnv,
}: AppProvidersProps) {
  return (
    <ConfigProvider config={config}>
      <I18nextProvider i18n={i18n}>
        <ThemedProviders mantineEnv={mantineEnv}>
          <Notifications />
          <QueryClientProvider client={queryClient}>
            <ApiProvider api={api}>
              <AuthProvider auth={auth}>{children}</AuthProvider>
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
