import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiProvider } from '../api/api-context';
import type { ApiClient } from '../api/http/client';
import { AuthProvider } from '../auth/auth-context';
import type { AuthController } from '../auth/auth-controller';
import { ConfigProvider } from '../config/config-context';
import type { PortalConfig } from '../config/config-schema';
import { cssVariablesResolver, theme } from './theme';

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
        <MantineProvider
          theme={theme}
          cssVariablesResolver={cssVariablesResolver}
          defaultColorScheme="auto"
          env={mantineEnv}
        >
          <Notifications />
          <QueryClientProvider client={queryClient}>
            <ApiProvider api={api}>
              <AuthProvider auth={auth}>{children}</AuthProvider>
            </ApiProvider>
          </QueryClientProvider>
        </MantineProvider>
      </I18nextProvider>
    </ConfigProvider>
  );
}
