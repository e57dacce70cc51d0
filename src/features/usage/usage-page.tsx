import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useLocation } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/lib/paths';
import { MyUsage } from './my-usage';
import { PlatformUsage } from './platform-usage';
import { ProjectUsage } from './project-usage';
import { SessionUsage } from './session-usage';
import { useUsageTitle } from './use-usage-title';

/** The usage area: my usage, a project's usage for its PI, and the platform's capacity. */
export function UsagePage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack gap="md">
      <PageHeader title={t('usage.title')} description={t('usage.description')} view={pathname} />
      <Routes>
        <Route index element={<MyUsage />} />
        <Route path="projects" element={<ProjectUsage />} />
        <Route path="projects/:project" element={<ProjectUsage />} />
        <Route path="groups/:group" element={<ProjectUsage />} />
        <Route path="sessions/:id" element={<SessionUsage />} />
        <Route path="platform" element={<PlatformUsage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Stack>
  );
}

function NotFound() {
  const { t } = useTranslation();
  useUsageTitle(t('usage.titles.notFound'));
  return (
    <Text>
      {t('usage.notFound')} <Link to={paths.usage()}>{t('usage.nav.mine')}</Link>
    </Text>
  );
}
