import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeader } from './page-header';
import { paths } from '../lib/paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Stack gap="sm">
      <PageHeader title={t('errors.notFoundTitle')} />
      <Text style={{ overflowWrap: 'anywhere' }}>
        {t('errors.notFoundBody', { path: location.pathname })}
      </Text>
      <Anchor component={Link} to={paths.sessions()}>
        {t('errors.backHome')}
      </Anchor>
    </Stack>
  );
}
