import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useRouteError } from 'react-router';
import { ErrorAlert } from '../components/error-alert';
import { ReloadButton } from '../components/reload-button';

/** Per-route error boundary: the shell stays, the route says what failed and can be tried again. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <Stack gap="md" role="region" aria-labelledby="route-error-title">
      <Title order={1} size="h2" id="route-error-title">
        {t('errors.routeTitle')}
      </Title>
      <Text>{t('errors.routeBody')}</Text>
      <ErrorAlert error={error} />
      <Group>
        <Button
          onClick={() => {
            // A fresh navigation to the same place clears the router's error and renders the route again.
            void navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true });
          }}
        >
          {t('errors.retry')}
        </Button>
        <ReloadButton variant="default" />
      </Group>
    </Stack>
  );
}
