// The smallest page the portal's stack can render: each library the portal needs before its first paint, used
// once, with no portal code. Its gzip size (bundle.stackFloorGzipKB) is the floor under bundle.firstRouteGzipKB.
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Text.css';
import { Button, MantineProvider, Text } from '@mantine/core';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import * as z from 'zod/mini';

const Greeting = z.object({ name: z.string() });

void i18next.use(initReactI18next).init({
  lng: 'en',
  resources: { en: { translation: { errors: { retry: 'Try again' } } } },
});

function Page() {
  const { t } = useTranslation();
  const greeting = useQuery({ queryKey: ['greeting'], queryFn: () => Greeting.parse({ name: 'sky' }) });
  return (
    <Text>
      {greeting.data?.name} <Button>{t('errors.retry')}</Button>
    </Text>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <BrowserRouter>
          <Routes>
            <Route path="*" element={<Page />} />
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
