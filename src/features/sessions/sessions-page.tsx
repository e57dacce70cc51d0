import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '@/components/not-found-page';
import { loadMantineStyles } from '@/components/styles/load-mantine-styles';
import { SessionsDashboard } from './dashboard/sessions-dashboard';

// The launch form (number inputs, image picker, CLI line) is its own chunk: the dashboard, the portal's first
// page, does not wait for it.
const LaunchPage = lazy(async () => {
  const [page] = await Promise.all([import('./launch/launch-page'), loadMantineStyles()]);
  return { default: page.LaunchPage };
});

// The demo's stand-in for an opened session (tables, scroll areas) stays out of the first page's code too.
const DemoSessionPage = lazy(async () => {
  const [page] = await Promise.all([import('./demo-open/demo-session-page'), loadMantineStyles()]);
  return { default: page.DemoSessionPage };
});

/**
 * The sessions area: the live dashboard at `/sessions`, the launch form at `/sessions/launch`, and in demo mode
 * a stand-in for an opened session at `/sessions/open/<id>`.
 */
export function SessionsPage() {
  return (
    <Routes>
      <Route index element={<SessionsDashboard />} />
      <Route
        path="launch"
        element={
          <Suspense fallback={<PartLoader />}>
            <LaunchPage />
          </Suspense>
        }
      />
      <Route
        path="open/:id"
        element={
          <Suspense fallback={<PartLoader />}>
            <DemoSessionPage />
          </Suspense>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function PartLoader() {
  const { t } = useTranslation();
  return (
    <Center mih="50vh">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}
