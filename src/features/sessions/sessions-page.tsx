import { Center, Loader } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { createElement, lazy, Suspense, use, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '@/components/not-found-page';
import { loadMantineStyles } from '@/components/styles/load-mantine-styles';
import { loadAreaStrings } from '@/i18n/i18n';
import { loadOnce } from '@/lib/load-once';
import { SessionsDashboard } from './dashboard/sessions-dashboard';

// The launch form (number inputs, image picker, CLI line) is its own chunk with its own strings: the dashboard,
// the portal's first page, carries neither.
const launchCode = loadOnce(async () => {
  const [page] = await Promise.all([import('./launch/launch-page'), loadMantineStyles()]);
  return page.LaunchPage;
});
const launchLoads = new WeakMap<I18n, Promise<ComponentType>>();

/** The form's code and its strings in this i18n instance, side by side; a failure is tried again on next use. */
function loadLaunchPage(i18n: I18n): Promise<ComponentType> {
  let pending = launchLoads.get(i18n);
  if (pending === undefined) {
    pending = Promise.all([launchCode.load(), loadAreaStrings(i18n, 'launch')]).then(([page]) => page);
    pending.catch(() => launchLoads.delete(i18n));
    launchLoads.set(i18n, pending);
  }
  return pending;
}

function LaunchRoute() {
  const { i18n } = useTranslation();
  return createElement(use(loadLaunchPage(i18n)));
}

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
            <LaunchRoute />
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
