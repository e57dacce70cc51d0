import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { FallbackProps } from 'react-error-boundary';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert';
import { ReloadButton } from '../components/reload-button';
import { CodeLoadError } from '../lib/load-once';

/** A route's error boundary fallback: the shell stays, the route says what failed and can be tried again. */
export function RouteErrorPage({ error, resetErrorBoundary }: FallbackProps) {
  const { t } = useTranslation();
  // code that could not be fetched offline is fetched again as soon as the browser is back online
  const isCode = error instanceof CodeLoadError;
  useEffect(() => {
    if (!isCode) return undefined;
    window.addEventListener('online', resetErrorBoundary);
    return () => {
      window.removeEventListener('online', resetErrorBoundary);
    };
  }, [isCode, resetErrorBoundary]);
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
            resetErrorBoundary();
          }}
        >
          {t('errors.retry')}
        </Button>
        <ReloadButton variant="default" />
      </Group>
    </Stack>
  );
}
